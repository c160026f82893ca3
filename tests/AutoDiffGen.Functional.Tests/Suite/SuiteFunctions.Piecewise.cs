using System;

namespace AutoDiffGen.Functional.Tests.Suite;

// Piecewise functions with ifs, early returns and kinks (checked away from the kinks).
public static partial class SuiteFunctions
{
    [Differentiable]
    public static double Huber(double r, double delta)
    {
        double a = Math.Abs(r);
        if (a <= delta) return 0.5 * r * r;
        return delta * (a - 0.5 * delta);
    }

    [Differentiable]
    public static double LeakyReluSquared(double x, double w)
    {
        double z = w * x;
        double h;
        if (z > 0) h = z;
        else h = 0.01 * z;
        return h * h + h;
    }

    [Differentiable]
    public static double Smoothstep(double x, double lo, double hi)
    {
        double t = Math.Clamp((x - lo) / (hi - lo), 0.0, 1.0);
        return t * t * (3 - 2 * t);
    }

    [Differentiable]
    public static double PiecewiseCubicSpline(double x)
    {
        if (x < -1) return 2 * x + 1;
        if (x < 1)
        {
            double u = x + 1;
            return -1 + 2 * u - 0.25 * u * u * u + 0.1 * u * u;
        }
        double v = x * x;
        return v * Math.Log(x + 1) - Math.Sqrt(v + 3);
    }

    [Differentiable] public static double MaxMinBlend(double x, double y) => Math.Max(x * y, x + y) - 0.5 * Math.Min(x * x, y);
}
