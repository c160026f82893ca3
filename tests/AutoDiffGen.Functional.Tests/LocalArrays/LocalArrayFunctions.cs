using System;

namespace AutoDiffGen.Functional.Tests.LocalArrays;

/// <summary>Local arrays: allocation, initialisers, element writes, compound writes, reads of written elements.</summary>
public static partial class LocalArrayFunctions
{
    // Running sums kept in a local array, then read back: each element depends on the ones before.
    [Differentiable]
    public static double PrefixSums(double[] x, double w)
    {
        int n = x.Length;
        double[] c = new double[n];
        c[0] = x[0];
        for (int i = 1; i < n; i++)
        {
            c[i] = c[i - 1] * w + x[i];
        }
        double s = 0;
        for (int i = 0; i < n; i++)
        {
            s += c[i] * c[i];
        }
        return s;
    }

    // An initialiser with active values, then reads.
    [Differentiable]
    public static double Initializer(double a, double b)
    {
        double[] p = { a, b, a * b, 2.0 };
        return p[0] * p[1] + Math.Sin(p[2]) * p[3];
    }

    // The same elements overwritten every sweep: the backward pass needs each old value back (tape).
    [Differentiable]
    public static double Sweeps(double x, int sweeps)
    {
        double[] h = new double[4];
        for (int i = 0; i < h.Length; i++) h[i] = x + i;
        for (int k = 0; k < sweeps; k++)
        {
            for (int i = 0; i < h.Length; i++)
            {
                h[i] = Math.Sin(h[i]) * x + h[(i + 1) % h.Length];
            }
        }
        return h[0] + h[3];
    }

    // Compound element writes, ++ on an int array, and an element written twice outside any loop.
    [Differentiable]
    public static double CompoundWrites(double x, double y)
    {
        double[] acc = new double[2];
        int[] counts = new int[2];
        acc[0] = x;
        acc[0] *= y;
        acc[1] += acc[0] * x;
        acc[1] -= y;
        counts[1]++;
        counts[1] += 2;
        acc[0] = acc[1] / counts[1];
        return acc[0] + acc[1] * acc[1];
    }

    // Log-sum-exp over per-component scores kept in an array (the shape of a mixture log-likelihood).
    [Differentiable]
    public static double LogSumExp(double[] scores, double scale)
    {
        int k = scores.Length;
        double[] v = new double[k];
        double max = double.NegativeInfinity;
        for (int j = 0; j < k; j++)
        {
            v[j] = scale * scores[j] - j;
            if (v[j] > max) max = v[j];
        }
        double sum = 0;
        for (int j = 0; j < k; j++) sum += Math.Exp(v[j] - max);
        return Math.Log(sum) + max;
    }

    // Horner's rule over coefficients that are computed first.
    [Differentiable]
    public static double Horner(double x, double a)
    {
        double[] c = new double[5];
        for (int i = 0; i < c.Length; i++) c[i] = Math.Pow(a, i) / (i + 1);
        double r = 0;
        for (int i = c.Length - 1; i >= 0; i--) r = r * x + c[i];
        return r;
    }

    [Differentiable]
    public static float PrefixSumsFloat(float[] x, float w)
    {
        float[] c = new float[x.Length];
        c[0] = x[0];
        for (int i = 1; i < x.Length; i++) c[i] = c[i - 1] * w + x[i];
        float s = 0;
        foreach (float v in x) s += v;
        return s + c[x.Length - 1];
    }

    // The branch writes the element its condition reads: the backward pass must follow the decision
    // the forward pass made, not re-test the element after the write (found by the fuzz test).
    [Differentiable]
    public static double BranchWritesWhatItTests(double x, double limit)
    {
        double[] a = new double[1];
        if (!(a[0] > limit))
        {
            a[0] = Math.Sin(x) + 2.0;
        }
        return a[0] * x;
    }

    /// <summary>foreach over a local array (Clad Loops.C fn34-style range-for): x² + 4y² + x²y².</summary>
    [Differentiable]
    public static double ForEachOverLocalArray(double x, double y)
    {
        double[] v = { x, 2 * y, x * y };
        double s = 0;
        foreach (double e in v)
        {
            s += e * e;
        }
        return s;
    }

    /// <summary>foreach over an array written in the loop header (Clad Loops.C fn38-style): x² + 4y² + x²y².</summary>
    [Differentiable]
    public static double ForEachOverNewArray(double x, double y)
    {
        double s = 0;
        foreach (double e in new[] { x, 2 * y, x * y })
        {
            s += e * e;
        }
        return s;
    }
}
