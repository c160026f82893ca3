using System;
using System.Numerics;
using System.Numerics.Tensors;

namespace AutoDiffGen;

// Scalar-valued reductions: Dot, Sum, LogSumExp.
public static partial class Vec
{
    /// <summary>The dot product Σ aᵢ·bᵢ.</summary>
    /// <param name="a">The first vector.</param>
    /// <param name="b">The second vector, same length as <paramref name="a"/>.</param>
    /// <returns>Σ aᵢ·bᵢ (0 for empty spans).</returns>
    /// <exception cref="ArgumentException">The lengths differ.</exception>
    public static double Dot(ReadOnlySpan<double> a, ReadOnlySpan<double> b) => DotCore(a, b);

    /// <inheritdoc cref="Dot(ReadOnlySpan{double}, ReadOnlySpan{double})"/>
    public static float Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b) => DotCore(a, b);

    /// <summary>
    /// Returns <see cref="Dot(ReadOnlySpan{double}, ReadOnlySpan{double})"/> and adds seed·b into
    /// <paramref name="dA"/> and seed·a into <paramref name="dB"/>.
    /// </summary>
    /// <param name="a">The first vector.</param>
    /// <param name="b">The second vector.</param>
    /// <param name="seed">The adjoint of the result.</param>
    /// <param name="dA">Gradient accumulator of <paramref name="a"/>, or empty (not wanted).</param>
    /// <param name="dB">Gradient accumulator of <paramref name="b"/>, or empty (not wanted).</param>
    /// <returns>Σ aᵢ·bᵢ.</returns>
    /// <exception cref="ArgumentException">A length does not match.</exception>
    public static double DotBackward(ReadOnlySpan<double> a, ReadOnlySpan<double> b, double seed, Span<double> dA, Span<double> dB) =>
        DotBackwardCore(a, b, seed, dA, dB);

    /// <inheritdoc cref="DotBackward(ReadOnlySpan{double}, ReadOnlySpan{double}, double, Span{double}, Span{double})"/>
    public static float DotBackward(ReadOnlySpan<float> a, ReadOnlySpan<float> b, float seed, Span<float> dA, Span<float> dB) =>
        DotBackwardCore(a, b, seed, dA, dB);

    /// <summary>The sum Σ xᵢ.</summary>
    /// <param name="x">The values.</param>
    /// <returns>Σ xᵢ (0 for an empty span).</returns>
    public static double Sum(ReadOnlySpan<double> x) => TensorPrimitives.Sum(x);

    /// <inheritdoc cref="Sum(ReadOnlySpan{double})"/>
    public static float Sum(ReadOnlySpan<float> x) => TensorPrimitives.Sum(x);

    /// <summary>Returns <see cref="Sum(ReadOnlySpan{double})"/> and adds seed into every element of <paramref name="dX"/>.</summary>
    /// <param name="x">The values.</param>
    /// <param name="seed">The adjoint of the result.</param>
    /// <param name="dX">Gradient accumulator of <paramref name="x"/>, or empty (not wanted).</param>
    /// <returns>Σ xᵢ.</returns>
    /// <exception cref="ArgumentException">The length of <paramref name="dX"/> does not match.</exception>
    public static double SumBackward(ReadOnlySpan<double> x, double seed, Span<double> dX) => SumBackwardCore(x, seed, dX);

    /// <inheritdoc cref="SumBackward(ReadOnlySpan{double}, double, Span{double})"/>
    public static float SumBackward(ReadOnlySpan<float> x, float seed, Span<float> dX) => SumBackwardCore(x, seed, dX);

    /// <summary>log Σ exp(xᵢ), max-shifted: the same function as <see cref="StableMath.LogSumExp(ReadOnlySpan{double})"/>, listed here with the other vector primitives.</summary>
    /// <param name="x">The values.</param>
    /// <returns>log Σ exp(xᵢ); −∞ for an empty span.</returns>
    public static double LogSumExp(ReadOnlySpan<double> x) => StableMath.LogSumExp(x);

    /// <inheritdoc cref="LogSumExp(ReadOnlySpan{double})"/>
    public static float LogSumExp(ReadOnlySpan<float> x) => StableMath.LogSumExp(x);

    /// <summary>Returns <see cref="LogSumExp(ReadOnlySpan{double})"/> and adds seed·softmax(x) into <paramref name="dX"/>.</summary>
    /// <param name="x">The values.</param>
    /// <param name="seed">The adjoint of the result.</param>
    /// <param name="dX">Gradient accumulator of <paramref name="x"/>, or empty (not wanted).</param>
    /// <returns>log Σ exp(xᵢ).</returns>
    /// <exception cref="ArgumentException">The length of <paramref name="dX"/> does not match.</exception>
    public static double LogSumExpBackward(ReadOnlySpan<double> x, double seed, Span<double> dX) =>
        Wanted(dX, x.Length, nameof(dX)) ? StableMath.LogSumExpBackward(x, seed, dX) : StableMath.LogSumExp(x);

    /// <inheritdoc cref="LogSumExpBackward(ReadOnlySpan{double}, double, Span{double})"/>
    public static float LogSumExpBackward(ReadOnlySpan<float> x, float seed, Span<float> dX) =>
        Wanted(dX, x.Length, nameof(dX)) ? StableMath.LogSumExpBackward(x, seed, dX) : StableMath.LogSumExp(x);

    private static T DotCore<T>(ReadOnlySpan<T> a, ReadOnlySpan<T> b)
        where T : IFloatingPointIeee754<T>
    {
        CheckLength(a.Length, b.Length, nameof(b));
        return TensorPrimitives.Dot(a, b);
    }

    private static T DotBackwardCore<T>(ReadOnlySpan<T> a, ReadOnlySpan<T> b, T seed, Span<T> dA, Span<T> dB)
        where T : IFloatingPointIeee754<T>
    {
        // Every length is checked before any gradient changes.
        T value = DotCore(a, b);
        bool wantA = Wanted(dA, a.Length, nameof(dA));
        bool wantB = Wanted(dB, b.Length, nameof(dB));
        if (wantA)
        {
            TensorPrimitives.MultiplyAdd(b, seed, dA, dA);
        }

        if (wantB)
        {
            TensorPrimitives.MultiplyAdd(a, seed, dB, dB);
        }

        return value;
    }

    private static T SumBackwardCore<T>(ReadOnlySpan<T> x, T seed, Span<T> dX)
        where T : IFloatingPointIeee754<T>
    {
        if (Wanted(dX, x.Length, nameof(dX)))
        {
            TensorPrimitives.Add(dX, seed, dX);
        }

        return TensorPrimitives.Sum(x);
    }
}
