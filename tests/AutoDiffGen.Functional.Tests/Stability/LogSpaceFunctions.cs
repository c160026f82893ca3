using System;

namespace AutoDiffGen.Functional.Tests.Stability;

/// <summary>Log-space and near-zero formulas (catalogue R06, R11–R15) as written, each with its rewrites-off twin.</summary>
public static partial class LogSpaceFunctions
{
    // R06
    [Differentiable] public static double LogAddExp(double a, double b) => Math.Log(Math.Exp(a) + Math.Exp(b));
    [Differentiable(StabilityRewrites = false)] public static double LogAddExpOff(double a, double b) => Math.Log(Math.Exp(a) + Math.Exp(b));

    // R16: log(a·b) → StableMath.LogOfProduct.
    [Differentiable] public static double LogOfProduct(double a, double b) => Math.Log(a * b);
    [Differentiable(StabilityRewrites = false)] public static double LogOfProductOff(double a, double b) => Math.Log(a * b);

    // R11, log(1+x), log(x+1) and log(1-p)
    [Differentiable] public static double Log1p(double x) => Math.Log(1 + x);
    [Differentiable(StabilityRewrites = false)] public static double Log1pOff(double x) => Math.Log(1 + x);
    [Differentiable] public static double Log1pReversed(double x) => Math.Log(x + 1.0);
    [Differentiable(StabilityRewrites = false)] public static double Log1pReversedOff(double x) => Math.Log(x + 1.0);
    [Differentiable] public static double LogOneMinus(double p) => Math.Log(1 - p);
    [Differentiable(StabilityRewrites = false)] public static double LogOneMinusOff(double p) => Math.Log(1 - p);
    [Differentiable] public static float Log1pF(float x) => MathF.Log(1f + x);
    [Differentiable(StabilityRewrites = false)] public static float Log1pFOff(float x) => MathF.Log(1f + x);

    // R12, e^x - 1 and 1 - e^x
    [Differentiable] public static double Expm1(double x) => Math.Exp(x) - 1;
    [Differentiable(StabilityRewrites = false)] public static double Expm1Off(double x) => Math.Exp(x) - 1;
    [Differentiable] public static double OneMinusExp(double x) => 1.0 - Math.Exp(x);
    [Differentiable(StabilityRewrites = false)] public static double OneMinusExpOff(double x) => 1.0 - Math.Exp(x);

    // R13, log(1 - e^x) inline and with e^x in a local
    [Differentiable] public static double Log1mexp(double x) => Math.Log(1 - Math.Exp(x));
    [Differentiable(StabilityRewrites = false)] public static double Log1mexpOff(double x) => Math.Log(1 - Math.Exp(x));

    [Differentiable]
    public static double Log1mexpLocal(double x)
    {
        double e = Math.Exp(x);
        return Math.Log(1 - e);
    }

    [Differentiable(StabilityRewrites = false)]
    public static double Log1mexpLocalOff(double x)
    {
        double e = Math.Exp(x);
        return Math.Log(1 - e);
    }

    // R14
    [Differentiable] public static double LogDiffExp(double a, double b) => Math.Log(Math.Exp(a) - Math.Exp(b));
    [Differentiable(StabilityRewrites = false)] public static double LogDiffExpOff(double a, double b) => Math.Log(Math.Exp(a) - Math.Exp(b));

    // R15
    [Differentiable] public static double SoftplusInverse(double x) => Math.Log(Math.Exp(x) - 1);
    [Differentiable(StabilityRewrites = false)] public static double SoftplusInverseOff(double x) => Math.Log(Math.Exp(x) - 1);
}
