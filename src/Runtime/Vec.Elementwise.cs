using System;
using System.Numerics;
using System.Numerics.Tensors;

namespace AutoDiffGen;

// Element-wise arithmetic of two vectors of the same length (a bias add is Add).
public static partial class Vec
{
    /// <summary>resultᵢ = aᵢ + bᵢ.</summary>
    /// <param name="a">The first vector.</param>
    /// <param name="b">The second vector, same length.</param>
    /// <param name="result">Receives the sums, same length; overwritten.</param>
    /// <exception cref="ArgumentException">A length does not match.</exception>
    public static void Add(ReadOnlySpan<double> a, ReadOnlySpan<double> b, Span<double> result) => AddCore(a, b, result);

    /// <inheritdoc cref="Add(ReadOnlySpan{double}, ReadOnlySpan{double}, Span{double})"/>
    public static void Add(ReadOnlySpan<float> a, ReadOnlySpan<float> b, Span<float> result) => AddCore(a, b, result);

    /// <summary>Pullback of <see cref="Add(ReadOnlySpan{double}, ReadOnlySpan{double}, Span{double})"/>: adds dResult into <paramref name="dA"/> and <paramref name="dB"/>.</summary>
    /// <param name="a">The first vector.</param>
    /// <param name="b">The second vector.</param>
    /// <param name="result">The result Add wrote (not read).</param>
    /// <param name="dResult">The adjoint of the result.</param>
    /// <param name="dA">Gradient accumulator of <paramref name="a"/>, or empty (not wanted).</param>
    /// <param name="dB">Gradient accumulator of <paramref name="b"/>, or empty (not wanted).</param>
    /// <exception cref="ArgumentException">A length does not match.</exception>
    public static void AddBackward(ReadOnlySpan<double> a, ReadOnlySpan<double> b, ReadOnlySpan<double> result, ReadOnlySpan<double> dResult,
        Span<double> dA, Span<double> dB) => LinearBackwardCore(a, b, result, dResult, dA, dB, 1.0);

    /// <inheritdoc cref="AddBackward(ReadOnlySpan{double}, ReadOnlySpan{double}, ReadOnlySpan{double}, ReadOnlySpan{double}, Span{double}, Span{double})"/>
    public static void AddBackward(ReadOnlySpan<float> a, ReadOnlySpan<float> b, ReadOnlySpan<float> result, ReadOnlySpan<float> dResult,
        Span<float> dA, Span<float> dB) => LinearBackwardCore(a, b, result, dResult, dA, dB, 1.0f);

    /// <summary>resultᵢ = aᵢ − bᵢ.</summary>
    /// <param name="a">The first vector.</param>
    /// <param name="b">The vector subtracted, same length.</param>
    /// <param name="result">Receives the differences, same length; overwritten.</param>
    /// <exception cref="ArgumentException">A length does not match.</exception>
    public static void Subtract(ReadOnlySpan<double> a, ReadOnlySpan<double> b, Span<double> result) => SubtractCore(a, b, result);

    /// <inheritdoc cref="Subtract(ReadOnlySpan{double}, ReadOnlySpan{double}, Span{double})"/>
    public static void Subtract(ReadOnlySpan<float> a, ReadOnlySpan<float> b, Span<float> result) => SubtractCore(a, b, result);

    /// <summary>Pullback of <see cref="Subtract(ReadOnlySpan{double}, ReadOnlySpan{double}, Span{double})"/>: adds dResult into <paramref name="dA"/> and −dResult into <paramref name="dB"/>.</summary>
    /// <param name="a">The first vector.</param>
    /// <param name="b">The vector subtracted.</param>
    /// <param name="result">The result Subtract wrote (not read).</param>
    /// <param name="dResult">The adjoint of the result.</param>
    /// <param name="dA">Gradient accumulator of <paramref name="a"/>, or empty (not wanted).</param>
    /// <param name="dB">Gradient accumulator of <paramref name="b"/>, or empty (not wanted).</param>
    /// <exception cref="ArgumentException">A length does not match.</exception>
    public static void SubtractBackward(ReadOnlySpan<double> a, ReadOnlySpan<double> b, ReadOnlySpan<double> result, ReadOnlySpan<double> dResult,
        Span<double> dA, Span<double> dB) => LinearBackwardCore(a, b, result, dResult, dA, dB, -1.0);

    /// <inheritdoc cref="SubtractBackward(ReadOnlySpan{double}, ReadOnlySpan{double}, ReadOnlySpan{double}, ReadOnlySpan{double}, Span{double}, Span{double})"/>
    public static void SubtractBackward(ReadOnlySpan<float> a, ReadOnlySpan<float> b, ReadOnlySpan<float> result, ReadOnlySpan<float> dResult,
        Span<float> dA, Span<float> dB) => LinearBackwardCore(a, b, result, dResult, dA, dB, -1.0f);

    /// <summary>resultᵢ = aᵢ·bᵢ (the Hadamard product).</summary>
    /// <param name="a">The first vector.</param>
    /// <param name="b">The second vector, same length.</param>
    /// <param name="result">Receives the products, same length; overwritten.</param>
    /// <exception cref="ArgumentException">A length does not match.</exception>
    public static void Multiply(ReadOnlySpan<double> a, ReadOnlySpan<double> b, Span<double> result) => MultiplyCore(a, b, result);

    /// <inheritdoc cref="Multiply(ReadOnlySpan{double}, ReadOnlySpan{double}, Span{double})"/>
    public static void Multiply(ReadOnlySpan<float> a, ReadOnlySpan<float> b, Span<float> result) => MultiplyCore(a, b, result);

    /// <summary>Pullback of <see cref="Multiply(ReadOnlySpan{double}, ReadOnlySpan{double}, Span{double})"/>: adds dResult⊙b into <paramref name="dA"/> and dResult⊙a into <paramref name="dB"/>.</summary>
    /// <param name="a">The first vector, as passed to Multiply.</param>
    /// <param name="b">The second vector, as passed to Multiply.</param>
    /// <param name="result">The result Multiply wrote (not read).</param>
    /// <param name="dResult">The adjoint of the result.</param>
    /// <param name="dA">Gradient accumulator of <paramref name="a"/>, or empty (not wanted).</param>
    /// <param name="dB">Gradient accumulator of <paramref name="b"/>, or empty (not wanted).</param>
    /// <exception cref="ArgumentException">A length does not match.</exception>
    public static void MultiplyBackward(ReadOnlySpan<double> a, ReadOnlySpan<double> b, ReadOnlySpan<double> result, ReadOnlySpan<double> dResult,
        Span<double> dA, Span<double> dB) => MultiplyBackwardCore(a, b, result, dResult, dA, dB);

    /// <inheritdoc cref="MultiplyBackward(ReadOnlySpan{double}, ReadOnlySpan{double}, ReadOnlySpan{double}, ReadOnlySpan{double}, Span{double}, Span{double})"/>
    public static void MultiplyBackward(ReadOnlySpan<float> a, ReadOnlySpan<float> b, ReadOnlySpan<float> result, ReadOnlySpan<float> dResult,
        Span<float> dA, Span<float> dB) => MultiplyBackwardCore(a, b, result, dResult, dA, dB);

    private static void CheckBinary<T>(ReadOnlySpan<T> a, ReadOnlySpan<T> b, int resultLength)
    {
        CheckLength(a.Length, b.Length, nameof(b));
        CheckLength(a.Length, resultLength, "result");
    }

    private static void AddCore<T>(ReadOnlySpan<T> a, ReadOnlySpan<T> b, Span<T> result)
        where T : IFloatingPointIeee754<T>
    {
        CheckBinary(a, b, result.Length);
        TensorPrimitives.Add(a, b, result);
    }

    private static void SubtractCore<T>(ReadOnlySpan<T> a, ReadOnlySpan<T> b, Span<T> result)
        where T : IFloatingPointIeee754<T>
    {
        CheckBinary(a, b, result.Length);
        TensorPrimitives.Subtract(a, b, result);
    }

    private static void MultiplyCore<T>(ReadOnlySpan<T> a, ReadOnlySpan<T> b, Span<T> result)
        where T : IFloatingPointIeee754<T>
    {
        CheckBinary(a, b, result.Length);
        TensorPrimitives.Multiply(a, b, result);
    }

    /// <summary>a ± b: dA += dResult, dB += sign·dResult.</summary>
    private static void LinearBackwardCore<T>(ReadOnlySpan<T> a, ReadOnlySpan<T> b, ReadOnlySpan<T> result, ReadOnlySpan<T> dResult,
        Span<T> dA, Span<T> dB, T sign)
        where T : IFloatingPointIeee754<T>
    {
        CheckBinary(a, b, result.Length);
        CheckLength(a.Length, dResult.Length, nameof(dResult));
        bool wantA = Wanted(dA, a.Length, nameof(dA));
        bool wantB = Wanted(dB, b.Length, nameof(dB));
        if (wantA)
        {
            TensorPrimitives.Add(dA, dResult, dA);
        }

        if (wantB)
        {
            TensorPrimitives.MultiplyAdd(dResult, sign, dB, dB);
        }
    }

    private static void MultiplyBackwardCore<T>(ReadOnlySpan<T> a, ReadOnlySpan<T> b, ReadOnlySpan<T> result, ReadOnlySpan<T> dResult,
        Span<T> dA, Span<T> dB)
        where T : IFloatingPointIeee754<T>
    {
        CheckBinary(a, b, result.Length);
        CheckLength(a.Length, dResult.Length, nameof(dResult));
        bool wantA = Wanted(dA, a.Length, nameof(dA));
        bool wantB = Wanted(dB, b.Length, nameof(dB));
        if (wantA)
        {
            TensorPrimitives.MultiplyAdd(dResult, b, dA, dA);
        }

        if (wantB)
        {
            TensorPrimitives.MultiplyAdd(dResult, a, dB, dB);
        }
    }
}
