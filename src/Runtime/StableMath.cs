using System;
using System.Runtime.CompilerServices;

namespace AutoDiffGen;

/// <summary>
/// Numerically stable forms of formulas that break in IEEE <see cref="double"/> when written naively
/// (<c>Math.Log(1 + Math.Exp(x))</c>, <c>1 / (1 + Math.Exp(-x))</c>, <c>Math.Log(Σ Math.Exp(xᵢ))</c>, …).
/// Call them directly in <c>[Differentiable]</c> code; the generator also emits them when it rewrites a
/// fragile formula, and its derivative rules call the derivative helpers here.
/// </summary>
/// <remarks>
/// Accuracy is stated against 60-digit mpmath references on log-spaced inputs |x| ∈ [1e−30, 1e10]
/// (see <c>docs/stable-math.md</c> for the measured worst errors). ε = 2⁻⁵² ≈ 2.22e−16. Every function
/// propagates NaN. <see cref="float"/> overloads compute in <see cref="double"/> and round once, so they are
/// within one float ulp of the exact result. None of them calls <c>double.LogP1</c> or <c>double.ExpM1</c>,
/// which are naive in .NET (dotnet/runtime #77979).
/// </remarks>
public static partial class StableMath
{
    /// <summary>The double nearest ln 2.</summary>
    private const double Ln2Hi = 0.6931471805599453;

    /// <summary>ln 2 − <see cref="Ln2Hi"/>: with it, x − ln 2 is exact to double precision near ln 2.</summary>
    private const double Ln2Lo = 2.3190468138462996e-17;

    /// <summary>
    /// log(1 + x), accurate for tiny |x| where <c>Math.Log(1 + x)</c> and <c>double.LogP1</c> lose every digit
    /// (both return 0 at x = 1e−17).
    /// </summary>
    /// <param name="x">The argument, x ≥ −1.</param>
    /// <returns>
    /// log(1 + x) within 2 ε relative. −∞ at x = −1, NaN for x &lt; −1, +∞ at +∞; x itself (sign of zero kept)
    /// when 1 + x rounds to 1.
    /// </returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Log1p(double x)
    {
        double u = 1.0 + x;
        if (u == 1.0)
        {
            return x;
        }

        // +∞ and NaN: the correction factor below would be ∞/∞.
        if (!(u < double.PositiveInfinity))
        {
            return Math.Log(u);
        }

        // Goldberg: u − 1 is exact, so x / (u − 1) corrects the rounding of 1 + x.
        return Math.Log(u) * (x / (u - 1.0));
    }

    /// <inheritdoc cref="Log1p(double)"/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float Log1p(float x) => (float)Log1p((double)x);

    /// <summary>
    /// eˣ − 1, accurate for tiny |x| where <c>Math.Exp(x) - 1</c> and <c>double.ExpM1</c> lose digits
    /// (relative error 8e−8 at x = 1e−10, and 0 at 1e−17).
    /// </summary>
    /// <param name="x">The argument.</param>
    /// <returns>eˣ − 1 within 2 ε relative; −1 at −∞, +∞ above ln(DBL_MAX) ≈ 709.78.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Expm1(double x)
    {
        // The exponential kernel (StableMath.Exp.cs) for 2⁻⁵⁴ ≤ |x| < 512, branch-free in between. Outside:
        // |eˣ − 1| ≥ 1/2 above ln 2, so the subtraction does not cancel and keeps the −1 and +∞ limits; tiny x
        // (and ±0, whose sign is kept) by the rational form.
        if (!InExpKernelRange(x)) return Math.Abs(x) > Ln2Hi ? Math.Exp(x) - 1.0 : Expm1NearZero(x);
        double s = ExpKernel(x, out double t);
        return (s - 1.0) + s * t;
    }

    /// <summary>
    /// eˣ − 1 for |x| ≤ ln 2 (and NaN) without an exponential, used where the kernel is not (|x| &lt; 2⁻⁵⁴, NaN): the [7/7] Padé approximant of eˣ, P(x)/P(−x),
    /// minus 1. With P = E + O split into even and odd parts, eˣ − 1 = 2O/(E − O) = x·(1 + x·N/(E − O)) where
    /// N = (2O − x(E − O))/x² is again a polynomial; all coefficients are exact fractions. The approximant's error is below
    /// 1e−18 relative on this range, and the last form keeps the sign of a zero and rounds to within 1.3 ε
    /// (measured against mpmath on 200,000 points), better than Kahan's (u − 1)·x / log u with u = eˣ.
    /// </summary>
    private static double Expm1NearZero(double x)
    {
        double z = x * x;
        double oddOverX = 0.5 + z * (5.0 / 312 + z * (1.0 / 11440 + z * (1.0 / 17297280)));
        double even = 1.0 + z * (3.0 / 26 + z * (5.0 / 3432 + z * (1.0 / 308880)));
        double n = oddOverX - x * (1.0 / 12 + z * (1.0 / 780 + z * (1.0 / 320320)));
        return x * (1.0 + x * n / (even - x * oddOverX));
    }

    /// <inheritdoc cref="Expm1(double)"/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float Expm1(float x) => (float)Expm1((double)x);

    /// <summary>
    /// log(1 − eˣ) for x ≤ 0 (Mächler 2012: <c>log(−expm1(x))</c> above −ln 2, <c>log1p(−eˣ)</c> below).
    /// The naive <c>Math.Log(1 - Math.Exp(x))</c> returns −∞ at x = −1e−20 and 0 at x = −40.
    /// </summary>
    /// <param name="x">The argument, x ≤ 0.</param>
    /// <returns>log(1 − eˣ) within 2 ε relative; −∞ at x = 0, 0 at −∞, NaN for x &gt; 0.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Log1mexp(double x) =>
        x > -Ln2Hi ? Math.Log(-Expm1(x)) : Log1p(-Math.Exp(x));

    /// <inheritdoc cref="Log1mexp(double)"/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float Log1mexp(float x) => (float)Log1mexp((double)x);
}
