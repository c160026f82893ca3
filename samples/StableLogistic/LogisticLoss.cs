using System;
using AutoDiffGen;

namespace StableLogisticSample;

/// <summary>
/// The cross-entropy of one sample under logistic regression, written the textbook way: the logit z,
/// the probability p = 1/(1+e^-z), then -(y·log p + (1-y)·log(1-p)). As written it breaks once |z|
/// passes ~37: p rounds to exactly 1, so log(1-p) is -∞ and 0·(-∞) is NaN.
/// </summary>
public static partial class LogisticLoss
{
    /// <summary>
    /// With stability rewrites (the default) the generator compiles p to <c>StableMath.Sigmoid(z)</c>
    /// (ADGEN1001) and then the whole loss to <c>StableMath.BinaryCrossEntropyWithLogits(z, y)</c>
    /// (ADGEN1005), whose gradient is σ(z) - y: finite for every finite z.
    /// </summary>
    [Differentiable]
    public static double Loss([NoDiff] double[] x, [NoDiff] double y, double[] w, double b)
    {
        double z = b;
        for (int i = 0; i < x.Length; i++) z += w[i] * x[i];
        double p = 1.0 / (1.0 + Math.Exp(-z));
        return -(y * Math.Log(p) + (1 - y) * Math.Log(1 - p));
    }

    /// <summary>The same body with the rewrites turned off: the generator differentiates it exactly as written.</summary>
    [Differentiable(StabilityRewrites = false)]
    public static double LossAsWritten([NoDiff] double[] x, [NoDiff] double y, double[] w, double b)
    {
        double z = b;
        for (int i = 0; i < x.Length; i++) z += w[i] * x[i];
        double p = 1.0 / (1.0 + Math.Exp(-z));
        return -(y * Math.Log(p) + (1 - y) * Math.Log(1 - p));
    }
}
