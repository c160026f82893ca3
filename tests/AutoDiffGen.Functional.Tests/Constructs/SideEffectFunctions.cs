using System;

namespace AutoDiffGen.Functional.Tests.Constructs;

/// <summary>
/// Assignments and ++/-- used as values inside expressions, the way Clad's test/Gradient/Loops.C and
/// Assignments.C write them (<c>while (counter--)</c>, <c>(res = i * j) != 0</c>, <c>x = ++t[0]</c>).
/// </summary>
public static partial class SideEffectFunctions
{
    /// <summary>Clad Loops.C fn7-style: x added n times, counted down in the condition → n·x·x.</summary>
    [Differentiable]
    public static double PostfixDecrementInWhileCondition(double x, int n)
    {
        double sum = 0;
        int counter = n;
        while (counter-- > 0)
        {
            sum += x * x;
        }
        return sum + counter; // counter ends at -1
    }

    /// <summary>A prefix increment in a for condition: Σ_{i=1..n} i·x.</summary>
    [Differentiable]
    public static double PrefixIncrementInForCondition(double x, int n)
    {
        double s = 0;
        int i = 0;
        for (; ++i <= n;)
        {
            s += i * x;
        }
        return s;
    }

    /// <summary>Clad Assignments.C f8-style: an assignment inside an if condition.</summary>
    [Differentiable]
    public static double AssignmentInCondition(double x, double y)
    {
        double res;
        if ((res = x * y) > 1)
        {
            return res * x;
        }
        return res + y;
    }

    /// <summary>Clad Assignments.C f7-style: x = ++t[0] on a local array, then compound assignments as values.</summary>
    [Differentiable]
    public static double IncrementedElementAsValue(double x, double y)
    {
        double[] t = { x, y };
        double a = ++t[0];
        double b = (t[1] *= x) + a;
        double c = t[0]--;
        return a * b * c + t[0];
    }

    /// <summary>A postfix index: t[i++] in a loop body reads the element at the old index.</summary>
    [Differentiable]
    public static double PostfixIndex(double x, double y)
    {
        double[] t = { x, x * y, y };
        double s = 0;
        int i = 0;
        while (i < t.Length)
        {
            double v = t[i++];
            s += v * v;
        }
        return s;
    }

    /// <summary>A chained assignment in a declaration: double a = b = x * 2.</summary>
    [Differentiable]
    public static double ChainedInDeclaration(double x)
    {
        double b;
        double a = b = x * 2;
        return a * b;
    }

    /// <summary>Clad Loops.C fn30-style: an assignment after &amp;&amp; in a for condition runs only when the left side holds → i·j.</summary>
    [Differentiable]
    public static double AssignmentAfterAndInLoopCondition(double i, double j)
    {
        double res = 0;
        for (int c = 0; (c == 0) && (res = i * j) != 0; ++c) { }
        return res;
    }

    /// <summary>An assignment after || in an if condition: runs only when the left side is false.</summary>
    [Differentiable]
    public static double AssignmentAfterOr(double x, double y)
    {
        double r = y;
        if (x > 10 || (r = x * y) > 1)
        {
            return r * x;
        }
        return r + x;
    }

    /// <summary>Clad Loops.C fn8-style: a prefix decrement in a do … while condition → n·(x·x) for n ≥ 1.</summary>
    [Differentiable]
    public static double PrefixDecrementInDoWhileCondition(double x, int n)
    {
        double a = 0;
        int counter = n;
        do
        {
            a += x * x;
        }
        while (--counter > 0);
        return a;
    }
}
