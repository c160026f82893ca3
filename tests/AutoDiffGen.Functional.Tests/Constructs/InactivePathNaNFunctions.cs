using System;

namespace AutoDiffGen.Functional.Tests.Constructs;

/// <summary>
/// A value computed unconditionally but not used on the path taken (selected away by a ternary, or
/// overwritten by an if). Its local derivative is NaN there; the path-wise derivative is still finite,
/// because the value's adjoint is zero. (See also EarlyReturnFunctions.UnusedSqrtBeforeEarlyReturn.)
/// </summary>
public static partial class InactivePathNaNFunctions
{
    // f = sqrt(x) for x > 0, else 0.
    [Differentiable]
    public static double TernarySelectsPrecomputedSqrt(double x)
    {
        double s = Math.Sqrt(x);
        return x > 0 ? s : 0;
    }

    // f = 2·sqrt(x) for x >= 0, else 0.
    [Differentiable]
    public static double SqrtOverwrittenByIf(double x)
    {
        double r = Math.Sqrt(x);
        if (x < 0) r = 0;
        return r * 2;
    }
}
