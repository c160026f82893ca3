using System;

namespace AutoDiffGen.Functional.Tests.Suite;

// Classic optimisation test functions.
public static partial class SuiteFunctions
{
    [Differentiable] public static double Rosenbrock(double x, double y) => (1 - x) * (1 - x) + 100 * (y - x * x) * (y - x * x);

    [Differentiable]
    public static double Rosenbrock4(double a, double b, double c, double d)
    {
        double t1 = b - a * a;
        double t2 = c - b * b;
        double t3 = d - c * c;
        return 100 * (t1 * t1 + t2 * t2 + t3 * t3) + (1 - a) * (1 - a) + (1 - b) * (1 - b) + (1 - c) * (1 - c);
    }

    [Differentiable]
    public static double Himmelblau(double x, double y)
    {
        double u = x * x + y - 11;
        double v = x + y * y - 7;
        return u * u + v * v;
    }

    [Differentiable]
    public static double Beale(double x, double y)
    {
        double a = 1.5 - x + x * y;
        double b = 2.25 - x + x * y * y;
        double c = 2.625 - x + x * y * y * y;
        return a * a + b * b + c * c;
    }

    [Differentiable] public static double Booth(double x, double y) => (x + 2 * y - 7) * (x + 2 * y - 7) + (2 * x + y - 5) * (2 * x + y - 5);

    [Differentiable]
    public static double Ackley(double x, double y)
    {
        double r = Math.Sqrt(0.5 * (x * x + y * y));
        double c = 0.5 * (Math.Cos(2 * Math.PI * x) + Math.Cos(2 * Math.PI * y));
        return -20 * Math.Exp(-0.2 * r) - Math.Exp(c) + Math.E + 20;
    }

    [Differentiable] public static double Rastrigin(double x, double y) => 20 + x * x - 10 * Math.Cos(2 * Math.PI * x) + y * y - 10 * Math.Cos(2 * Math.PI * y);

    [Differentiable]
    public static double Branin(double x, double y)
    {
        const double b = 5.1 / (4 * Math.PI * Math.PI);
        const double c = 5 / Math.PI;
        const double t = 1 / (8 * Math.PI);
        double u = y - b * x * x + c * x - 6;
        return u * u + 10 * (1 - t) * Math.Cos(x) + 10;
    }
}
