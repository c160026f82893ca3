using System;

namespace AutoDiffGen.Functional.Tests.Custom;

/// <summary>Hand-written backward rules ([BackwardOf]) and Gradient.Stop.</summary>
public static partial class CustomFunctions
{
    // A method the generator cannot read (a loop-free series it has no rule for would do as well):
    // here, the error function by a rational approximation, differentiated by its closed form 2/√π·e^(−x²).
    public static double Erf(double x)
    {
        // Abramowitz–Stegun 7.1.26 is not accurate enough for tests; use the series for |x| ≤ 3.
        double sum = x, term = x;
        for (int n = 1; n < 60; n++)
        {
            term *= -x * x / n;
            sum += term / (2 * n + 1);
        }
        return 2.0 / Math.Sqrt(Math.PI) * sum;
    }

    [BackwardOf(nameof(Erf))]
    public static double ErfBackward(double x, double seed, ref double dX)
    {
        dX += seed * 2.0 / Math.Sqrt(Math.PI) * Math.Exp(-x * x);
        return Erf(x);
    }

    // Calls through the rule, inside an ordinary differentiable expression.
    [Differentiable]
    public static double GaussianCdf(double x, double mu, double sigma) => 0.5 * (1.0 + Erf((x - mu) / (sigma * Math.Sqrt(2.0))));

    // A rule that overrides the generated derivative of a [Differentiable] method: a "straight-through"
    // estimator, the derivative of Round taken as 1.
    [Differentiable]
    public static double Quantize(double x) => Math.Round(x * 4.0) / 4.0;

    [BackwardOf(nameof(Quantize))]
    public static double StraightThrough(double x, double seed, ref double dX)
    {
        dX += seed;
        return Quantize(x);
    }

    [Differentiable]
    public static double QuantizedSquare(double x) => Quantize(x) * x;

    // A rule for a library method, declared next to its caller; [NoDiff] parameters get no accumulator.
    [BackwardOf(typeof(Math), nameof(Math.ScaleB))]
    public static double ScaleBBackward(double x, int n, double seed, ref double dX)
    {
        dX += seed * Math.ScaleB(1.0, n);
        return Math.ScaleB(x, n);
    }

    [Differentiable]
    public static double Scaled(double x, int n) => Math.ScaleB(x * x, n);

    // Stop-gradient: the target is treated as a constant; the residual's gradient flows only through x.
    [Differentiable]
    public static double StopTarget(double x, double w) => (w * x - Gradient.Stop(w * 2.0)) * (w * x - Gradient.Stop(w * 2.0));

    [Differentiable]
    public static float StopFloat(float x) => x * Gradient.Stop(x * x);
}
