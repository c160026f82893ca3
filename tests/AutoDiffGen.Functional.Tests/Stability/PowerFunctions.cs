using System;

namespace AutoDiffGen.Functional.Tests.Stability;

/// <summary>Math.Pow with each constant exponent R33 canonicalises, and a variable exponent (not rewritten).</summary>
public static partial class PowerFunctions
{
    [Differentiable] public static double PowMinus2(double x) => Math.Pow(x, -2);
    [Differentiable] public static double PowMinus1(double x) => Math.Pow(x, -1.0);
    [Differentiable] public static double PowMinusHalf(double x) => Math.Pow(x, -0.5);
    [Differentiable] public static double Pow0(double x) => Math.Pow(x, 0);
    [Differentiable] public static double PowHalf(double x) => Math.Pow(x, 0.5);
    [Differentiable] public static double Pow1(double x) => Math.Pow(x, 1);
    [Differentiable] public static double PowThreeHalves(double x) => Math.Pow(x, 1.5);
    [Differentiable] public static double Pow2(double x) => Math.Pow(x, 2.0);
    [Differentiable] public static double Pow3(double x) => Math.Pow(x, 3);
    [Differentiable] public static double Pow4(double x) => Math.Pow(x, 4);
    [Differentiable] public static float Pow2F(float x) => MathF.Pow(x, 2f);
    [Differentiable] public static double PowVariable(double x, double y) => Math.Pow(x, y);
}
