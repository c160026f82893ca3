using System;

namespace AutoDiffGen.Functional.Tests.Constructs;

/// <summary>if/else, nested ifs, ternaries, && || !.</summary>
public static partial class BranchFunctions
{
    // Outer variable assigned in both branches.
    [Differentiable]
    public static double IfElseBoth(double x, double y)
    {
        double r;
        if (x > y)
        {
            r = x * y;
        }
        else
        {
            r = x / y;
        }
        return r * x;
    }

    // Outer variable reassigned in one branch only (else keeps the old version).
    [Differentiable]
    public static double IfOneBranch(double x)
    {
        double r = x * x;
        if (x > 1)
        {
            r = Math.Sin(r);
        }
        return r + x;
    }

    [Differentiable]
    public static double NestedIf(double x, double y)
    {
        double r = 0;
        if (x > 0)
        {
            if (y > 0) r = x * y;
            else r = x - y * y;
        }
        else
        {
            if (y > x)
            {
                r = Math.Exp(x) * y;
            }
            else r = y * y * x;
        }
        return r + y;
    }

    // Assignments in both branches that also read variables written before the if.
    [Differentiable]
    public static double BranchReadsAndWritesSeveral(double x, double y)
    {
        double a = x + y;
        double b = x * y;
        if (a > b)
        {
            a = a * b;
            b = b + 1;
        }
        else
        {
            b = a - b * b;
        }
        return a * b;
    }

    [Differentiable]
    public static double Ternary(double x, double y) => x > y ? x * x * y : Math.Cos(x) - y;

    [Differentiable]
    public static double NestedTernary(double x) => x < -1 ? -x * x : x < 1 ? Math.Sin(x) : Math.Log(x) + Math.Sin(1);

    // The untaken branches would produce NaN (log/sqrt/asin outside their domains) at the test points.
    [Differentiable]
    public static double TernaryLogNaNBranch(double x) => x > 0 ? Math.Log(x) : x * x;

    [Differentiable]
    public static double TernarySqrtNaNBranch(double x) => x > 0 ? Math.Sqrt(x) : x * x;

    [Differentiable]
    public static double TernaryAsinNaNBranch(double x) => Math.Abs(x) < 1 ? Math.Asin(x) : x * 3;

    [Differentiable]
    public static double IfSqrtNaNBranch(double x)
    {
        double r;
        if (x > 0) r = Math.Sqrt(x);
        else r = -x;
        return r * 3;
    }

    [Differentiable]
    public static double Logic(double x, double y)
    {
        if ((x > 0 && y > 0) || !(x < y))
        {
            return x * y;
        }
        return x + y * y;
    }

    // IsNaN / IsInfinity / IsFinite in conditions.
    [Differentiable]
    public static double FloatingPredicates(double x, double y)
    {
        double q = x / y;
        if (double.IsNaN(q) || double.IsInfinity(q)) return x;
        return double.IsFinite(q) ? q * x : y;
    }
}
