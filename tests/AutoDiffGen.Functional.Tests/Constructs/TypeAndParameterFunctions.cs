using System;

namespace AutoDiffGen.Functional.Tests.Constructs;

/// <summary>int/long/bool parameters and locals, casts, [NoDiff], unused parameters, float methods.</summary>
public static partial class TypeAndParameterFunctions
{
    // int and bool steer control flow and scale terms; only x is differentiated.
    [Differentiable]
    public static double IntBoolControl(double x, int n, bool flip)
    {
        double r = x;
        if (n > 2) r = r * x;
        bool negate = flip && n % 2 == 0;
        if (negate) r = -r;
        int k = n * 2;
        return r + k * x;
    }

    // (double)n·x + n·x² → n + 2n·x
    [Differentiable]
    public static double IntToDouble(double x, int n) => (double)n * x + n * x * x;

    [Differentiable]
    public static double LongParameter(double x, long m)
    {
        long twice = m * 2;
        return twice * Math.Sin(x) + (double)m;
    }

    // Active value passes through float and back: f = (double)((float)x · (float)x) · x.
    [Differentiable]
    public static double ThroughFloat(double x)
    {
        float f = (float)x;
        float g = f * f;
        return (double)g * x;
    }

    // Float method that widens to double for the middle: f = (float)(exp(x)·x).
    [Differentiable]
    public static float ThroughDouble(float x)
    {
        double d = x;
        double e = Math.Exp(d);
        return (float)(e * d);
    }

    // a and b are [NoDiff]: the gradient has a single output, dX.
    [Differentiable]
    public static double WithNoDiff([NoDiff] double a, double x, [NoDiff] float b) => a * x * x + b * x;

    // y does not affect the result at all: dY must be exactly 0.
    [Differentiable]
    public static double UnusedParameter(double x, double y) => x * x;

    // y only steers a comparison: still exactly 0.
    [Differentiable]
    public static double ParameterOnlyInCondition(double x, double y) => y > 0 ? x * 3 : x * 5;

    [Differentiable]
    public static float FloatMethod(float x, float y)
    {
        float a = x * y;
        a += 1f;
        a *= MathF.Exp(-x);
        return a * a / y;
    }

    // An int loop-free counter built from a double comparison.
    [Differentiable]
    public static double CountFromComparisons(double x, double y)
    {
        int count = 0;
        if (x > 0) count++;
        if (y > 0) count += 2;
        return count * x * y;
    }
}
