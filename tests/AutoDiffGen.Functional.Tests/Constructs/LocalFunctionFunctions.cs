using System;

namespace AutoDiffGen.Functional.Tests.Constructs;

/// <summary>Expression-bodied local functions, inlined where they are called.</summary>
public static partial class LocalFunctionFunctions
{
    [Differentiable]
    public static double Squares(double x, double y)
    {
        static double Sq(double v) => v * v;
        double Scaled(double v) => v * y; // captures y
        double s = Sq(Math.Sin(x)) + Scaled(Sq(x));
        for (int i = 0; i < 3; i++) s = Scaled(s) + Sq(i * x);
        return s;
    }

    [Differentiable]
    public static float Nested(float x)
    {
        static float Inner(float v) => MathF.Exp(v) - v;
        static float Outer(float v, float w) => Inner(v * w) + w;
        return Outer(x, 2f * x);
    }

    /// <summary>Lambdas held by locals: inlined like local functions; the captured a is read at each call.</summary>
    [Differentiable]
    public static double Lambdas(double a, double b)
    {
        var add = (double t, double k) => t + k;
        Func<double, double> scaledSquare = v => v * v * a;
        double s = scaledSquare(add(a, b)) + scaledSquare(a);
        a = 2;
        return s + scaledSquare(1);
    }

    /// <summary>Local functions and a lambda with statements in their bodies, inlined as statements; Add changes a captured local.</summary>
    [Differentiable]
    public static double StatementBodies(double x, double y)
    {
        double total = 0;
        double Square(double v)
        {
            double w = v * y;
            return w * w;
        }
        void Add(double v) { total += v; }
        Func<double, double> sinSquared = v => { double t = Math.Sin(v); return t * t; };
        for (int i = 0; i < 3; i++) Add(Square(x + i));
        return total + sinSquared(x) + Square(2);
    }
}
