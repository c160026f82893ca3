using System;
using static System.Math;
using M = System.Math;

namespace AutoDiffGen.Functional.Tests.Constructs;

/// <summary>The same Math rules reached through the ways users spell them, and less common operators.</summary>
public static partial class SpellingFunctions
{
    [Differentiable] public static double UsingStatic(double x) => Sin(x) * Exp(x);
    [Differentiable] public static double Alias(double x) => M.Sin(x) + M.Log(x);
    [Differentiable] public static double FullyQualified(double x) => System.Math.Sin(x) * System.MathF.PI;
    [Differentiable] public static double GenericMathConstants(double x) => double.Pi * x + double.E + Math.Tau * x * x;
    [Differentiable] public static double Modulo(double x, double y) => x % y;
    [Differentiable] public static double UnaryPlusAndDoubleNegation(double x) => +x * -(-x);
    [Differentiable] public static double ExtremeConstants(double x) => x * double.Epsilon + x / double.MaxValue;
    [Differentiable] public static double RepeatedCalls(double x) => Math.Sin(x) * Math.Sin(x) + Math.Sin(x);

    // Int literals converted to double at the call: Max(double, double) chosen by overload resolution.
    [Differentiable] public static double ReluWithIntZero(double x) => Math.Max(0, x);
    [Differentiable] public static double ClampWithIntBounds(double x) => Math.Clamp(x, 0, 1);

    // The double.X generic-math spellings of the remaining rules.
    [Differentiable]
    public static double DoubleDotSpellings(double x) =>
        double.Abs(x) + double.Max(x, 1) + double.Clamp(x, -1, 1) + double.Log(x, 3) + double.Cbrt(x)
        + double.FusedMultiplyAdd(x, x, x) + double.Floor(x) + double.Sign(x);

    // A float-typed MathF call inside a double method.
    [Differentiable] public static double MathFInsideDouble(double x) => MathF.Sin((float)x) * x;
}
