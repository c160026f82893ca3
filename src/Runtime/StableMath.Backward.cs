using System;

namespace AutoDiffGen;

// Reverse-mode pullbacks of the span reductions, in the generator's Backward convention: return the value and
// add seed · gradient into the caller's accumulator span (never overwrite it).
public static partial class StableMath
{
    /// <summary>
    /// Returns <see cref="LogSumExp(ReadOnlySpan{double})"/> of <paramref name="x"/> and adds
    /// <paramref name="seed"/> · softmax(x) into <paramref name="dX"/> (the generator's <c>Backward</c>
    /// convention; the generated code calls it for LogSumExp). The softmax is exp(xᵢ − m) / Σ exp(xⱼ − m),
    /// never exp(xᵢ − result), whose rounding would cost relative accuracy when the result is large.
    /// </summary>
    /// <param name="x">The values.</param>
    /// <param name="seed">The adjoint of the result.</param>
    /// <param name="dX">The accumulator, same length as <paramref name="x"/>; seed · gradient is added to it.</param>
    /// <returns>log Σ exp(xᵢ), as <see cref="LogSumExp(ReadOnlySpan{double})"/>.</returns>
    /// <remarks>
    /// Every element −∞ (a fully masked row): the value is −∞ and nothing is added (gradient 0, trap T9).
    /// Some elements +∞: they share seed equally, the others get 0. A NaN element adds NaN everywhere.
    /// </remarks>
    /// <exception cref="ArgumentException">The lengths of <paramref name="x"/> and <paramref name="dX"/> differ.</exception>
    public static double LogSumExpBackward(ReadOnlySpan<double> x, double seed, Span<double> dX)
    {
        CheckSameLength(x.Length, dX.Length, nameof(dX));
        int iMax = ArgMax(x, out double m);
        if (iMax < 0 || double.IsNegativeInfinity(m))
        {
            return m;
        }

        if (double.IsNaN(m) || double.IsPositiveInfinity(m))
        {
            int infinities = CountPositiveInfinities(x);
            for (int i = 0; i < x.Length; i++)
            {
                dX[i] += seed * NonFiniteEntry(x[i], m, infinities, logSpace: false);
            }

            return m;
        }

        Span<double> exps = x.Length <= StackExpLimit ? stackalloc double[x.Length] : Span<double>.Empty;
        double others = exps.IsEmpty ? SumExpOthers(x, iMax, m) : SumExpOthers(x, iMax, m, exps);
        double scale = seed / (1.0 + others);
        for (int i = 0; i < x.Length; i++)
        {
            double e = exps.IsEmpty ? Math.Exp(x[i] - m) : exps[i];
            dX[i] += scale * e;
        }

        return m + Log1p(others);
    }

    /// <inheritdoc cref="LogSumExpBackward(ReadOnlySpan{double}, double, Span{double})"/>
    public static float LogSumExpBackward(ReadOnlySpan<float> x, float seed, Span<float> dX)
    {
        CheckSameLength(x.Length, dX.Length, nameof(dX));
        int iMax = ArgMax(x, out double m);
        if (iMax < 0 || double.IsNegativeInfinity(m))
        {
            return (float)m;
        }

        if (double.IsNaN(m) || double.IsPositiveInfinity(m))
        {
            int infinities = CountPositiveInfinities(x);
            for (int i = 0; i < x.Length; i++)
            {
                dX[i] += (float)(seed * NonFiniteEntry(x[i], m, infinities, logSpace: false));
            }

            return (float)m;
        }

        Span<double> exps = x.Length <= StackExpLimit ? stackalloc double[x.Length] : Span<double>.Empty;
        double others = exps.IsEmpty ? SumExpOthers(x, iMax, m) : SumExpOthers(x, iMax, m, exps);
        double scale = seed / (1.0 + others);
        for (int i = 0; i < x.Length; i++)
        {
            double e = exps.IsEmpty ? Math.Exp(x[i] - m) : exps[i];
            dX[i] += (float)(scale * e);
        }

        return (float)(m + Log1p(others));
    }

    /// <summary>
    /// Returns <see cref="Norm(ReadOnlySpan{double})"/> of <paramref name="x"/> and adds
    /// <paramref name="seed"/> · xᵢ / ‖x‖ into <paramref name="dX"/> (the generator's <c>Backward</c>
    /// convention; the generated code calls it for Norm).
    /// </summary>
    /// <param name="x">The vector.</param>
    /// <param name="seed">The adjoint of the norm.</param>
    /// <param name="dX">The accumulator, same length as <paramref name="x"/>; seed · gradient is added to it.</param>
    /// <returns>‖x‖₂, as <see cref="Norm(ReadOnlySpan{double})"/>.</returns>
    /// <remarks>
    /// At the zero vector (and for an empty span) nothing is added: the gradient is taken as 0, the
    /// subgradient PyTorch uses (trap T3), instead of the NaN of 0/0. If the norm is +∞ or NaN the quotient is
    /// added as computed (0 for finite elements, NaN for infinite or NaN ones).
    /// </remarks>
    /// <exception cref="ArgumentException">The lengths of <paramref name="x"/> and <paramref name="dX"/> differ.</exception>
    public static double NormBackward(ReadOnlySpan<double> x, double seed, Span<double> dX)
    {
        CheckSameLength(x.Length, dX.Length, nameof(dX));
        double scaledNorm = ScaledNorm(x, out double scale);
        double norm = scaledNorm / scale;
        if (norm == 0.0)
        {
            return norm;
        }

        // Tiny vectors: divide the rescaled elements by the rescaled norm, which is not rounded to a subnormal.
        double divisor = scale > 1.0 ? scaledNorm : norm;
        double factor = scale > 1.0 ? scale : 1.0;
        for (int i = 0; i < x.Length; i++)
        {
            dX[i] += seed * (x[i] * factor / divisor);
        }

        return norm;
    }

    /// <inheritdoc cref="NormBackward(ReadOnlySpan{double}, double, Span{double})"/>
    public static float NormBackward(ReadOnlySpan<float> x, float seed, Span<float> dX)
    {
        CheckSameLength(x.Length, dX.Length, nameof(dX));
        double sum = 0.0;
        foreach (float v in x)
        {
            sum += (double)v * v;
        }

        double norm = Math.Sqrt(sum);
        if (norm == 0.0)
        {
            return 0.0f;
        }

        for (int i = 0; i < x.Length; i++)
        {
            dX[i] += (float)(seed * (x[i] / norm));
        }

        // An infinite element with a NaN one: the sum is NaN, Norm's convention says +∞.
        return double.IsFinite(norm) ? (float)norm : Norm(x);
    }
}
