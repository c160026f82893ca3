using System;

namespace AutoDiffGen.Functional.Tests.Rules;

/// <summary>One [Differentiable] method per one-argument Math rule, the call alone, so a wrong partial shows up undiluted.</summary>
public static partial class UnaryRuleFunctions
{
    [Differentiable] public static double SinRule(double x) => Math.Sin(x);
    [Differentiable] public static double CosRule(double x) => Math.Cos(x);
    [Differentiable] public static double TanRule(double x) => Math.Tan(x);
    [Differentiable] public static double AsinRule(double x) => Math.Asin(x);
    [Differentiable] public static double AcosRule(double x) => Math.Acos(x);
    [Differentiable] public static double AtanRule(double x) => Math.Atan(x);
    [Differentiable] public static double SinhRule(double x) => Math.Sinh(x);
    [Differentiable] public static double CoshRule(double x) => Math.Cosh(x);
    [Differentiable] public static double TanhRule(double x) => Math.Tanh(x);
    [Differentiable] public static double ExpRule(double x) => Math.Exp(x);
    [Differentiable] public static double LogRule(double x) => Math.Log(x);
    [Differentiable] public static double Log10Rule(double x) => Math.Log10(x);
    [Differentiable] public static double SqrtRule(double x) => Math.Sqrt(x);
    [Differentiable] public static double PowConstExponentRule(double x) => Math.Pow(x, 3.7);
    [Differentiable] public static double PowConstBaseRule(double x) => Math.Pow(2.5, x);

    // No System.Numerics.Complex counterpart (or none safe under a complex step): closed-form references.
    [Differentiable] public static double AsinhRule(double x) => Math.Asinh(x);
    [Differentiable] public static double AcoshRule(double x) => Math.Acosh(x);
    [Differentiable] public static double AtanhRule(double x) => Math.Atanh(x);
    [Differentiable] public static double Log2Rule(double x) => Math.Log2(x);
    [Differentiable] public static double CbrtRule(double x) => Math.Cbrt(x);
    [Differentiable] public static double AbsRule(double x) => Math.Abs(x);
    [Differentiable] public static double PowIntegerExponentRule(double x) => Math.Pow(x, 3);
}
