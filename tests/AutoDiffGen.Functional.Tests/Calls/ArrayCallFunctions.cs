using System;

namespace AutoDiffGen.Functional.Tests.Calls;

/// <summary>Calls of [Differentiable] methods that take arrays and spans.</summary>
public static partial class ArrayCallFunctions
{
    [Differentiable]
    public static double Dot(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        double s = 0;
        for (int i = 0; i < a.Length; i++) s += a[i] * b[i];
        return s;
    }

    [Differentiable]
    public static double SumOfSquares(double[] v, double scale)
    {
        double s = 0;
        foreach (double e in v) s += e * e;
        return scale * s;
    }

    // Parameter arrays passed straight through, one of them [NoDiff] data (its gradient goes to a discard array).
    [Differentiable]
    public static double Model(double[] w, [NoDiff] double[] x, double b) => Math.Tanh(Dot(w, x) + b) + 0.1 * SumOfSquares(w, b);

    // A local array passed to callees, inside a loop.
    [Differentiable]
    public static double Layers(double[] w, double z, int steps)
    {
        double[] h = new double[w.Length];
        for (int i = 0; i < h.Length; i++) h[i] = z * (i + 1);
        double total = 0;
        for (int k = 0; k < steps; k++)
        {
            total += Dot(h, w) * SumOfSquares(h, z);
            h[k % h.Length] = Math.Sin(h[k % h.Length]) * z;
        }
        return total;
    }
}
