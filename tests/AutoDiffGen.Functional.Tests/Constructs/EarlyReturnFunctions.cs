using System;

namespace AutoDiffGen.Functional.Tests.Constructs;

/// <summary>Early returns in several shapes.</summary>
public static partial class EarlyReturnFunctions
{
    [Differentiable]
    public static double ReturnChain(double x)
    {
        if (x < -1) return -x * x;
        if (x < 0) return x * x * x;
        if (x < 1) return Math.Sin(x);
        return Math.Exp(x);
    }

    [Differentiable]
    public static double ReturnInNestedIf(double x, double y)
    {
        double a = x * y;
        if (x > 0)
        {
            if (y > 0)
            {
                return a * a;
            }
            a = a + x;
        }
        return a * y;
    }

    [Differentiable]
    public static double IfElseBothReturn(double x)
    {
        if (x > 0)
        {
            return Math.Sqrt(x);
        }
        else
        {
            return -x * x * x;
        }
    }

    // Reassignment before and after the early-return test.
    [Differentiable]
    public static double ReturnAfterReassign(double x)
    {
        double a = x * 2;
        if (a > 3)
        {
            a = a * a;
            return a + x;
        }
        a = Math.Exp(a);
        return a;
    }

    // The early return uses a value computed before it; the fall-through path overwrites it.
    [Differentiable]
    public static double ReturnThenOverwrite(double x, double y)
    {
        double t = Math.Sin(x) * y;
        if (t > 0.5) return t;
        t = t * t + x;
        if (t > 0.2) return t * y;
        return t - y;
    }

    // f ≡ 0 for x ≤ 0, so f'(x) = 0 there; sqrt(x) is computed before the test but not used on that path.
    [Differentiable]
    public static double UnusedSqrtBeforeEarlyReturn(double x)
    {
        double r = Math.Sqrt(x);
        if (x <= 0) return 0;
        return r;
    }
}
