using System;

namespace AutoDiffGen.Functional.Tests.Calls;

/// <summary>Calls in less common positions: array elements as arguments, loops on both sides, ternaries, float callees.</summary>
public static partial class CallShapeFunctions
{
    [Differentiable]
    public static double Square(double v) => v * v;

    [Differentiable]
    public static float HalfCube(float v) => 0.5f * v * v * v;

    // The callee has its own loop (its own tape) and is called from inside the caller's loop.
    [Differentiable]
    public static double Iterate(double v, int k)
    {
        double r = v;
        for (int i = 0; i < k; i++)
        {
            r = Math.Sin(r) + v;
        }
        return r;
    }

    // An array element as the argument: the callee's adjoint must land in dXs[i].
    [Differentiable]
    public static double SumOfSquares(double[] xs, double w)
    {
        double s = 0;
        for (int i = 0; i < xs.Length; i++)
        {
            s += Square(xs[i] * w);
        }
        return s;
    }

    [Differentiable]
    public static double NestedTapes(double x, int n)
    {
        double s = 0;
        for (int i = 0; i < n; i++)
        {
            s = Iterate(s * 0.5 + x, i);
        }
        return s;
    }

    // Recursion through a ternary.
    [Differentiable]
    public static double PowerTernary(double x, int n) => n == 0 ? 1 : x * PowerTernary(x, n - 1);

    // A float callee from a double caller, through casts.
    [Differentiable]
    public static double FloatCallee(double x) => HalfCube((float)x) * x;

    // A call as an argument of a call.
    [Differentiable]
    public static double Nested(double x, double y) => Square(Square(x) + Iterate(y, 2));
}
