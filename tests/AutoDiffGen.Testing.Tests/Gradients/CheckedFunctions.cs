using System;
using AutoDiffGen;

namespace AutoDiffGen.Testing.Tests.Gradients;

/// <summary>Functions whose gradients the generator writes (through the analyzer, as in a user's project).</summary>
public static partial class CheckedFunctions
{
    [Differentiable]
    public static double Scalar([NoDiff] double x, double a, double b) => Math.Sin(a * x) * Math.Exp(b) + a * b * b;

    [Differentiable]
    public static double Dot(double[] w, [NoDiff] double[] x, double bias)
    {
        double sum = bias;
        for (int i = 0; i < w.Length; i++) sum += w[i] * x[i];
        return Math.Tanh(sum);
    }

    [Differentiable]
    public static double SumOfSquares(ReadOnlySpan<double> v, int power)
    {
        double sum = 0.0;
        foreach (double e in v) sum += e * e;
        return power == 1 ? sum : sum * sum;
    }

    [Differentiable]
    internal static float Cube(float x, double w) => x * x * x * (float)w;

    /// <summary>A kink at 0, where the branch taken has slope 0 and central differences average 0 and 1.</summary>
    [Differentiable]
    public static double Relu(double x) => x > 0 ? x : 0.0;
}
