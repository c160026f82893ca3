using System;
using System.Runtime.CompilerServices;

namespace AutoDiffGen;

/// <summary>
/// Forms of <see cref="Sigmoid(double)"/> and <see cref="Expm1(double)"/> that take the exponential
/// as an argument. Generated code computes the exponential once, in the forward pass, passes it here,
/// and its backward pass reuses it (d eˣ = eˣ), where calling <c>Sigmoid</c> and then
/// <c>SigmoidDerivative</c> would compute it twice. Same values, same accuracy; for generated code.
/// </summary>
public static partial class StableMath
{
    /// <summary>σ(x) given <paramref name="e"/> = e^−|x| (computed by the caller).</summary>
    /// <param name="x">The argument; only its sign is read.</param>
    /// <param name="e">e^−|x|, in [0, 1].</param>
    /// <returns>1/(1 + e) for x ≥ 0, e/(1 + e) below: σ(x) within 2 ε relative; NaN for a NaN x.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double SigmoidFromExp(double x, double e) => x >= 0 ? 1.0 / (1.0 + e) : e / (1.0 + e);

    /// <inheritdoc cref="SigmoidFromExp(double, double)"/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float SigmoidFromExp(float x, float e) => (float)SigmoidFromExp((double)x, (double)e);

    /// <summary>
    /// ∂σ/∂e for <see cref="SigmoidFromExp(double, double)"/>: −1/(1 + e)² for x ≥ 0, 1/(1 + e)² below.
    /// Times ∂e/∂x (−e, or e) it is σ(x)σ(−x) = e/(1 + e)², the input-based stable derivative.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double SigmoidFromExpPartial(double x, double e)
    {
        double d = 1.0 + e;
        return x >= 0 ? -1.0 / (d * d) : 1.0 / (d * d);
    }

    /// <inheritdoc cref="SigmoidFromExpPartial(double, double)"/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float SigmoidFromExpPartial(float x, float e) => (float)SigmoidFromExpPartial((double)x, (double)e);

    /// <summary>eˣ − 1 given <paramref name="u"/> = eˣ as computed (rounded) by the caller.</summary>
    /// <returns>
    /// eˣ − 1 within 2 ε relative: <c>u − 1</c> where that does not cancel (|x| above ln 2), Kahan's
    /// (u − 1)·x / log u near 0, whose rounding error of u cancels between numerator and denominator.
    /// </returns>
    public static double Expm1FromExp(double x, double u)
    {
        double ax = Math.Abs(x);
        if (ax < 1e-5) return x + x * x * (0.5 + x * (1.0 / 6.0));
        if (ax > Ln2Hi || double.IsNaN(x)) return u - 1.0;
        return (u - 1.0) * x / Math.Log(u);
    }

    /// <inheritdoc cref="Expm1FromExp(double, double)"/>
    public static float Expm1FromExp(float x, float u)
    {
        // A float u is rounded to float, not to double: Kahan's correction needs the rounded value it
        // was given, and the double arithmetic keeps the result well within a float ulp.
        double ax = Math.Abs((double)x);
        if (ax < 1e-5) return (float)(x + (double)x * x * 0.5);
        if (ax > Ln2Hi || float.IsNaN(x)) return (float)((double)u - 1.0);
        return u == 1f ? x : (float)(((double)u - 1.0) * x / Math.Log(u));
    }
}

public static partial class StableMath
{
    /// <summary>Softplus log(1 + eˣ) given <paramref name="e"/> = e^−|x|: max(x, 0) + log1p(e).</summary>
    /// <returns>Within 2 ε relative, as <see cref="Softplus(double)"/>; +∞ at +∞, 0 at −∞, NaN for a NaN x.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double SoftplusFromExp(double x, double e) => (x >= 0 ? x : double.IsNaN(x) ? x : 0.0) + Log1p(e);

    /// <inheritdoc cref="SoftplusFromExp(double, double)"/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float SoftplusFromExp(float x, float e) => (float)SoftplusFromExp((double)x, (double)e);

    /// <summary>x·log y given <paramref name="logY"/> = log y: 0 when x == 0 and y is not NaN, as <see cref="Xlogy(double, double)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double XlogyFromLog(double x, double y, double logY) => x == 0.0 && !double.IsNaN(y) ? 0.0 : x * logY;

    /// <inheritdoc cref="XlogyFromLog(double, double, double)"/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float XlogyFromLog(float x, float y, float logY) => x == 0f && !float.IsNaN(y) ? 0f : x * logY;
}
