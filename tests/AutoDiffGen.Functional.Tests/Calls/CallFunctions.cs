using System;

namespace AutoDiffGen.Functional.Tests.Calls;

/// <summary>Callees in their own type: the callers below reach them across types.</summary>
public static partial class CallLibrary
{
    [Differentiable]
    public static double Softplus(double v) => Math.Log(1 + Math.Exp(v));

    // [NoDiff] double and int parameters: the callers pass constants and ints.
    [Differentiable]
    public static double ScaledPower(double v, [NoDiff] double k, int p)
    {
        double r = 1;
        for (int i = 0; i < p; i++)
        {
            r = r * v;
        }
        return k * r;
    }

    // Chain: Outer → Middle → Inner.
    [Differentiable]
    public static double Inner(double v) => Math.Exp(v) * v;

    [Differentiable]
    public static double Middle(double v, double w) => Inner(v * w) + Math.Sin(w);
}

/// <summary>Callers of other [Differentiable] methods, including themselves.</summary>
public static partial class CallFunctions
{
    [Differentiable]
    public static double UsesOtherType(double x, double y) => CallLibrary.Softplus(x * y) * Math.Cos(y) + CallLibrary.Softplus(y);

    [Differentiable]
    public static double Chain(double x, double y) => Math.Sin(CallLibrary.Middle(x, y)) * x;

    [Differentiable]
    public static double ConstantsIntoNoDiffAndInt(double x, int n) => CallLibrary.ScaledPower(x, 2.5, 3) + CallLibrary.ScaledPower(x + 1, 0.5, n);

    // Recursion: x^n by repeated multiplication.
    [Differentiable]
    public static double Power(double x, int n)
    {
        if (n == 0)
        {
            return 1;
        }
        return x * Power(x, n - 1);
    }

    // A call inside a loop: the callee's result is overwritten each time.
    [Differentiable]
    public static double CallInLoop(double x, int n)
    {
        double s = x;
        for (int i = 0; i < n; i++)
        {
            s = CallLibrary.Softplus(s) * 0.5 + x;
        }
        return s;
    }
}
