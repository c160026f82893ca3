using System;

namespace AutoDiffGen.Functional.Tests.LocalArrays;

/// <summary>Local arrays declared inside loops and branches.</summary>
public static partial class NestedArrayFunctions
{
    // A scratch array per point, the shape of a mixture model's x − μ.
    [Differentiable]
    public static double CenteredSquares(double[] mu, [NoDiff] double[] x, int d)
    {
        int n = x.Length / d;
        double total = 0;
        for (int i = 0; i < n; i++)
        {
            double[] xc = new double[d];
            for (int j = 0; j < d; j++) xc[j] = x[i * d + j] - mu[j];
            double s = 0;
            for (int j = 0; j < d; j++) s += xc[j] * xc[j] * (j + 1);
            total += Math.Log(1.0 + s);
        }
        return total;
    }

    // An initialised array inside a branch, and another inside a loop that also passes it to a callee.
    [Differentiable]
    public static double Branchy(double x, double y, int n)
    {
        double r = 0;
        if (x > 0)
        {
            double[] t = { x, x * y, 2.0 };
            r = t[0] * t[1] + Math.Sin(t[2] * y);
        }
        for (int k = 0; k < n; k++)
        {
            double[] p = { r, y * k, x };
            r = Sum(p) * 0.5 + p[1] * p[2];
        }
        return r;
    }

    [Differentiable]
    public static double Sum(double[] v)
    {
        double s = 0;
        foreach (double e in v) s += e;
        return s;
    }

    // The array's length changes between iterations: the generated code refuses, clearly.
    [Differentiable]
    public static double Growing(double x, int n)
    {
        double s = 0;
        for (int k = 1; k <= n; k++)
        {
            double[] a = new double[k];
            a[0] = x * k;
            s += a[0];
        }
        return s;
    }
}
