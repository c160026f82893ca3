using System;

namespace AutoDiffGen.Functional.Tests.Stability;

/// <summary>
/// The logistic family (catalogue R01–R05) written the textbook way, each next to its twin with
/// rewrites off: the twin is the proof that a rewrite, not luck, produced the exact value.
/// </summary>
public static partial class LogisticFunctions
{
    // R01, 1/(1+e^-x)
    [Differentiable] public static double Sigmoid(double x) => 1.0 / (1.0 + Math.Exp(-x));
    [Differentiable(StabilityRewrites = false)] public static double SigmoidOff(double x) => 1.0 / (1.0 + Math.Exp(-x));

    // R01, e^x/(1+e^x)
    [Differentiable] public static double SigmoidOfExp(double x) => Math.Exp(x) / (1 + Math.Exp(x));
    [Differentiable(StabilityRewrites = false)] public static double SigmoidOfExpOff(double x) => Math.Exp(x) / (1 + Math.Exp(x));

    // R01 in float
    [Differentiable] public static float SigmoidF(float x) => 1f / (1f + MathF.Exp(-x));
    [Differentiable(StabilityRewrites = false)] public static float SigmoidFOff(float x) => 1f / (1f + MathF.Exp(-x));

    // R02 over a local, the way a model computes p first and its log-likelihood after.
    [Differentiable]
    public static double LogSigmoid(double x)
    {
        double p = 1.0 / (1.0 + Math.Exp(-x));
        return Math.Log(p);
    }

    [Differentiable(StabilityRewrites = false)]
    public static double LogSigmoidOff(double x)
    {
        double p = 1.0 / (1.0 + Math.Exp(-x));
        return Math.Log(p);
    }

    // R02 inline, e^x/(1+e^x) spelling, float
    [Differentiable] public static float LogSigmoidF(float x) => MathF.Log(MathF.Exp(x) / (1 + MathF.Exp(x)));
    [Differentiable(StabilityRewrites = false)] public static float LogSigmoidFOff(float x) => MathF.Log(MathF.Exp(x) / (1 + MathF.Exp(x)));

    // R03, both operand orders
    [Differentiable] public static double Softplus(double x) => Math.Log(1 + Math.Exp(x));
    [Differentiable(StabilityRewrites = false)] public static double SoftplusOff(double x) => Math.Log(1 + Math.Exp(x));
    [Differentiable] public static double SoftplusExpFirst(double x) => Math.Log(Math.Exp(x) + 1.0);
    [Differentiable(StabilityRewrites = false)] public static double SoftplusExpFirstOff(double x) => Math.Log(Math.Exp(x) + 1.0);
    [Differentiable] public static float SoftplusF(float x) => MathF.Log(1f + MathF.Exp(x));
    [Differentiable(StabilityRewrites = false)] public static float SoftplusFOff(float x) => MathF.Log(1f + MathF.Exp(x));

    // R04 over a local
    [Differentiable]
    public static double LogOneMinusSigmoid(double x)
    {
        double s = 1.0 / (1.0 + Math.Exp(-x));
        return Math.Log(1 - s);
    }

    [Differentiable(StabilityRewrites = false)]
    public static double LogOneMinusSigmoidOff(double x)
    {
        double s = 1.0 / (1.0 + Math.Exp(-x));
        return Math.Log(1 - s);
    }

    // R05, the label as data
    [Differentiable]
    public static double CrossEntropy(double z, [NoDiff] double y)
    {
        double p = 1.0 / (1.0 + Math.Exp(-z));
        return -(y * Math.Log(p) + (1 - y) * Math.Log(1 - p));
    }

    [Differentiable(StabilityRewrites = false)]
    public static double CrossEntropyOff(double z, [NoDiff] double y)
    {
        double p = 1.0 / (1.0 + Math.Exp(-z));
        return -(y * Math.Log(p) + (1 - y) * Math.Log(1 - p));
    }

    // R05 with a differentiable label (soft targets): ∂y = log(1-p) - log p = -z.
    [Differentiable]
    public static double CrossEntropySoft(double z, double y)
    {
        double p = 1.0 / (1.0 + Math.Exp(-z));
        return -(y * Math.Log(p) + (1 - y) * Math.Log(1 - p));
    }
}
