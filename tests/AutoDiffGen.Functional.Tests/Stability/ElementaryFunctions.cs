using System;

namespace AutoDiffGen.Functional.Tests.Stability;

/// <summary>Elementary formulas that overflow, underflow or cancel (catalogue R17–R28, T2), each with its rewrites-off twin.</summary>
public static partial class ElementaryFunctions
{
    // R17
    [Differentiable] public static double Hypot(double x, double y) => Math.Sqrt(x * x + y * y);
    [Differentiable(StabilityRewrites = false)] public static double HypotOff(double x, double y) => Math.Sqrt(x * x + y * y);
    [Differentiable] public static float HypotF(float x, float y) => MathF.Sqrt(x * x + y * y);

    // R18, (√s)² written as a power and as a product
    [Differentiable] public static double SquaredRootPow(double s) => Math.Pow(Math.Sqrt(s), 2);
    [Differentiable(StabilityRewrites = false)] public static double SquaredRootPowOff(double s) => Math.Pow(Math.Sqrt(s), 2);
    [Differentiable] public static double SquaredRootProduct(double s) => Math.Sqrt(s) * Math.Sqrt(s);
    [Differentiable(StabilityRewrites = false)] public static double SquaredRootProductOff(double s) => Math.Sqrt(s) * Math.Sqrt(s);

    // T2
    [Differentiable] public static double SqrtOfSquare(double x) => Math.Sqrt(x * x);
    [Differentiable(StabilityRewrites = false)] public static double SqrtOfSquareOff(double x) => Math.Sqrt(x * x);

    // R19
    [Differentiable] public static double XLogX(double x) => x * Math.Log(x);
    [Differentiable(StabilityRewrites = false)] public static double XLogXOff(double x) => x * Math.Log(x);

    // R20, x·log y (log first, to check both operand orders) and x·log(1+y)
    [Differentiable] public static double XLogY(double x, double y) => Math.Log(y) * x;
    [Differentiable(StabilityRewrites = false)] public static double XLogYOff(double x, double y) => Math.Log(y) * x;
    [Differentiable] public static double XLog1pY(double x, double y) => x * Math.Log(1 + y);
    [Differentiable(StabilityRewrites = false)] public static double XLog1pYOff(double x, double y) => x * Math.Log(1 + y);

    // R21, tanh written with exponentials
    [Differentiable] public static double TanhOfExp(double x) => (Math.Exp(x) - Math.Exp(-x)) / (Math.Exp(x) + Math.Exp(-x));
    [Differentiable(StabilityRewrites = false)] public static double TanhOfExpOff(double x) => (Math.Exp(x) - Math.Exp(-x)) / (Math.Exp(x) + Math.Exp(-x));
    [Differentiable] public static double Tanh(double x) => Math.Tanh(x);

    // R22
    [Differentiable] public static double LogCosh(double x) => Math.Log(Math.Cosh(x));
    [Differentiable(StabilityRewrites = false)] public static double LogCoshOff(double x) => Math.Log(Math.Cosh(x));

    // R23
    [Differentiable] public static double Log1pSquare(double x) => Math.Log(1 + x * x);
    [Differentiable(StabilityRewrites = false)] public static double Log1pSquareOff(double x) => Math.Log(1 + x * x);

    // R24
    [Differentiable] public static double Sqrt1pm1(double x) => Math.Sqrt(1 + x) - 1;
    [Differentiable(StabilityRewrites = false)] public static double Sqrt1pm1Off(double x) => Math.Sqrt(1 + x) - 1;

    // R25
    [Differentiable] public static double OneMinusCos(double x) => 1 - Math.Cos(x);
    [Differentiable(StabilityRewrites = false)] public static double OneMinusCosOff(double x) => 1 - Math.Cos(x);

    // R26
    [Differentiable] public static double Sinc(double x) => Math.Sin(x) / x;
    [Differentiable(StabilityRewrites = false)] public static double SincOff(double x) => Math.Sin(x) / x;

    // R27: log(e^u), log(e^u / c) (the Gaussian log-density) and log(c · e^u)
    [Differentiable] public static double LogOfExp(double x) => Math.Log(Math.Exp(-0.5 * x * x));
    [Differentiable(StabilityRewrites = false)] public static double LogOfExpOff(double x) => Math.Log(Math.Exp(-0.5 * x * x));
    [Differentiable] public static double GaussianLogDensity(double x) => Math.Log(Math.Exp(-0.5 * x * x) / Math.Sqrt(2 * Math.PI));
    [Differentiable(StabilityRewrites = false)] public static double GaussianLogDensityOff(double x) => Math.Log(Math.Exp(-0.5 * x * x) / Math.Sqrt(2 * Math.PI));
    [Differentiable] public static double ScaledLogOfExp(double x) => Math.Log(0.3989422804014327 * Math.Exp(-0.5 * x * x));
    [Differentiable(StabilityRewrites = false)] public static double ScaledLogOfExpOff(double x) => Math.Log(0.3989422804014327 * Math.Exp(-0.5 * x * x));

    // R28
    [Differentiable] public static double ExpRatio(double a, double b) => Math.Exp(a) / Math.Exp(b);
    [Differentiable(StabilityRewrites = false)] public static double ExpRatioOff(double a, double b) => Math.Exp(a) / Math.Exp(b);
    [Differentiable] public static double ExpProduct(double a, double b) => Math.Exp(a) * Math.Exp(b);
    [Differentiable(StabilityRewrites = false)] public static double ExpProductOff(double a, double b) => Math.Exp(a) * Math.Exp(b);
}
