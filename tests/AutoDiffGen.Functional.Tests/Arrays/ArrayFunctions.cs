using System;

namespace AutoDiffGen.Functional.Tests.Arrays;

/// <summary>Read-only array and span parameters: differentiable ones get Span outputs, [NoDiff] and int ones are data.</summary>
public static partial class ArrayFunctions
{
    // Horner's rule, driven by c.Length, walking the coefficients backwards.
    [Differentiable]
    public static double Horner(double[] c, double x)
    {
        double r = 0;
        for (int i = c.Length - 1; i >= 0; i--)
        {
            r = r * x + c[i];
        }
        return r;
    }

    // Mean squared error of a linear model; features is row-major (targets.Length × w.Length).
    [Differentiable]
    public static double LeastSquares(ReadOnlySpan<double> w, [NoDiff] double[] features, [NoDiff] double[] targets)
    {
        int d = w.Length;
        int n = targets.Length;
        double loss = 0;
        for (int k = 0; k < n; k++)
        {
            double pred = 0;
            for (int j = 0; j < d; j++)
            {
                pred += w[j] * features[k * d + j];
            }
            double e = pred - targets[k];
            loss += e * e;
        }
        return loss / n;
    }

    // A float dot product over an array and a span.
    [Differentiable]
    public static float Dot(float[] a, Span<float> b)
    {
        float s = 0f;
        for (int i = 0; i < a.Length; i++)
        {
            s += a[i] * b[i];
        }
        return s;
    }

    // foreach over a differentiable array.
    [Differentiable]
    public static double SumSinSquares(double[] x)
    {
        double s = 0;
        foreach (double v in x)
        {
            s += v * v * Math.Sin(v);
        }
        return s;
    }

    // int[] indices are data: repeated indices accumulate into the same output slot.
    [Differentiable]
    public static double Gather(double[] x, int[] idx, double scale)
    {
        double s = 0;
        for (int i = 0; i < idx.Length; i++)
        {
            s += x[idx[i]] * (i + 1) * scale;
        }
        return s;
    }

    // Length as a divisor; a scalar parameter next to a span.
    [Differentiable]
    public static double ScaledMean(ReadOnlySpan<double> x, double scale)
    {
        double s = 0;
        for (int i = 0; i < x.Length; i++)
        {
            s += x[i];
        }
        return scale * s / x.Length;
    }

    // Polynomial by running powers: pw starts at the constant 1 and is carried across iterations.
    [Differentiable]
    public static double RunningPowers(double[] c, double x)
    {
        double s = 0;
        double pw = 1;
        for (int i = 0; i < c.Length; i++)
        {
            s += c[i] * pw;
            pw *= x;
        }
        return s;
    }
}
