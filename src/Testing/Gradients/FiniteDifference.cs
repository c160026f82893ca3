using System;

namespace AutoDiffGen.Testing;

/// <summary>
/// Central differences improved by one Richardson step: with D(h) = (f(x+h) − f(x−h)) / 2h, the estimate
/// (4·D(h/2) − D(h)) / 3 cancels the h² error term, leaving O(h⁴). The step is scaled to |x| (a fixed step
/// is too small for large x and too large for small x), and rounded so that x ± h is exact.
/// </summary>
internal static class FiniteDifference
{
    /// <summary>
    /// Truncation error ~h⁴ and rounding error ~ε/h balance near h ≈ ε^(1/5): 1e-3 in double precision,
    /// ~4e-2 in single precision (where 1e-2 keeps the truncation error small on curved functions).
    /// </summary>
    public static double Step(double x, bool singlePrecision)
    {
        double scale = Math.Max(1.0, Math.Abs(x));
        double h = (singlePrecision ? 1e-2 : 1e-3) * scale;
        // x + h − x is the step actually taken once x + h is rounded to the parameter's precision.
        return singlePrecision ? (float)((float)x + (float)h) - (float)x : (x + h) - x;
    }

    /// <summary>The derivative of <paramref name="f"/> at <paramref name="x"/>.</summary>
    public static double Derivative(Func<double, double> f, double x, bool singlePrecision)
    {
        double h = Step(x, singlePrecision);
        double coarse = (f(x + h) - f(x - h)) / (2 * h);
        double fine = (f(x + h / 2) - f(x - h / 2)) / h;
        return (4 * fine - coarse) / 3;
    }
}
