using System;

namespace AutoDiffGen.Functional.Tests.Rules;

/// <summary>Math rules with two or three arguments, every argument active.</summary>
public static partial class MultiArgumentRuleFunctions
{
    [Differentiable] public static double PowRule(double x, double y) => Math.Pow(x, y);
    [Differentiable] public static double Atan2Rule(double y, double x) => Math.Atan2(y, x);
    [Differentiable] public static double LogBaseRule(double a, double b) => Math.Log(a, b);
    [Differentiable] public static double MaxRule(double x, double y) => Math.Max(x, y);
    [Differentiable] public static double MinRule(double x, double y) => Math.Min(x, y);
    [Differentiable] public static double ClampRule(double x, double lo, double hi) => Math.Clamp(x, lo, hi);
    [Differentiable] public static double FmaRule(double x, double y, double z) => Math.FusedMultiplyAdd(x, y, z);
}
