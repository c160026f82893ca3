using System;
using System.Runtime.CompilerServices;

namespace AutoDiffGen;

// Arithmetic on values kept as logarithms, and products with a logarithm whose zero factor must win.
public static partial class StableMath
{
    /// <summary>The smallest positive normal double, 2⁻¹⁰²².</summary>
    private const double SmallestNormal = 2.2250738585072014E-308;

    /// <summary>
    /// log(eᵃ + eᵇ), as max(a, b) + log1p(e^−|a−b|). The naive <c>Math.Log(Math.Exp(a) + Math.Exp(b))</c> is +∞
    /// at a = b = 1000 and −∞ at a = b = −1000.
    /// </summary>
    /// <param name="a">The first log-value; may be −∞ (a zero in linear space).</param>
    /// <param name="b">The second log-value; may be −∞.</param>
    /// <returns>
    /// log(eᵃ + eᵇ) within 2 ε relative, except where the result is near 0 while max(a, b) is not: the function
    /// is ill-conditioned there, and the error is within 2 ε of |max(a, b)| + |result − max(a, b)| (plus the
    /// rounding of a − b, see docs/stable-math.md). The other argument when one is −∞; −∞ when both are;
    /// +∞ when either is +∞.
    /// </returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double LogAddExp(double a, double b)
    {
        if (a > b)
        {
            return a + Log1p(Math.Exp(b - a));
        }

        if (b > a)
        {
            return b + Log1p(Math.Exp(a - b));
        }

        if (a == b)
        {
            // Also ±∞, where b − a would be NaN. Two-part ln 2 for the cancellation near a = −ln 2.
            return (a + Ln2Hi) + Ln2Lo;
        }

        return a + b; // a NaN
    }

    /// <inheritdoc cref="LogAddExp(double, double)"/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float LogAddExp(float a, float b) => (float)LogAddExp((double)a, (double)b);

    /// <summary>
    /// log(a·b), also where the product overflows or underflows (R16): the naive <c>Math.Log(a * b)</c> is +∞ at
    /// a = b = 1e200 and −∞ at a = b = 1e−200, though the answer is ±921.03. Where a·b is a normal number it is
    /// <c>Math.Log(a * b)</c> itself, so it costs what the naive form costs; beyond, log|a| + log|b|.
    /// </summary>
    /// <returns>
    /// log(a·b) within 2 ε of its magnitude; NaN when the product is negative or NaN (as <c>Math.Log</c>), −∞ when
    /// it is zero.
    /// </returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double LogOfProduct(double a, double b)
    {
        double p = a * b;
        return p >= SmallestNormal && p < double.PositiveInfinity ? Math.Log(p) : LogOfProductOutOfRange(a, b, p);
    }

    /// <summary>LogOfProduct's rare path: a product that is not a positive normal number.</summary>
    private static double LogOfProductOutOfRange(double a, double b, double p)
    {
        // NaN (0·∞ included) stays NaN; a zero factor makes it −∞, as Math.Log(±0) is.
        if (double.IsNaN(p) || a == 0 || b == 0) return Math.Log(p);
        // A negative product has no log, also when it underflowed to −0.
        if ((a < 0) != (b < 0)) return double.NaN;
        return Math.Log(Math.Abs(a)) + Math.Log(Math.Abs(b));
    }

    /// <inheritdoc cref="LogOfProduct(double, double)"/>
    /// <remarks>In double, where the product of two floats neither overflows nor underflows.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float LogOfProduct(float a, float b) => (float)Math.Log((double)a * b);

    /// <summary>
    /// log(eᵃ − eᵇ) for a ≥ b, as a + log(1 − e^(b−a)) (<see cref="Log1mexp(double)"/>). The naive
    /// <c>Math.Log(Math.Exp(a) - Math.Exp(b))</c> is NaN at a = 1000, b = 999.
    /// </summary>
    /// <param name="a">The larger log-value.</param>
    /// <param name="b">The smaller log-value; may be −∞, then the result is <paramref name="a"/>.</param>
    /// <returns>
    /// log(eᵃ − eᵇ) within 3 ε of |a| + |log(1 − e^(b−a))| + |b − a| / |expm1(a − b)| (the terms of the sum and
    /// the rounding of b − a: relative to the result except where it is near 0, or a and b are far apart and
    /// large; see docs/stable-math.md).
    /// −∞ when a == b (finite or −∞); NaN when a &lt; b or a = b = +∞ (∞ − ∞); +∞ when a = +∞ &gt; b.
    /// </returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double LogDiffExp(double a, double b)
    {
        if (a > b)
        {
            // b = −∞ gives Log1mexp(−∞) = 0, and a = +∞ gives +∞: no special case needed.
            return a + Log1mexp(b - a);
        }

        if (a == b && !double.IsPositiveInfinity(a))
        {
            return double.NegativeInfinity;
        }

        return double.NaN;
    }

    /// <inheritdoc cref="LogDiffExp(double, double)"/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float LogDiffExp(float a, float b) => (float)LogDiffExp((double)a, (double)b);

    /// <summary>
    /// x·log y, defined as 0 when x == 0 and y is not NaN (also at y = 0, where the naive product is
    /// 0·(−∞) = NaN). Use it for entropy and cross-entropy terms whose weight can be exactly 0.
    /// </summary>
    /// <param name="x">The weight.</param>
    /// <param name="y">The argument of the logarithm, y ≥ 0.</param>
    /// <returns>x·log y within 2 ε relative; 0 when x == 0 and y is not NaN; NaN for y &lt; 0 and x ≠ 0.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Xlogy(double x, double y) =>
        x == 0.0 && !double.IsNaN(y) ? 0.0 : x * Math.Log(y);

    /// <inheritdoc cref="Xlogy(double, double)"/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float Xlogy(float x, float y) => (float)Xlogy((double)x, (double)y);

    /// <summary>
    /// x·log(1 + y), defined as 0 when x == 0 and y is not NaN (also at y = −1), with
    /// <see cref="Log1p(double)"/> so that tiny y keeps its digits.
    /// </summary>
    /// <param name="x">The weight.</param>
    /// <param name="y">The argument, y ≥ −1.</param>
    /// <returns>x·log(1 + y) within 3 ε relative; 0 when x == 0 and y is not NaN; NaN for y &lt; −1 and x ≠ 0.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Xlog1py(double x, double y) =>
        x == 0.0 && !double.IsNaN(y) ? 0.0 : x * Log1p(y);

    /// <inheritdoc cref="Xlog1py(double, double)"/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float Xlog1py(float x, float y) => (float)Xlog1py((double)x, (double)y);
}
