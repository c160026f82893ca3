using System;
using System.Runtime.CompilerServices;

namespace AutoDiffGen;

// Elementary functions whose textbook formula overflows, underflows or cancels: hypot, log cosh,
// log(1 + x²), 1 − cos x, sin x / x and √(1 + x) − 1.
public static partial class StableMath
{
    // Powers of two for exact rescaling: squares of magnitudes in [2⁻⁴⁵⁰, 2⁴⁵⁰] neither overflow nor lose
    // anything that matters; outside, the inputs are multiplied by 2∓⁶⁰⁰ first (exact) and the result back.
    private const double SquareSafeMax = 2.9073548971824276e+135; // 2^450
    private const double SquareSafeMin = 3.4395525670743494e-136; // 2^-450
    private const long SquareSafeMaxBits = (1023L + 450) << 52;
    private const long SquareSafeMinBits = (1023L - 450) << 52;
    private const double ScaleUp = 4.149515568880993e+180; // 2^600
    private const double ScaleDown = 2.409919865102884e-181; // 2^-600

    /// <summary>
    /// √(x² + y²) without overflow or underflow of the squares (rescaled by an exact power of two when
    /// needed). The naive <c>Math.Sqrt(x*x + y*y)</c> is +∞ at (1e200, 1e200) and 0 at (3e−200, 4e−200).
    /// </summary>
    /// <param name="x">The first coordinate.</param>
    /// <param name="y">The second coordinate.</param>
    /// <returns>√(x² + y²) within 2 ε relative; +∞ if either is infinite (even if the other is NaN, as IEEE
    /// hypot), else NaN if either is NaN; 0 at (0, 0).</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Hypot(double x, double y)
    {
        x = Math.Abs(x);
        y = Math.Abs(y);
        // The larger magnitude, and its range test, on the bit patterns: non-negative doubles (and NaN above
        // +∞) order as their bits do, and integer max and range compare need no branch; `x > y ? x : y`
        // is mispredicted half the time on random inputs, which costs about what the square root does.
        long bits = Math.Max(BitConverter.DoubleToInt64Bits(x), BitConverter.DoubleToInt64Bits(y));
        if ((ulong)(bits - SquareSafeMinBits) <= SquareSafeMaxBits - SquareSafeMinBits)
        {
            return Math.Sqrt(x * x + y * y);
        }

        return HypotScaled(x, y, BitConverter.Int64BitsToDouble(bits));
    }

    /// <summary>Hypot's rare path: zero, huge, tiny, infinite or NaN magnitudes.</summary>
    private static double HypotScaled(double x, double y, double a)
    {
        if (double.IsPositiveInfinity(x) || double.IsPositiveInfinity(y))
        {
            return double.PositiveInfinity;
        }

        if (double.IsNaN(x) || double.IsNaN(y))
        {
            return double.NaN;
        }

        if (a == 0.0)
        {
            return 0.0;
        }

        double scale = a > SquareSafeMax ? ScaleDown : ScaleUp;
        x *= scale;
        y *= scale;
        return Math.Sqrt(x * x + y * y) / scale;
    }

    /// <inheritdoc cref="Hypot(double, double)"/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float Hypot(float x, float y)
    {
        // The squares of floats cannot overflow or underflow in double.
        double dx = x, dy = y;
        if (float.IsPositiveInfinity(Math.Abs(x)) || float.IsPositiveInfinity(Math.Abs(y)))
        {
            return float.PositiveInfinity;
        }

        return (float)Math.Sqrt(dx * dx + dy * dy);
    }

    /// <summary>
    /// log cosh x: log1p(2 sinh²(x/2)) for |x| &lt; 1 (relative accuracy for small x, where cosh x rounds to
    /// 1), |x| + log1p(e^−2|x|) − ln 2 beyond (no overflow). The naive <c>Math.Log(Math.Cosh(x))</c> is +∞ at
    /// x = 800 and 0 at x = 1e−10.
    /// </summary>
    /// <param name="x">The argument.</param>
    /// <returns>log cosh x within 3 ε relative (absolute near the subnormal range, below |x| ≈ 2e−154);
    /// +∞ at ±∞.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double LogCosh(double x)
    {
        double a = Math.Abs(x);
        if (a < 1.0)
        {
            double s = Math.Sinh(0.5 * a);
            return Log1p(2.0 * s * s);
        }

        // a − Ln2Hi is exact up to a = 2 ln 2 and the error of Ln2Hi is below half an ulp of the result.
        return (a - Ln2Hi) + Log1p(Math.Exp(-2.0 * a));
    }

    /// <inheritdoc cref="LogCosh(double)"/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float LogCosh(float x) => (float)LogCosh((double)x);

    /// <summary>
    /// log(1 + x²) (catalogue R23, TFP's <c>log1psquare</c>): 2·log|x| once 1 + x² rounds to x²
    /// (|x| &gt; 2²⁶), log1p(x²) below. The naive <c>Math.Log(1 + x*x)</c> is +∞ at x = 1e200 and 0 at 1e−10.
    /// </summary>
    /// <param name="x">The argument.</param>
    /// <returns>log(1 + x²) within 2 ε relative (absolute for subnormal results, |x| &lt; 2e−154); +∞ at ±∞.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Log1pSquare(double x)
    {
        double a = Math.Abs(x);
        return a > 67108864.0 ? 2.0 * Math.Log(a) : Log1p(a * a);
    }

    /// <inheritdoc cref="Log1pSquare(double)"/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float Log1pSquare(float x) => (float)Log1pSquare((double)x);

    /// <summary>
    /// 1 − cos x, as 2·sin²(x/2) (no cancellation near x = 0 or near multiples of 2π). The naive
    /// <c>1 - Math.Cos(x)</c> is 0 at x = 1e−8 (exact 5e−17).
    /// </summary>
    /// <param name="x">The argument, in radians.</param>
    /// <returns>1 − cos x within 3 ε relative (absolute for subnormal results, |x| &lt; 2e−154); NaN at ±∞.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double OneMinusCos(double x)
    {
        double s = Math.Sin(0.5 * x);
        return 2.0 * s * s;
    }

    /// <inheritdoc cref="OneMinusCos(double)"/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float OneMinusCos(float x) => (float)OneMinusCos((double)x);

    /// <summary>
    /// The unnormalised sinc, sin(x)/x, with the removable singularity filled: 1 − x²/6 for |x| &lt; 1e−4
    /// (the next Taylor term is below 1e−18 relative). The naive <c>Math.Sin(x) / x</c> is NaN at 0.
    /// </summary>
    /// <param name="x">The argument, in radians.</param>
    /// <returns>sin(x)/x within 2 ε relative; 1 at 0; 0 at ±∞ (the limit).</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Sinc(double x)
    {
        double a = Math.Abs(x);
        if (a < 1e-4)
        {
            return 1.0 - x * x * (1.0 / 6.0);
        }

        return double.IsPositiveInfinity(a) ? 0.0 : Math.Sin(x) / x;
    }

    /// <inheritdoc cref="Sinc(double)"/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float Sinc(float x) => (float)Sinc((double)x);

    /// <summary>
    /// √(1 + x) − 1, as x / (√(1 + x) + 1), which does not cancel. The naive <c>Math.Sqrt(1 + x) - 1</c> is 0
    /// at x = 1e−17 and off by 8e−8 relative at 1e−10.
    /// </summary>
    /// <param name="x">The argument, x ≥ −1.</param>
    /// <returns>√(1 + x) − 1 within 2 ε relative; −1 at x = −1, NaN below, +∞ at +∞.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Sqrt1pm1(double x) =>
        double.IsPositiveInfinity(x) ? x : x / (Math.Sqrt(1.0 + x) + 1.0);

    /// <inheritdoc cref="Sqrt1pm1(double)"/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float Sqrt1pm1(float x) => (float)Sqrt1pm1((double)x);
}
