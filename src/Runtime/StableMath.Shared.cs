using System;
using System.Runtime.CompilerServices;

namespace AutoDiffGen;

/// <summary>
/// Forms of <see cref="Sigmoid(double)"/>, <see cref="Softplus(double)"/>, <see cref="LogAddExp(double, double)"/>
/// and <see cref="Expm1(double)"/> that take their exponential as an argument. Generated code computes the
/// exponential once, in the forward pass, passes it here, and its backward pass reuses it, where calling
/// <c>Sigmoid</c> and then <c>SigmoidDerivative</c> would compute it twice. Same values, same accuracy; for
/// generated code, whose derivative rules rely on the argument being the exponential named below.
/// </summary>
/// <remarks>
/// The sigmoid picks between its two expressions by the sign of the argument with a bit mask, not a branch:
/// on inputs of random sign (logits) a branch is mispredicted half the time, which cost about as much as the
/// exponential (measured: stable/naive 1.56 with the branch, 1.04 with the mask). Softplus and log-add-exp
/// pick max(x, 0) with a plain conditional, which measured faster there than the mask (0.93 against 1.39).
/// </remarks>
public static partial class StableMath
{
    /// <summary>σ(x) given <paramref name="e"/> = e^−|x| (computed by the caller).</summary>
    /// <param name="x">The argument; only its sign is read.</param>
    /// <param name="e">e^−|x|, in [0, 1].</param>
    /// <returns>1/(1 + e) for x ≥ 0, e/(1 + e) below: σ(x) within 2 ε relative; NaN for a NaN x.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double SigmoidFromExp(double x, double e)
    {
        double r = 1.0 / (1.0 + e);
        return SelectBySign(x, r, e * r);
    }

    /// <inheritdoc cref="SigmoidFromExp(double, double)"/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float SigmoidFromExp(float x, float e) => (float)SigmoidFromExp((double)x, (double)e);

    /// <summary>
    /// σ′(x) = σ(x)σ(−x) = e/(1 + e)² given <paramref name="e"/> = e^−|x|: the input-based stable derivative,
    /// even in x, so it needs no sign.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double SigmoidDerivativeFromExp(double e)
    {
        double r = 1.0 / (1.0 + e);
        return e * r * r;
    }

    /// <inheritdoc cref="SigmoidDerivativeFromExp(double)"/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float SigmoidDerivativeFromExp(float e) => (float)SigmoidDerivativeFromExp((double)e);

    /// <summary>Softplus log(1 + eˣ) given <paramref name="e"/> = e^−|x|: max(x, 0) + log1p(e).</summary>
    /// <returns>Within 2 ε relative, as <see cref="Softplus(double)"/>; +∞ at +∞, 0 at −∞, NaN for a NaN x.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double SoftplusFromExp(double x, double e) => (x >= 0 ? x : double.IsNaN(x) ? x : 0.0) + Log1p(e);

    /// <inheritdoc cref="SoftplusFromExp(double, double)"/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float SoftplusFromExp(float x, float e) => (float)SoftplusFromExp((double)x, (double)e);

    /// <summary>log(eᵃ + eᵇ) given <paramref name="e"/> = e^−|a − b|: max(a, b) + log1p(e).</summary>
    /// <returns>As <see cref="LogAddExp(double, double)"/>, whose special cases (a = b = ±∞, NaN) it defers to.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double LogAddExpFromExp(double a, double b, double e)
    {
        // a == b: ln 2 in two parts, exact near a = −ln 2; e is NaN exactly when a − b is (a NaN, or a = b = ±∞).
        if (a == b || double.IsNaN(e)) return LogAddExp(a, b);
        return (a > b ? a : b) + Log1p(e);
    }

    /// <inheritdoc cref="LogAddExpFromExp(double, double, double)"/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float LogAddExpFromExp(float a, float b, float e) => (float)LogAddExpFromExp((double)a, (double)b, (double)e);

    /// <summary>
    /// ∂ log(eᵃ + eᵇ) / ∂a = σ(a − b) given <paramref name="e"/> = e^−|a − b|; with the arguments swapped, ∂/∂b.
    /// Where a − b is NaN it is <see cref="LogAddExpPartial(double, double)"/>: 0 when both are −∞ (trap T9).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double LogAddExpPartialFromExp(double self, double other, double e)
    {
        if (double.IsNaN(e)) return LogAddExpPartial(self, LogAddExp(self, other));
        return SigmoidFromExp(self - other, e);
    }

    /// <inheritdoc cref="LogAddExpPartialFromExp(double, double, double)"/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float LogAddExpPartialFromExp(float self, float other, float e) =>
        (float)LogAddExpPartialFromExp((double)self, (double)other, (double)e);

    /// <summary>eˣ − 1 given <paramref name="u"/> = eˣ as computed (rounded) by the caller.</summary>
    /// <returns>
    /// eˣ − 1 within 2 ε relative. In the kernel's range (2⁻⁵⁴ ≤ |x| &lt; 512) it is computed from x by the
    /// kernel of <see cref="Exp(double)"/>, ignoring u: generated code passes u = <c>StableMath.Exp(x)</c>, and
    /// the JIT evaluates the inlined kernel once for both. Elsewhere <c>u − 1</c> where that does not cancel
    /// (|x| above ln 2), a rational approximation of x alone below (<see cref="Expm1NearZero"/>).
    /// </returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Expm1FromExp(double x, double u)
    {
        if (!InExpKernelRange(x)) return Math.Abs(x) > Ln2Hi ? u - 1.0 : Expm1NearZero(x);
        double s = ExpKernel(x, out double t);
        return (s - 1.0) + s * t;
    }

    /// <inheritdoc cref="Expm1FromExp(double, double)"/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float Expm1FromExp(float x, float u) => (float)Expm1FromExp((double)x, (double)u);

    /// <summary>
    /// <paramref name="ifNonNegative"/> when the sign bit of <paramref name="x"/> is clear (x ≥ +0, or a NaN
    /// with the bit clear), <paramref name="ifNegative"/> when it is set (x ≤ −0): a select without a branch.
    /// Callers pass values that agree at ±0 and are NaN for a NaN x, so the edge cases do not matter.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double SelectBySign(double x, double ifNonNegative, double ifNegative)
    {
        long negative = BitConverter.DoubleToInt64Bits(x) >> 63; // all ones or all zeros
        long bits = (BitConverter.DoubleToInt64Bits(ifNonNegative) & ~negative) | (BitConverter.DoubleToInt64Bits(ifNegative) & negative);
        return BitConverter.Int64BitsToDouble(bits);
    }
}

public static partial class StableMath
{
    /// <summary>x·log y given <paramref name="logY"/> = log y: 0 when x == 0 and y is not NaN, as <see cref="Xlogy(double, double)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double XlogyFromLog(double x, double y, double logY) => x == 0.0 && !double.IsNaN(y) ? 0.0 : x * logY;

    /// <inheritdoc cref="XlogyFromLog(double, double, double)"/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float XlogyFromLog(float x, float y, float logY) => x == 0f && !float.IsNaN(y) ? 0f : x * logY;

    /// <summary>
    /// √s of a sum of squares that a generated gradient summed in a loop (R18): <c>Math.Sqrt(s)</c>, read by
    /// generated code so that its rule, unlike <c>Math.Sqrt</c>'s, gives a norm the gradient 0 at the origin.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double SqrtOfSumOfSquares(double s) => Math.Sqrt(s);

    /// <inheritdoc cref="SqrtOfSumOfSquares(double)"/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float SqrtOfSumOfSquares(float s) => MathF.Sqrt(s);
}
