using System;

namespace AutoDiffGen;

// Reductions and normalisations over a vector: log-sum-exp, softmax, log-softmax and the Euclidean norm.
// The float overloads accumulate in double.
public static partial class StableMath
{
    /// <summary>
    /// log Σ exp(xᵢ), shifted by the maximum m: m + log1p(Σ_{i≠argmax} exp(xᵢ − m)) (log1p keeps the digits
    /// of a sum dominated by one term). The naive <c>Math.Log(Σ Math.Exp(xᵢ))</c> is +∞ at [1000, 1000, 999].
    /// </summary>
    /// <param name="x">The values; may contain ±∞.</param>
    /// <returns>
    /// log Σ exp(xᵢ) within 3 ε of |m| + |result − m| + Σ softmaxᵢ·|xᵢ − m| (the terms of the final sum and the
    /// rounding of the shifted arguments; relative to the result except where it is near 0);
    /// −∞ for an empty span or when every element is −∞ (trap T9: no NaN from −∞ − (−∞)); +∞ if any element
    /// is +∞; NaN if any element is NaN.
    /// </returns>
    public static double LogSumExp(ReadOnlySpan<double> x)
    {
        int iMax = ArgMax(x, out double m);
        if (iMax < 0 || double.IsInfinity(m))
        {
            return m; // empty: −∞; NaN; all −∞; any +∞
        }

        return m + Log1p(SumExpOthers(x, iMax, m));
    }

    /// <inheritdoc cref="LogSumExp(ReadOnlySpan{double})"/>
    public static float LogSumExp(ReadOnlySpan<float> x)
    {
        int iMax = ArgMax(x, out double m);
        if (iMax < 0 || double.IsInfinity(m))
        {
            return (float)m;
        }

        return (float)(m + Log1p(SumExpOthers(x, iMax, m)));
    }

    /// <summary>
    /// Softmax, result[i] = exp(xᵢ − m) / Σⱼ exp(xⱼ − m) with m = max x (no overflow, and the shift cancels
    /// exactly in the mathematics). The naive form is NaN at [1000, 0] and at [−1000, −1000].
    /// </summary>
    /// <param name="x">The values; may contain ±∞.</param>
    /// <param name="result">Receives the probabilities; same length as <paramref name="x"/>; overwritten.</param>
    /// <remarks>
    /// Each probability is within 3 ε relative, plus ε·|xᵢ − m|/2 from rounding the shifted argument (the
    /// function's own conditioning). A row of only −∞ (fully masked) gives zeros (trap T9), not NaN. If some
    /// elements are +∞ they share the mass equally (the limit) and the others get 0. Any NaN gives NaN
    /// everywhere. An empty span is allowed.
    /// </remarks>
    /// <exception cref="ArgumentException">The lengths of <paramref name="x"/> and <paramref name="result"/> differ.</exception>
    public static void Softmax(ReadOnlySpan<double> x, Span<double> result)
    {
        CheckSameLength(x.Length, result.Length, nameof(result));
        int iMax = ArgMax(x, out double m);
        if (iMax < 0)
        {
            return;
        }

        if (double.IsNaN(m) || double.IsInfinity(m))
        {
            FillNonFinite(x, m, result, logSpace: false);
            return;
        }

        double sum = 0.0;
        for (int i = 0; i < x.Length; i++)
        {
            double e = Math.Exp(x[i] - m);
            result[i] = e;
            sum += e;
        }

        for (int i = 0; i < result.Length; i++)
        {
            result[i] /= sum;
        }
    }

    /// <inheritdoc cref="Softmax(ReadOnlySpan{double}, Span{double})"/>
    public static void Softmax(ReadOnlySpan<float> x, Span<float> result)
    {
        CheckSameLength(x.Length, result.Length, nameof(result));
        int iMax = ArgMax(x, out double m);
        if (iMax < 0)
        {
            return;
        }

        if (double.IsNaN(m) || double.IsInfinity(m))
        {
            int infinities = CountPositiveInfinities(x);
            for (int i = 0; i < x.Length; i++)
            {
                result[i] = (float)NonFiniteEntry(x[i], m, infinities, logSpace: false);
            }

            return;
        }

        // The numerators stay in double (rounding them to float first would cost up to an extra ulp): in a
        // stack buffer for short spans, recomputed for long ones.
        Span<double> exps = x.Length <= StackExpLimit ? stackalloc double[x.Length] : Span<double>.Empty;
        if (!exps.IsEmpty)
        {
            double total = 1.0 + SumExpOthers(x, iMax, m, exps);
            for (int i = 0; i < x.Length; i++)
            {
                result[i] = (float)(exps[i] / total);
            }

            return;
        }

        double sum = 1.0 + SumExpOthers(x, iMax, m);
        for (int i = 0; i < x.Length; i++)
        {
            result[i] = (float)(Math.Exp(x[i] - m) / sum);
        }
    }

    /// <summary>
    /// Log-softmax, result[i] = xᵢ − log Σⱼ exp(xⱼ), computed as (xᵢ − m) − log1p(Σ_{j≠argmax} exp(xⱼ − m)).
    /// The naive <c>Math.Log(softmax[i])</c> is −∞ at x = [0, −800], i = 1 (exact −800).
    /// </summary>
    /// <param name="x">The values; may contain ±∞.</param>
    /// <param name="result">Receives the log-probabilities; same length as <paramref name="x"/>; overwritten.</param>
    /// <remarks>
    /// Each entry is within 3 ε of |xᵢ − m| + |log Σ exp(xⱼ − m)| + Σ softmaxⱼ·|xⱼ − m| (the rounding of the
    /// shifted arguments, as for <see cref="LogSumExp(ReadOnlySpan{double})"/>). A row of only −∞ gives −∞ everywhere
    /// (the logarithm of <see cref="Softmax(ReadOnlySpan{double}, Span{double})"/>'s zeros, trap T9); with
    /// +∞ elements they get −log k (k of them) and the others −∞; any NaN gives NaN everywhere.
    /// </remarks>
    /// <exception cref="ArgumentException">The lengths of <paramref name="x"/> and <paramref name="result"/> differ.</exception>
    public static void LogSoftmax(ReadOnlySpan<double> x, Span<double> result)
    {
        CheckSameLength(x.Length, result.Length, nameof(result));
        int iMax = ArgMax(x, out double m);
        if (iMax < 0)
        {
            return;
        }

        if (double.IsNaN(m) || double.IsInfinity(m))
        {
            FillNonFinite(x, m, result, logSpace: true);
            return;
        }

        double logSum = Log1p(SumExpOthers(x, iMax, m));
        for (int i = 0; i < x.Length; i++)
        {
            result[i] = (x[i] - m) - logSum;
        }
    }

    /// <inheritdoc cref="LogSoftmax(ReadOnlySpan{double}, Span{double})"/>
    public static void LogSoftmax(ReadOnlySpan<float> x, Span<float> result)
    {
        CheckSameLength(x.Length, result.Length, nameof(result));
        int iMax = ArgMax(x, out double m);
        if (iMax < 0)
        {
            return;
        }

        if (double.IsNaN(m) || double.IsInfinity(m))
        {
            int infinities = CountPositiveInfinities(x);
            for (int i = 0; i < x.Length; i++)
            {
                result[i] = (float)NonFiniteEntry(x[i], m, infinities, logSpace: true);
            }

            return;
        }

        double logSum = Log1p(SumExpOthers(x, iMax, m));
        for (int i = 0; i < x.Length; i++)
        {
            result[i] = (float)((x[i] - m) - logSum);
        }
    }

    /// <summary>
    /// The Euclidean norm √(Σ xᵢ²) without overflow or underflow (LAPACK <c>dnrm2</c>'s idea): when the largest
    /// magnitude is outside [2⁻⁴⁵⁰, 2⁴⁵⁰] the elements are rescaled by an exact power of two before squaring.
    /// The naive <c>Math.Sqrt(Σ x[i]*x[i])</c> is +∞ at [1e155, 1e155, 1e155].
    /// </summary>
    /// <param name="x">The vector.</param>
    /// <returns>
    /// ‖x‖₂ within (n + 3)·ε/2 relative for n elements (the rounding of the sum of squares); 0 for an empty
    /// span or the zero vector; +∞ if any element is infinite (even with a NaN, as hypot), else NaN if any is.
    /// </returns>
    public static double Norm(ReadOnlySpan<double> x) => ScaledNorm(x, out double scale) / scale;

    /// <summary>
    /// ‖x‖₂ · <paramref name="scale"/>, with <paramref name="scale"/> an exact power of two (1 when the squares
    /// are safe) chosen so that the returned value is a normal double; ±∞, NaN and 0 come back with scale 1.
    /// </summary>
    private static double ScaledNorm(ReadOnlySpan<double> x, out double scale)
    {
        scale = 1.0;
        double max = 0.0;
        bool sawNaN = false;
        for (int i = 0; i < x.Length; i++)
        {
            double a = Math.Abs(x[i]);
            if (a > max)
            {
                max = a;
            }
            else if (double.IsNaN(a))
            {
                sawNaN = true;
            }
        }

        if (double.IsPositiveInfinity(max))
        {
            return max;
        }

        if (sawNaN)
        {
            return double.NaN;
        }

        if (max == 0.0)
        {
            return 0.0;
        }

        if (!(max <= SquareSafeMax && max >= SquareSafeMin))
        {
            scale = max > SquareSafeMax ? ScaleDown : ScaleUp;
        }

        double sum = 0.0;
        for (int i = 0; i < x.Length; i++)
        {
            double v = x[i] * scale;
            sum += v * v;
        }

        return Math.Sqrt(sum);
    }

    /// <inheritdoc cref="Norm(ReadOnlySpan{double})"/>
    public static float Norm(ReadOnlySpan<float> x)
    {
        // Float squares neither overflow nor underflow in double, so no scaling is needed.
        double sum = 0.0;
        bool sawInfinity = false;
        for (int i = 0; i < x.Length; i++)
        {
            double v = x[i];
            sum += v * v;
            sawInfinity |= double.IsInfinity(v);
        }

        return sawInfinity ? float.PositiveInfinity : (float)Math.Sqrt(sum);
    }

    /// <summary>
    /// The index and value of the largest element; −1 and −∞ for an empty span; the index of the first NaN
    /// and NaN if there is one. Ties keep the first.
    /// </summary>
    private static int ArgMax(ReadOnlySpan<double> x, out double max)
    {
        max = double.NegativeInfinity;
        if (x.IsEmpty)
        {
            return -1;
        }

        int index = 0;
        max = x[0];
        for (int i = 0; i < x.Length; i++)
        {
            double v = x[i];
            if (v > max)
            {
                max = v;
                index = i;
            }
            else if (double.IsNaN(v))
            {
                max = v;
                return i;
            }
        }

        return index;
    }

    /// <inheritdoc cref="ArgMax(ReadOnlySpan{double}, out double)"/>
    private static int ArgMax(ReadOnlySpan<float> x, out double max)
    {
        max = double.NegativeInfinity;
        if (x.IsEmpty)
        {
            return -1;
        }

        int index = 0;
        max = x[0];
        for (int i = 0; i < x.Length; i++)
        {
            double v = x[i];
            if (v > max)
            {
                max = v;
                index = i;
            }
            else if (double.IsNaN(v))
            {
                max = v;
                return i;
            }
        }

        return index;
    }

    /// <summary>Σ exp(xᵢ − m) over every i except <paramref name="skip"/> (whose term is exactly 1).</summary>
    private static double SumExpOthers(ReadOnlySpan<double> x, int skip, double m)
    {
        double sum = 0.0;
        for (int i = 0; i < skip; i++)
        {
            sum += Math.Exp(x[i] - m);
        }

        for (int i = skip + 1; i < x.Length; i++)
        {
            sum += Math.Exp(x[i] - m);
        }

        return sum;
    }

    /// <summary>
    /// Up to this many elements, a pass that needs each exp(xᵢ − m) twice keeps them in a stack buffer
    /// instead of computing them again (2 KB of stack at most; longer spans recompute, never allocate).
    /// </summary>
    private const int StackExpLimit = 256;

    /// <summary>
    /// Like <see cref="SumExpOthers(ReadOnlySpan{double}, int, double)"/>, and also stores every exp(xᵢ − m)
    /// (1 at <paramref name="skip"/>) in <paramref name="exps"/>, which has the length of <paramref name="x"/>.
    /// </summary>
    private static double SumExpOthers(ReadOnlySpan<double> x, int skip, double m, Span<double> exps)
    {
        double sum = 0.0;
        for (int i = 0; i < x.Length; i++)
        {
            double e = Math.Exp(x[i] - m);
            exps[i] = e;
            sum += i == skip ? 0.0 : e;
        }

        return sum;
    }

    /// <inheritdoc cref="SumExpOthers(ReadOnlySpan{double}, int, double, Span{double})"/>
    private static double SumExpOthers(ReadOnlySpan<float> x, int skip, double m, Span<double> exps)
    {
        double sum = 0.0;
        for (int i = 0; i < x.Length; i++)
        {
            double e = Math.Exp(x[i] - m);
            exps[i] = e;
            sum += i == skip ? 0.0 : e;
        }

        return sum;
    }

    /// <inheritdoc cref="SumExpOthers(ReadOnlySpan{double}, int, double)"/>
    private static double SumExpOthers(ReadOnlySpan<float> x, int skip, double m)
    {
        double sum = 0.0;
        for (int i = 0; i < skip; i++)
        {
            sum += Math.Exp(x[i] - m);
        }

        for (int i = skip + 1; i < x.Length; i++)
        {
            sum += Math.Exp(x[i] - m);
        }

        return sum;
    }

    /// <summary>Softmax or log-softmax when the maximum <paramref name="m"/> is NaN or ±∞ (see their remarks).</summary>
    private static void FillNonFinite(ReadOnlySpan<double> x, double m, Span<double> result, bool logSpace)
    {
        int infinities = CountPositiveInfinities(x);
        for (int i = 0; i < x.Length; i++)
        {
            result[i] = NonFiniteEntry(x[i], m, infinities, logSpace);
        }
    }

    /// <summary>One entry of <see cref="FillNonFinite"/>: NaN, the T9 zero, or the +∞ limit.</summary>
    private static double NonFiniteEntry(double xi, double m, int infinities, bool logSpace)
    {
        if (double.IsNaN(m))
        {
            return double.NaN;
        }

        double p = double.IsPositiveInfinity(m) && double.IsPositiveInfinity(xi) ? 1.0 / infinities : 0.0;
        return logSpace ? Math.Log(p) : p;
    }

    private static int CountPositiveInfinities(ReadOnlySpan<double> x)
    {
        int count = 0;
        foreach (double v in x)
        {
            count += double.IsPositiveInfinity(v) ? 1 : 0;
        }

        return count;
    }

    private static int CountPositiveInfinities(ReadOnlySpan<float> x)
    {
        int count = 0;
        foreach (float v in x)
        {
            count += float.IsPositiveInfinity(v) ? 1 : 0;
        }

        return count;
    }

    /// <summary>Throws the contract's <see cref="ArgumentException"/> naming the output span.</summary>
    private static void CheckSameLength(int inputLength, int outputLength, string parameterName)
    {
        if (inputLength != outputLength)
        {
            throw new ArgumentException(
                $"The span has length {outputLength}, but the input has length {inputLength}; they must be equal.",
                parameterName);
        }
    }
}
