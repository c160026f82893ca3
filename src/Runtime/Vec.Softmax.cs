using System;
using System.Numerics;
using System.Numerics.Tensors;

namespace AutoDiffGen;

// Softmax and log-softmax, max-shifted (TensorPrimitives.SoftMax is not: it overflows past x = 709).
public static partial class Vec
{
    /// <summary>
    /// Softmax, resultᵢ = exp(xᵢ − m) / Σⱼ exp(xⱼ − m) with m = max x (no overflow; the shift cancels exactly).
    /// A row of only −∞ gives zeros; +∞ elements share the mass equally; any NaN gives NaN everywhere (as
    /// <see cref="StableMath.Softmax(ReadOnlySpan{double}, Span{double})"/>).
    /// </summary>
    /// <param name="x">The logits.</param>
    /// <param name="result">Receives the probabilities, same length; overwritten.</param>
    /// <exception cref="ArgumentException">The lengths differ.</exception>
    public static void Softmax(ReadOnlySpan<double> x, Span<double> result) => SoftmaxCore(x, result);

    /// <inheritdoc cref="Softmax(ReadOnlySpan{double}, Span{double})"/>
    public static void Softmax(ReadOnlySpan<float> x, Span<float> result) => SoftmaxCore(x, result);

    /// <summary>
    /// Pullback of <see cref="Softmax(ReadOnlySpan{double}, Span{double})"/>: adds sᵢ·(dResultᵢ − Σⱼ dResultⱼ·sⱼ) into
    /// <paramref name="dX"/>, s = the result. The Jacobian depends on x only through s, so the forward's own
    /// result is the exact input it needs.
    /// </summary>
    /// <param name="x">The logits, as passed to Softmax (not read).</param>
    /// <param name="result">The probabilities Softmax wrote.</param>
    /// <param name="dResult">The adjoint of the result.</param>
    /// <param name="dX">Gradient accumulator of <paramref name="x"/>, or empty (not wanted).</param>
    /// <exception cref="ArgumentException">A length does not match.</exception>
    public static void SoftmaxBackward(ReadOnlySpan<double> x, ReadOnlySpan<double> result, ReadOnlySpan<double> dResult, Span<double> dX) =>
        SoftmaxBackwardCore(x, result, dResult, dX);

    /// <inheritdoc cref="SoftmaxBackward(ReadOnlySpan{double}, ReadOnlySpan{double}, ReadOnlySpan{double}, Span{double})"/>
    public static void SoftmaxBackward(ReadOnlySpan<float> x, ReadOnlySpan<float> result, ReadOnlySpan<float> dResult, Span<float> dX) =>
        SoftmaxBackwardCore(x, result, dResult, dX);

    /// <summary>
    /// Log-softmax, resultᵢ = (xᵢ − m) − log1p(Σ_{j≠argmax} exp(xⱼ − m)), m = max x: the log of the
    /// largest probability keeps its digits when it is close to 1. Non-finite rows as the log of
    /// <see cref="Softmax(ReadOnlySpan{double}, Span{double})"/>.
    /// </summary>
    /// <param name="x">The logits.</param>
    /// <param name="result">Receives the log-probabilities, same length; overwritten; must not overlap <paramref name="x"/>
    /// (x is read again after the result holds the exponentials).</param>
    /// <exception cref="ArgumentException">The lengths differ, or <paramref name="result"/> overlaps <paramref name="x"/>.</exception>
    public static void LogSoftmax(ReadOnlySpan<double> x, Span<double> result) => LogSoftmaxChecked(x, result);

    /// <inheritdoc cref="LogSoftmax(ReadOnlySpan{double}, Span{double})"/>
    public static void LogSoftmax(ReadOnlySpan<float> x, Span<float> result) => LogSoftmaxChecked(x, result);

    /// <summary>
    /// Pullback of <see cref="LogSoftmax(ReadOnlySpan{double}, Span{double})"/>: adds dResultᵢ − softmax(x)ᵢ·Σⱼ dResultⱼ
    /// into <paramref name="dX"/>, with softmax(x) = exp(result).
    /// </summary>
    /// <param name="x">The logits, as passed to LogSoftmax (not read).</param>
    /// <param name="result">The log-probabilities LogSoftmax wrote.</param>
    /// <param name="dResult">The adjoint of the result.</param>
    /// <param name="dX">Gradient accumulator of <paramref name="x"/>, or empty (not wanted).</param>
    /// <exception cref="ArgumentException">A length does not match.</exception>
    public static void LogSoftmaxBackward(ReadOnlySpan<double> x, ReadOnlySpan<double> result, ReadOnlySpan<double> dResult, Span<double> dX) =>
        LogSoftmaxBackwardCore(x, result, dResult, dX);

    /// <inheritdoc cref="LogSoftmaxBackward(ReadOnlySpan{double}, ReadOnlySpan{double}, ReadOnlySpan{double}, Span{double})"/>
    public static void LogSoftmaxBackward(ReadOnlySpan<float> x, ReadOnlySpan<float> result, ReadOnlySpan<float> dResult, Span<float> dX) =>
        LogSoftmaxBackwardCore(x, result, dResult, dX);

    /// <summary>
    /// Fills a softmax (or, <paramref name="logSpace"/>, a log-softmax) whose maximum <paramref name="m"/> is not
    /// finite; false (nothing written) when it is finite.
    /// </summary>
    private static bool FillNonFinite<T>(ReadOnlySpan<T> x, T m, Span<T> result, bool logSpace)
        where T : IFloatingPointIeee754<T>
    {
        if (T.IsFinite(m))
        {
            return false;
        }

        int infinities = 0;
        foreach (T v in x)
        {
            infinities += T.IsPositiveInfinity(v) ? 1 : 0;
        }

        for (int i = 0; i < x.Length; i++)
        {
            T p = T.IsNaN(m) ? T.NaN
                : T.IsPositiveInfinity(x[i]) ? T.One / T.CreateTruncating(infinities)
                : T.Zero; // all −∞ (a fully masked row), or a finite element beside +∞
            result[i] = logSpace ? T.Log(p) : p;
        }

        return true;
    }

    private static void SoftmaxCore<T>(ReadOnlySpan<T> x, Span<T> result)
        where T : IFloatingPointIeee754<T>
    {
        CheckLength(x.Length, result.Length, nameof(result));
        if (x.IsEmpty)
        {
            return;
        }

        T m = TensorPrimitives.Max(x);
        if (FillNonFinite(x, m, result, logSpace: false))
        {
            return;
        }

        TensorPrimitives.Subtract(x, m, result);
        TensorPrimitives.Exp(result, result);
        TensorPrimitives.Divide(result, TensorPrimitives.Sum<T>(result), result);
    }

    private static void LogSoftmaxChecked<T>(ReadOnlySpan<T> x, Span<T> result)
        where T : IFloatingPointIeee754<T>
    {
        CheckLength(x.Length, result.Length, nameof(result));
        CheckNoOverlap(x, result, nameof(result));
        LogSoftmaxCore(x, result);
    }

    /// <summary>Log-softmax into a result of the same length (checked by the caller).</summary>
    private static void LogSoftmaxCore<T>(ReadOnlySpan<T> x, Span<T> result)
        where T : IFloatingPointIeee754<T>
    {
        if (x.IsEmpty)
        {
            return;
        }

        T m = TensorPrimitives.Max(x);
        if (FillNonFinite(x, m, result, logSpace: true))
        {
            return;
        }

        // The exponentials go through result first; the argmax term (exactly 1) is left out of the sum, for log1p.
        TensorPrimitives.Subtract(x, m, result);
        TensorPrimitives.Exp(result, result);
        result[TensorPrimitives.IndexOfMax(x)] = T.Zero;
        T logSum = Log1p(TensorPrimitives.Sum<T>(result));
        TensorPrimitives.Subtract(x, m, result);
        TensorPrimitives.Subtract(result, logSum, result);
    }

    private static void SoftmaxBackwardCore<T>(ReadOnlySpan<T> x, ReadOnlySpan<T> result, ReadOnlySpan<T> dResult, Span<T> dX)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        if (!CheckUnaryBackward(x, result, dResult, dX))
        {
            return;
        }

        int n = x.Length;
        T[]? rented = null;
        Span<T> centred = n <= StackElements ? stackalloc T[n] : Rent(n, out rented);
        TensorPrimitives.Subtract(dResult, TensorPrimitives.Dot(dResult, result), centred);
        TensorPrimitives.MultiplyAdd(result, centred, dX, dX);
        Return(rented);
    }

    private static void LogSoftmaxBackwardCore<T>(ReadOnlySpan<T> x, ReadOnlySpan<T> result, ReadOnlySpan<T> dResult, Span<T> dX)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        if (!CheckUnaryBackward(x, result, dResult, dX))
        {
            return;
        }

        int n = x.Length;
        T[]? rented = null;
        Span<T> probabilities = n <= StackElements ? stackalloc T[n] : Rent(n, out rented);
        TensorPrimitives.Exp(result, probabilities);
        TensorPrimitives.MultiplyAdd(probabilities, -TensorPrimitives.Sum(dResult), dX, dX);
        TensorPrimitives.Add(dX, dResult, dX);
        Return(rented);
    }
}
