using System;

namespace AutoDiffGen.Functional.Tests.Suite;

// Polynomials, rational functions, products and quotients (Clad test/Gradient, Swift AD tests style).
public static partial class SuiteFunctions
{
    [Differentiable] public static double Cubic(double x) => 3 * x * x * x - 2 * x * x + x - 7;

    [Differentiable]
    public static double HornerQuartic(double x)
    {
        double p = 2;
        p = p * x + 3;
        p = p * x - 5;
        p = p * x + 1;
        p = p * x - 0.5;
        return p;
    }

    [Differentiable] public static double Rational(double x) => (x * x + 1) / (x * x * x - 2 * x + 5);

    [Differentiable] public static double RationalTwo(double x, double y) => (x * y + 1) / (x - y * y + 3);

    [Differentiable] public static double ProductOfFour(double a, double b, double c, double d) => a * b * c * d;

    [Differentiable] public static double DivisionOfSums(double a, double b, double c, double d) => (a + b) / (c + d) + (a - c) / (b * d);

    // Clad's f_add / f_mult / f_cubed_add style, in one.
    [Differentiable] public static double CladMix(double x, double y) => x * x * x + y * y * y + x * y - x / y;

    [Differentiable] public static double SumOfSquaresFive(double a, double b, double c, double d, double e) => a * a + b * b + c * c + d * d + e * e - a * e;

    // Quadratic formula's larger root.
    [Differentiable] public static double QuadraticRoot(double a, double b, double c) => (-b + Math.Sqrt(b * b - 4 * a * c)) / (2 * a);

    // Many locals, each reused several times.
    [Differentiable]
    public static double ManyLocals(double x, double y)
    {
        double a = x * y;
        double b = a + x;
        double c = a * b - y;
        double d = c / (1 + b * b);
        double e = d * a + c * b;
        double f = e - d * d + a;
        return f * b + e * c - a * d;
    }
}
