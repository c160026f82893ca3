using System;

namespace AutoDiffGen.Functional.Tests.Reference;

/// <summary>
/// Central finite differences. Only a coarse sanity check (error ~1e-10 relative at best, from
/// truncation plus cancellation), used to confirm that a closed form written in a test is itself right.
/// </summary>
internal static class FiniteDifference
{
    public static double Derivative(Func<double, double> f, double x)
    {
        double h = 1e-6 * Math.Max(1.0, Math.Abs(x));
        return (f(x + h) - f(x - h)) / (2 * h);
    }

    public static double Partial(Func<double[], double> f, double[] point, int index)
    {
        double h = 1e-6 * Math.Max(1.0, Math.Abs(point[index]));
        var p = (double[])point.Clone();
        p[index] = point[index] + h;
        double up = f(p);
        p[index] = point[index] - h;
        double down = f(p);
        return (up - down) / (2 * h);
    }
}
