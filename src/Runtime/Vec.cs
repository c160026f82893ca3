using System;
using System.Buffers;
using System.Numerics;
using System.Numerics.Tensors;

namespace AutoDiffGen;

/// <summary>
/// Differentiable vector primitives over spans: products (<see cref="Dot(ReadOnlySpan{double}, ReadOnlySpan{double})"/>,
/// <see cref="MatVec(ReadOnlySpan{double}, int, int, ReadOnlySpan{double}, Span{double})"/>,
/// <see cref="MatMul(ReadOnlySpan{double}, int, int, ReadOnlySpan{double}, int, Span{double})"/>, row-major),
/// element-wise arithmetic, activations, softmax and losses. Each has a vectorised forward on
/// <see cref="TensorPrimitives"/> and a pullback <c>…Backward</c>. <c>[Differentiable]</c> code may call them:
/// the generated backward pass calls the pullbacks (see <c>docs/vector-ops.md</c>).
/// </summary>
/// <remarks>
/// <para>Conventions of the pullbacks, shared with <see cref="StableMath.LogSumExpBackward(ReadOnlySpan{double}, double, Span{double})"/>
/// and the generated <c>MBackward</c> methods:</para>
/// <list type="bullet">
/// <item>A scalar-valued function <c>F(inputs…)</c> has <c>T FBackward(inputs…, T seed, Span&lt;T&gt; dInput…)</c>: it
/// returns <c>F(inputs…)</c> and <b>adds</b> seed · ∂F/∂input into each gradient span.</item>
/// <item>A vector-valued function <c>F(inputs…, Span&lt;T&gt; result)</c> has
/// <c>void FBackward(inputs…, ReadOnlySpan&lt;T&gt; result, ReadOnlySpan&lt;T&gt; dResult, Span&lt;T&gt; dInput…)</c>: given the
/// result the forward call wrote and its adjoint, it <b>adds</b> dResultᵀ · ∂result/∂input into each gradient span.</item>
/// <item>There is one gradient span per span input, in order; scalar inputs (a slope, sizes) get none.</item>
/// <item>An <b>empty</b> gradient span means "not wanted": that input's gradient is not computed. Any other
/// length must equal the input's, or <see cref="ArgumentException"/> names the gradient parameter.</item>
/// <item>A gradient span must not overlap the inputs, the result or another gradient span, except that two
/// gradient spans may be the very same span (one input passed twice: both contributions are added).</item>
/// </list>
/// <para><see cref="float"/> overloads compute in <see cref="float"/> (TensorPrimitives' kernels); the
/// double and float overloads share one generic implementation.</para>
/// </remarks>
public static partial class Vec
{
    /// <summary>
    /// Up to this many elements a scratch vector lives on the stack (2 KB of doubles), longer ones are rented
    /// from the pool: the pullbacks of small layers then make no allocation and no pool round trip.
    /// </summary>
    private const int StackElements = 256;

    /// <summary>Throws when an input or result span does not have the length the other arguments imply.</summary>
    private static void CheckLength(int expected, int actual, string parameterName)
    {
        if (actual != expected)
        {
            throw new ArgumentException(
                $"{parameterName} has length {actual}, but the other arguments need length {expected}.", parameterName);
        }
    }

    /// <summary>
    /// True when the gradient span is wanted (non-empty); throws when it is neither empty nor of the input's length.
    /// </summary>
    private static bool Wanted<T>(Span<T> gradient, int inputLength, string parameterName)
    {
        if (gradient.IsEmpty)
        {
            return false;
        }

        CheckLength(inputLength, gradient.Length, parameterName);
        return true;
    }

    /// <summary>Throws when the result overlaps an input that is still read while the result is written.</summary>
    private static void CheckNoOverlap<T>(ReadOnlySpan<T> input, Span<T> result, string parameterName)
    {
        if (input.Overlaps(result))
        {
            throw new ArgumentException($"{parameterName} must not share memory with the input it is computed from.", parameterName);
        }
    }

    /// <summary>
    /// A scratch vector of <paramref name="length"/> elements from the shared pool (returned by
    /// <see cref="Return{T}"/>), for pullbacks that need one more vector than their arguments provide.
    /// </summary>
    private static Span<T> Rent<T>(int length, out T[]? rented)
    {
        rented = ArrayPool<T>.Shared.Rent(Math.Max(length, 1));
        return rented.AsSpan(0, length);
    }

    /// <summary>Gives a scratch vector from <see cref="Rent{T}"/> back (nothing for a stack one).</summary>
    private static void Return<T>(T[]? rented)
    {
        if (rented is not null)
        {
            ArrayPool<T>.Shared.Return(rented);
        }
    }

    /// <summary>n as a T (a length, for means).</summary>
    private static T Count<T>(int n)
        where T : IFloatingPointIeee754<T> => T.CreateTruncating(n);

    /// <summary>Whether the element type's Vector&lt;T&gt; path is worth taking for <paramref name="length"/> elements.</summary>
    private static bool UseVectors<T>(int length)
        where T : struct => Vector.IsHardwareAccelerated && length >= Vector<T>.Count;
}
