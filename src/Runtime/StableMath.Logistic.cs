using System;
using System.Runtime.CompilerServices;

namespace AutoDiffGen;

// The logistic family: sigmoid, its logarithm, softplus and its inverse, and the logits form of the
// binary cross-entropy. All of them are built so that no exponential of a large positive number is formed.
public static partial class StableMath
{
    /// <summary>
    /// The logistic sigmoid σ(x) = 1 / (1 + e⁻ˣ), evaluated on the branch whose exponential cannot overflow.
    /// The naive <c>Math.Exp(x) / (1 + Math.Exp(x))</c> is NaN at x = 710.
    /// </summary>
    /// <param name="x">The argument.</param>
    /// <returns>σ(x) within 2 ε relative, also in the left tail (4.476e−309 at x = −710); 1 at +∞, 0 at −∞.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Sigmoid(double x)
    {
        if (x >= 0)
        {
            return 1.0 / (1.0 + Math.Exp(-x));
        }

        double e = Math.Exp(x);
        return e / (1.0 + e);
    }

    /// <inheritdoc cref="Sigmoid(double)"/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float Sigmoid(float x) => (float)Sigmoid((double)x);

    /// <summary>
    /// log σ(x) = −log(1 + e⁻ˣ) = −Softplus(−x). The naive <c>Math.Log(Sigmoid(x))</c> is −∞ at x = −800 and
    /// 0 at x = 40.
    /// </summary>
    /// <param name="x">The argument.</param>
    /// <returns>log σ(x) within 2 ε relative; −∞ at −∞, 0 at +∞.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double LogSigmoid(double x) => -Softplus(-x);

    /// <inheritdoc cref="LogSigmoid(double)"/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float LogSigmoid(float x) => (float)LogSigmoid((double)x);

    /// <summary>
    /// Softplus log(1 + eˣ), with Mächler's cutoffs: eˣ for x ≤ −37, log1p(eˣ) up to 18, x + e⁻ˣ up to 33.3,
    /// x beyond (each cutoff is where the dropped term falls below half an ulp). The naive
    /// <c>Math.Log(1 + Math.Exp(x))</c> is +∞ at x = 710 and 0 at x = −40.
    /// </summary>
    /// <param name="x">The argument.</param>
    /// <returns>log(1 + eˣ) within 2 ε relative; 0 at −∞, +∞ at +∞.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Softplus(double x)
    {
        if (x <= -37.0)
        {
            return Math.Exp(x);
        }

        if (x <= 18.0)
        {
            return Log1p(Math.Exp(x));
        }

        if (x <= 33.3)
        {
            return x + Math.Exp(-x);
        }

        return x;
    }

    /// <inheritdoc cref="Softplus(double)"/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float Softplus(float x) => (float)Softplus((double)x);

    /// <summary>
    /// The inverse of softplus, log(eˣ − 1), for x ≥ 0. The naive <c>Math.Log(Math.Exp(x) - 1)</c> is +∞ at
    /// x = 800 and −∞ at x = 1e−20.
    /// </summary>
    /// <param name="x">The argument, x ≥ 0.</param>
    /// <returns>
    /// log(eˣ − 1) within 3 ε relative, also next to its root at ln 2 (evaluated there as
    /// log1p(2·expm1(x − ln 2)) with ln 2 split in two doubles, so the cancellation is exact). −∞ at 0,
    /// NaN for x &lt; 0, +∞ at +∞.
    /// </returns>
    public static double SoftplusInverse(double x)
    {
        if (x > 1.38)
        {
            // x + log(1 − e⁻ˣ): the log term is in (−0.29, 0], no cancellation.
            return x + Log1p(-Math.Exp(-x));
        }

        if (x >= 0.35)
        {
            // eˣ − 1 = 1 + 2(eʳ − 1) with r = x − ln 2; x − Ln2Hi is exact (Sterbenz) on [0.35, 1.38].
            double r = (x - Ln2Hi) - Ln2Lo;
            return Log1p(2.0 * Expm1(r));
        }

        // expm1(x) < 0.42 here, so its log is far from 0 and well conditioned.
        return Math.Log(Expm1(x));
    }

    /// <inheritdoc cref="SoftplusInverse(double)"/>
    public static float SoftplusInverse(float x) => (float)SoftplusInverse((double)x);

    /// <summary>
    /// Binary cross-entropy of a logit z against a target y, −(y·log σ(z) + (1 − y)·log(1 − σ(z))), in the
    /// logits form max(z, 0) − z·y + log(1 + e^−|z|) (PyTorch's <c>BCEWithLogitsLoss</c>). The naive form on
    /// p = σ(z) is +∞ at z = 40, y = 0 because 1 − p rounds to 0.
    /// </summary>
    /// <param name="z">The logit.</param>
    /// <param name="y">The target, normally in [0, 1] (a label or a soft label).</param>
    /// <returns>
    /// The loss within 3 ε relative for y ∈ [0, 1] (both terms are then non-negative, and z·(1 − y) is used
    /// for z ≥ 0 so that y near 1 does not cancel). An infinite logit against the matching label gives 0
    /// (z = +∞, y = 1 and z = −∞, y = 0: the 0·∞ term is taken as 0, as in xlogy), against the opposite label
    /// +∞. For y outside [0, 1] the formula is evaluated as is and may cancel.
    /// </returns>
    public static double BinaryCrossEntropyWithLogits(double z, double y)
    {
        double tail = Log1p(Math.Exp(-Math.Abs(z)));
        if (z >= 0)
        {
            return (y == 1.0 ? 0.0 : z * (1.0 - y)) + tail;
        }

        return (y == 0.0 ? 0.0 : -z * y) + tail;
    }

    /// <inheritdoc cref="BinaryCrossEntropyWithLogits(double, double)"/>
    public static float BinaryCrossEntropyWithLogits(float z, float y) =>
        (float)BinaryCrossEntropyWithLogits((double)z, (double)y);
}
