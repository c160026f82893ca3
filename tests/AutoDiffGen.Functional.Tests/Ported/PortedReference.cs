using System;
using System.Numerics;
using AutoDiffGen.Functional.Tests.Reference;

namespace AutoDiffGen.Functional.Tests.Ported;

/// <summary>
/// The two independent references for a partial derivative, with the tolerance each one warrants:
/// complex step (exact to rounding for analytic code) and Richardson-extrapolated central differences
/// (truncation O(h⁴), so ~1e-9 relative in double and ~1e-5 in float, for smooth functions away from kinks).
/// </summary>
internal static class PortedReference
{
    public static double ComplexStepPartial(Func<Complex[], Complex> f, double[] point, int index) =>
        ComplexStep.Partial(f, point, index);

    /// <summary>
    /// (4·D(h/2) − D(h)) / 3 with D the central difference. h is a power of two, so x ± h and x ± h/2 are
    /// exact for the float test points too (multiples of 1/128), and the step taken is the step divided by.
    /// </summary>
    public static double RichardsonPartial(Func<double[], double> f, double[] point, int index, bool isFloat)
    {
        double scale = Math.Max(1.0, Math.Abs(point[index]));
        double h = Math.ScaleB(1.0, Math.ILogB(scale) - (isFloat ? 6 : 10));
        double d1 = Central(f, point, index, h);
        double d2 = Central(f, point, index, h / 2);
        return (4 * d2 - d1) / 3;
    }

    private static double Central(Func<double[], double> f, double[] point, int index, double h)
    {
        var p = (double[])point.Clone();
        p[index] = point[index] + h;
        double up = f(p);
        p[index] = point[index] - h;
        double down = f(p);
        return (up - down) / (2 * h);
    }

    /// <summary>The bound |actual − expected| ≤ max(rel·|expected|, abs·scale) for a reference and precision.</summary>
    public static (double Rel, double Abs) Tolerance(bool complexStep, bool isFloat) => (complexStep, isFloat) switch
    {
        (true, false) => (1e-12, 1e-13),
        (true, true) => (1e-5, 1e-6),
        (false, false) => (1e-7, 1e-8),
        (false, true) => (2e-3, 1e-3),
    };
}
