using System;

namespace AutoDiffGen.Functional.Tests.Suite;

// Nested compositions, naive sigmoid/softplus, pow with active exponent (Enzyme / JAX test style).
public static partial class SuiteFunctions
{
    [Differentiable] public static double SinCosExp(double x) => Math.Sin(Math.Cos(Math.Exp(x)));

    [Differentiable] public static double ExpSinLog(double x) => Math.Exp(Math.Sin(Math.Log(1 + x * x)));

    [Differentiable] public static double TanhGaussian(double x) => Math.Tanh(x) * Math.Exp(-x * x);

    [Differentiable] public static double SigmoidNaive(double x) => 1 / (1 + Math.Exp(-x));

    [Differentiable] public static double SoftplusNaive(double x) => Math.Log(1 + Math.Exp(x));

    [Differentiable] public static double LogSumExp3(double a, double b, double c) => Math.Log(Math.Exp(a) + Math.Exp(b) + Math.Exp(c));

    [Differentiable] public static double SoftmaxFirst(double a, double b, double c) => Math.Exp(a) / (Math.Exp(a) + Math.Exp(b) + Math.Exp(c));

    [Differentiable] public static double PowActiveExponent(double x, double y) => Math.Pow(x, y * y) + Math.Pow(y, x);

    [Differentiable] public static double XToTheX(double x) => Math.Pow(x, x);

    [Differentiable] public static double Norm4(double x, double y, double z, double w) => Math.Sqrt(x * x + y * y + z * z + w * w);

    [Differentiable] public static double Logit(double p) => Math.Log(p / (1 - p));

    [Differentiable] public static double SinhCoshMix(double x, double y) => Math.Sinh(x * y) / Math.Cosh(x - y) + Math.Atan(x / y);

    [Differentiable] public static double InverseTrigMix(double x) => Math.Asin(x / 2) * Math.Acos(x / 3) + Math.Tan(x / 4);
}
