using System;
using System.Runtime.CompilerServices;

namespace AutoDiffGen;

// Scalar derivative helpers. The generator's derivative rules call these (public API), and they are written
// from the input rather than from the output, so they keep relative accuracy in the tails where output-based
// forms such as s·(1 − s) or 1 − tanh² round to 0 (trap T11).
public static partial class StableMath
{
    /// <summary>
    /// The derivative of <see cref="Sigmoid(double)"/>, σ'(x) = σ(x)·σ(−x) = e^−|x| / (1 + e^−|x|)², from one
    /// exponential. Used by the generator's derivative rule for the sigmoid. Unlike σ·(1 − σ), which is 0 for
    /// x ≳ 36.7, it is exact in both tails (4.248e−18 at x = 40).
    /// </summary>
    /// <param name="x">The argument of the sigmoid (not its value).</param>
    /// <returns>σ'(x) within 3 ε relative (absolute for subnormal results, |x| &gt; 708); 0 at ±∞.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double SigmoidDerivative(double x)
    {
        double e = Math.Exp(-Math.Abs(x));
        double d = 1.0 + e;
        return e / (d * d);
    }

    /// <inheritdoc cref="SigmoidDerivative(double)"/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float SigmoidDerivative(float x) => (float)SigmoidDerivative((double)x);

    /// <summary>
    /// The derivative of tanh, sech²x = 4e / (1 + e)² with e = e^−2|x|. Used by the generator's derivative rule
    /// for <c>Math.Tanh</c>. Unlike 1 − tanh²x, which is 0 for |x| ≳ 19, it keeps relative accuracy in the
    /// tails (1.6993e−17 at x = 20).
    /// </summary>
    /// <param name="x">The argument of tanh (not its value).</param>
    /// <returns>sech²x within 3 ε relative (absolute for subnormal results, |x| &gt; 354); 1 at 0, 0 at ±∞.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double TanhDerivative(double x)
    {
        double e = Math.Exp(-2.0 * Math.Abs(x));
        double d = 1.0 + e;
        return 4.0 * e / (d * d);
    }

    /// <inheritdoc cref="TanhDerivative(double)"/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float TanhDerivative(float x) => (float)TanhDerivative((double)x);

    /// <summary>
    /// One partial derivative of a hypot, ∂ Hypot(x, y) / ∂x = x / h with <paramref name="self"/> = x and
    /// <paramref name="h"/> = Hypot(x, y), 0 at the origin. Used by the generator's derivative rules for
    /// <see cref="Hypot(double, double)"/> and <c>double.Hypot</c>, once per argument: for a normal h below 2¹⁰²²
    /// it is <c>x * (1 / h)</c>, and both calls share the one reciprocal (the JIT computes <c>1 / h</c> once),
    /// so the pair costs one division instead of two. 1 / h is a normal number there (neither overflows nor
    /// goes subnormal) and |x| ≤ h, so the product is at most 1. Any other h (0, subnormal, above 2¹⁰²², ∞,
    /// NaN) takes the division x / h itself.
    /// </summary>
    /// <param name="self">The argument the derivative is taken with respect to.</param>
    /// <param name="h">The hypot of all the arguments, computed from them.</param>
    /// <returns>x / h within 1.5 ε relative (one rounding more than the quotient); 0 at h = 0; NaN for a NaN h,
    /// and for an infinite x (∞/∞).</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double HypotPartial(double self, double h)
    {
        double reciprocal = 1.0 / h;
        // 2⁻¹⁰²² ≤ h < 2¹⁰²² (h is never negative), in one unsigned compare of the bits: NaN and ∞ fall outside.
        ulong bits = (ulong)BitConverter.DoubleToInt64Bits(h);
        return bits - ReciprocalSafeMinBits < ReciprocalSafeMaxBits - ReciprocalSafeMinBits ? self * reciprocal : HypotPartialRare(self, h);
    }

    private const ulong ReciprocalSafeMinBits = 1UL << 52;      // 2^-1022, the smallest normal
    private const ulong ReciprocalSafeMaxBits = 2045UL << 52;   // 2^1022, above which 1/h is subnormal

    /// <summary>HypotPartial's rare path: h zero, subnormal, huge, infinite or NaN.</summary>
    private static double HypotPartialRare(double self, double h) => h == 0.0 ? 0.0 : self / h;

    /// <inheritdoc cref="HypotPartial(double, double)"/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float HypotPartial(float self, float h)
    {
        float reciprocal = 1f / h;
        // 2⁻¹²⁶ ≤ h < 2¹²⁶, where 1/h is a normal float.
        return h >= 1.17549435E-38f && h < 8.507059E+37f ? self * reciprocal : (h == 0f ? 0f : self / h);
    }

    // Taylor coefficients of d/dx (sin x / x) = Σ_{k≥1} (−1)ᵏ 2k x^(2k−1) / (2k+1)!, k = 1…12 (mpmath, rounded).
    private const double SincD1 = -0.3333333333333333;
    private const double SincD2 = 0.03333333333333333;
    private const double SincD3 = -0.0011904761904761906;
    private const double SincD4 = 2.2045855379188714e-05;
    private const double SincD5 = -2.505210838544172e-07;
    private const double SincD6 = 1.9270852604185937e-09;
    private const double SincD7 = -1.0706029224547743e-11;
    private const double SincD8 = 4.498331606952833e-14;
    private const double SincD9 = -1.4797143443923793e-16;
    private const double SincD10 = 3.9145882126782523e-19;
    private const double SincD11 = -8.509974375387505e-22;
    private const double SincD12 = 1.5472680682522736e-24;

    /// <summary>
    /// The derivative of <see cref="Sinc(double)"/>, (x·cos x − sin x)/x². Used by the generator's derivative
    /// rule for sinc. For |x| &lt; 1.5 it sums the Taylor series −x/3 + x³/30 − … to 12 terms (the quotient
    /// cancels there, and at x = 1e−200 the naive quotient rule gives −∞); beyond it is (cos x − sin x / x)/x,
    /// which cannot overflow.
    /// </summary>
    /// <param name="x">The argument of sinc.</param>
    /// <returns>
    /// The derivative within 3 ε relative for |x| &lt; 1.5; beyond, within 3 ε of (|cos x| + |sin x / x|)/|x|
    /// (the derivative has roots where tan x = x, and is ill-conditioned next to them). 0 at 0 and at ±∞.
    /// </returns>
    public static double SincDerivative(double x)
    {
        double a = Math.Abs(x);
        if (a < 1.5)
        {
            double z = x * x;
            double p = SincD12;
            p = p * z + SincD11;
            p = p * z + SincD10;
            p = p * z + SincD9;
            p = p * z + SincD8;
            p = p * z + SincD7;
            p = p * z + SincD6;
            p = p * z + SincD5;
            p = p * z + SincD4;
            p = p * z + SincD3;
            p = p * z + SincD2;
            p = p * z + SincD1;
            return x * p;
        }

        if (double.IsPositiveInfinity(a))
        {
            return 0.0;
        }

        return (Math.Cos(x) - Math.Sin(x) / x) / x;
    }

    /// <inheritdoc cref="SincDerivative(double)"/>
    public static float SincDerivative(float x) => (float)SincDerivative((double)x);

    /// <summary>
    /// The derivative of <see cref="Log1pSquare(double)"/>, 2x / (1 + x²), written 2 / (x + 1/x) for |x| &gt; 1 so
    /// that x² cannot overflow (the naive form is 0 at x = 1e200; exact 2e−200). Used by the generator's
    /// derivative rule for log(1 + x²).
    /// </summary>
    /// <param name="x">The argument.</param>
    /// <returns>2x / (1 + x²) within 3 ε relative; 0 at ±∞.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Log1pSquareDerivative(double x) =>
        Math.Abs(x) > 1.0 ? 2.0 / (x + 1.0 / x) : 2.0 * x / (1.0 + x * x);

    /// <inheritdoc cref="Log1pSquareDerivative(double)"/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float Log1pSquareDerivative(float x) => (float)Log1pSquareDerivative((double)x);

    /// <summary>
    /// One partial derivative of a log-sum-exp: ∂ LogAddExp(a, b) / ∂a = exp(a − r) = σ(a − b) with
    /// <paramref name="self"/> = a and <paramref name="result"/> = r = LogAddExp(a, b); the same with any
    /// element and the result of <see cref="LogSumExp(ReadOnlySpan{double})"/>. Used by the generator's
    /// derivative rules for LogAddExp and LogSumExp, given the value already computed.
    /// </summary>
    /// <param name="self">The argument the derivative is taken with respect to.</param>
    /// <param name="result">The log-sum-exp of all the arguments, computed from them.</param>
    /// <returns>
    /// exp(self − result), in [0, 1], within 3 ε relative to max(1, |result|, |self − result|): the rounding
    /// of the result passed in (and of the difference) becomes a relative error through exp, so at
    /// result ≈ 1000 the partial has about 12 correct digits. 0 when the result is −∞ (every argument −∞: trap T9, instead of the NaN
    /// of −∞ − (−∞)). When the result is +∞: 1 if self is +∞, else 0 (an argument at +∞ takes all of the
    /// derivative; two at +∞ each get 1, since the point is not differentiable).
    /// </returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double LogAddExpPartial(double self, double result)
    {
        if (result == double.NegativeInfinity)
        {
            return 0.0;
        }

        if (result == double.PositiveInfinity)
        {
            return self == double.PositiveInfinity ? 1.0 : 0.0;
        }

        return Math.Exp(self - result);
    }

    /// <inheritdoc cref="LogAddExpPartial(double, double)"/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float LogAddExpPartial(float self, float result) => (float)LogAddExpPartial((double)self, (double)result);
}
