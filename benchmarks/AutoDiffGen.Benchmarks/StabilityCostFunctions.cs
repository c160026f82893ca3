using System;
using AutoDiffGen;

namespace AutoDiffGen.Benchmarks;

/// <summary>
/// The fragile formulas of the stability catalogue, each written naively twice: once under the default
/// <c>[Differentiable]</c>, whose generated gradient uses the stable form, and once under
/// <c>StabilityRewrites = false</c>, whose generated gradient follows the formula as written. The bodies
/// are identical so that <see cref="StabilityCostBenchmarks"/> times nothing but the rewrite.
/// </summary>
public static partial class StabilityCost
{
    // R01: 1/(1+e^-x) → StableMath.Sigmoid.
    [Differentiable]
    public static double Sigmoid(double x) => 1.0 / (1.0 + Math.Exp(-x));

    [Differentiable(StabilityRewrites = false)]
    public static double SigmoidAsWritten(double x) => 1.0 / (1.0 + Math.Exp(-x));

    // R02: log σ(x) → StableMath.LogSigmoid.
    [Differentiable]
    public static double LogSigmoid(double x) => Math.Log(1.0 / (1.0 + Math.Exp(-x)));

    [Differentiable(StabilityRewrites = false)]
    public static double LogSigmoidAsWritten(double x) => Math.Log(1.0 / (1.0 + Math.Exp(-x)));

    // R03: log(1+e^x) → StableMath.Softplus.
    [Differentiable]
    public static double Softplus(double x) => Math.Log(1 + Math.Exp(x));

    [Differentiable(StabilityRewrites = false)]
    public static double SoftplusAsWritten(double x) => Math.Log(1 + Math.Exp(x));

    // R04: log(1-σ(x)) → -StableMath.Softplus.
    [Differentiable]
    public static double LogOneMinusSigmoid(double x) => Math.Log(1 - 1.0 / (1.0 + Math.Exp(-x)));

    [Differentiable(StabilityRewrites = false)]
    public static double LogOneMinusSigmoidAsWritten(double x) => Math.Log(1 - 1.0 / (1.0 + Math.Exp(-x)));

    // R05: cross-entropy of a sigmoid (through a local, as users write it) → StableMath.BinaryCrossEntropyWithLogits.
    [Differentiable]
    public static double CrossEntropy(double z, [NoDiff] double y)
    {
        double p = 1.0 / (1.0 + Math.Exp(-z));
        return -(y * Math.Log(p) + (1 - y) * Math.Log(1 - p));
    }

    [Differentiable(StabilityRewrites = false)]
    public static double CrossEntropyAsWritten(double z, [NoDiff] double y)
    {
        double p = 1.0 / (1.0 + Math.Exp(-z));
        return -(y * Math.Log(p) + (1 - y) * Math.Log(1 - p));
    }

    // R06: log(e^a+e^b) → StableMath.LogAddExp.
    [Differentiable]
    public static double LogAddExp(double a, double b) => Math.Log(Math.Exp(a) + Math.Exp(b));

    [Differentiable(StabilityRewrites = false)]
    public static double LogAddExpAsWritten(double a, double b) => Math.Log(Math.Exp(a) + Math.Exp(b));

    // R07: a sum of exponentials built in a loop, then its log → a streaming max-shifted log-sum-exp.
    [Differentiable]
    public static double LogSumExp(ReadOnlySpan<double> x)
    {
        double s = 0;
        for (int i = 0; i < x.Length; i++)
        {
            s += Math.Exp(x[i]);
        }

        return Math.Log(s);
    }

    [Differentiable(StabilityRewrites = false)]
    public static double LogSumExpAsWritten(ReadOnlySpan<double> x)
    {
        double s = 0;
        for (int i = 0; i < x.Length; i++)
        {
            s += Math.Exp(x[i]);
        }

        return Math.Log(s);
    }

    // R18: √(Σ x²) in a loop → as written, scaled only out of range.
    [Differentiable]
    public static double NormLoop(ReadOnlySpan<double> x)
    {
        double s = 0;
        for (int i = 0; i < x.Length; i++)
        {
            s += x[i] * x[i];
        }

        return Math.Sqrt(s);
    }

    [Differentiable(StabilityRewrites = false)]
    public static double NormLoopAsWritten(ReadOnlySpan<double> x)
    {
        double s = 0;
        for (int i = 0; i < x.Length; i++)
        {
            s += x[i] * x[i];
        }

        return Math.Sqrt(s);
    }

    // R16: log of a running product → as written, a sum of logs only out of range.
    [Differentiable]
    public static double LogOfProductLoop(ReadOnlySpan<double> x)
    {
        double p = 1;
        for (int i = 0; i < x.Length; i++)
        {
            p *= x[i];
        }

        return Math.Log(p);
    }

    [Differentiable(StabilityRewrites = false)]
    public static double LogOfProductLoopAsWritten(ReadOnlySpan<double> x)
    {
        double p = 1;
        for (int i = 0; i < x.Length; i++)
        {
            p *= x[i];
        }

        return Math.Log(p);
    }

    // R11: log(1+x) → StableMath.Log1p.
    [Differentiable]
    public static double Log1p(double x) => Math.Log(1 + x);

    [Differentiable(StabilityRewrites = false)]
    public static double Log1pAsWritten(double x) => Math.Log(1 + x);

    // R12: e^x-1 → StableMath.Expm1.
    [Differentiable]
    public static double Expm1(double x) => Math.Exp(x) - 1;

    [Differentiable(StabilityRewrites = false)]
    public static double Expm1AsWritten(double x) => Math.Exp(x) - 1;

    // R17: √(x²+y²) → StableMath.Hypot.
    [Differentiable]
    public static double Hypot(double x, double y) => Math.Sqrt(x * x + y * y);

    [Differentiable(StabilityRewrites = false)]
    public static double HypotAsWritten(double x, double y) => Math.Sqrt(x * x + y * y);

    // R20: x·log y → StableMath.Xlogy.
    [Differentiable]
    public static double Xlogy(double x, double y) => x * Math.Log(y);

    [Differentiable(StabilityRewrites = false)]
    public static double XlogyAsWritten(double x, double y) => x * Math.Log(y);

    // R22: log(cosh x) → StableMath.LogCosh.
    [Differentiable]
    public static double LogCosh(double x) => Math.Log(Math.Cosh(x));

    [Differentiable(StabilityRewrites = false)]
    public static double LogCoshAsWritten(double x) => Math.Log(Math.Cosh(x));

    // R33: Pow(x, 2) → x·x.
    [Differentiable]
    public static double PowSquare(double x) => Math.Pow(x, 2);

    [Differentiable(StabilityRewrites = false)]
    public static double PowSquareAsWritten(double x) => Math.Pow(x, 2);

    // R33: Pow(x, 0.5) → Math.Sqrt(x).
    [Differentiable]
    public static double PowHalf(double x) => Math.Pow(x, 0.5);

    [Differentiable(StabilityRewrites = false)]
    public static double PowHalfAsWritten(double x) => Math.Pow(x, 0.5);
}
