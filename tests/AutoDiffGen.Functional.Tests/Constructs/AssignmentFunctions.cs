using System;

namespace AutoDiffGen.Functional.Tests.Constructs;

/// <summary>Locals and parameters that are overwritten, updated in place, incremented.</summary>
public static partial class AssignmentFunctions
{
    // sin((x+1)²): each reassignment must read the previous version, not the final one.
    [Differentiable]
    public static double ReassignLocal(double x)
    {
        double y = x + 1;
        y = y * y;
        y = Math.Sin(y);
        return y;
    }

    // x⁴ by squaring the parameter twice in place.
    [Differentiable]
    public static double SelfSquareParameter(double x)
    {
        x = x * x;
        x = x * x;
        return x;
    }

    // (2x)² = 4x²: a reassigned parameter's gradient must be w.r.t. the caller's x.
    [Differentiable]
    public static double ReassignedParameter(double x)
    {
        x = x * 2;
        return x * x;
    }

    // a = x; a = a·y + a; a = a² - y → ((x y + x)² - y)
    [Differentiable]
    public static double SelfReferenceChain(double x, double y)
    {
        double a = x;
        a = a * y + a;
        a = a * a - y;
        return a;
    }

    // ((x + y)·x - 2y) / (1 + x²)
    [Differentiable]
    public static double CompoundOnActive(double x, double y)
    {
        double s = x;
        s += y;
        s *= x;
        s -= 2 * y;
        s /= 1 + x * x;
        return s;
    }

    // Inactive accumulator c changes between uses: r = 7.5x + 6.5x.
    [Differentiable]
    public static double CompoundOnInactive(double x)
    {
        double c = 2;
        c += 3;
        c *= 1.5;
        double r = c * x;
        c -= 1;
        r += c * x;
        return r;
    }

    // Increment/decrement on an active double local and on an int counter.
    [Differentiable]
    public static double IncrementDecrement(double x)
    {
        double t = x;
        t++;
        t *= x;
        t--;
        ++t;
        int n = 0;
        n++;
        n += 2;
        --n;
        return t * t + n * x;
    }

    // Compound assignment onto a parameter, then use of both old-derived and new values.
    [Differentiable]
    public static double CompoundOnParameter(double x, double y)
    {
        double old = x * y;
        x += y;
        x *= x;
        y -= old;
        return x * y;
    }
}
