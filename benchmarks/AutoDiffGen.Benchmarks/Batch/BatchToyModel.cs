using System;
using AutoDiffGen;

namespace AutoDiffGen.Benchmarks.Batch;

/// <summary>The toy model with its data marked [PerSample], in double and float: the generator adds LossBatchGradient.</summary>
public static partial class BatchToyModel
{
    [Differentiable]
    public static double Loss([PerSample, NoDiff] double x, [PerSample, NoDiff] double y,
        double beta0, double omega0, double beta1, double omega1,
        double beta2, double omega2, double beta3, double omega3)
    {
        double f0 = beta0 + omega0 * x;
        double h1 = Math.Sin(f0);
        double f1 = beta1 + omega1 * h1;
        double h2 = Math.Exp(f1);
        double f2 = beta2 + omega2 * h2;
        double h3 = Math.Cos(f2);
        double f3 = beta3 + omega3 * h3;
        return (f3 - y) * (f3 - y);
    }

    [Differentiable]
    public static float LossFloat([PerSample, NoDiff] float x, [PerSample, NoDiff] float y,
        float beta0, float omega0, float beta1, float omega1,
        float beta2, float omega2, float beta3, float omega3)
    {
        float f0 = beta0 + omega0 * x;
        float h1 = MathF.Sin(f0);
        float f1 = beta1 + omega1 * h1;
        float h2 = MathF.Exp(f1);
        float f2 = beta2 + omega2 * h2;
        float h3 = MathF.Cos(f2);
        float f3 = beta3 + omega3 * h3;
        return (f3 - y) * (f3 - y);
    }
}
