using System;

namespace AutoDiffGen.Functional.Tests.Calls;

/// <summary>
/// The "double where" hazard: a partial that is NaN (Sqrt, Log of a negative) on a path that was not taken
/// must not poison the gradient through 0·NaN.
/// </summary>
public static partial class GuardFunctions
{
    [Differentiable]
    public static double GuardIf(double x)
    {
        double r = Math.Sqrt(x);
        double s = 0;
        if (x > 0) s = r;
        return s + x;
    }

    [Differentiable]
    public static double GuardTernary(double x)
    {
        double r = Math.Sqrt(x);
        double s = x > 0 ? r : 0;
        return s + x;
    }

    [Differentiable]
    public static double GuardLoop(double x, int n)
    {
        double r = Math.Log(x);
        double s = 0;
        for (int i = 0; i < n; i++)
        {
            if (x > 0) s += r * i;
        }
        return s + x;
    }

    // The NaN partial is computed inside the loop, on iterations where its value is then not used.
    [Differentiable]
    public static double GuardInsideLoop(double x, int n)
    {
        double s = 0;
        for (int i = 0; i < n; i++)
        {
            double r = Math.Sqrt(x - i);
            if (x > i) s += r;
        }
        return s + x;
    }
}
