using System;
using AutoDiffGen;

namespace ToyModelSample;

/// <summary>The sin/exp/cos toy model of the classic backpropagation walk-through, with a squared loss.</summary>
/// <remarks>
/// x and y are one data point: [NoDiff] (data, not parameters) and [PerSample], so the generator also
/// adds LossBatchGradient and LossBatchBackward, which take spans of x and y and sum over the samples.
/// </remarks>
public static partial class ToyModel
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
}
