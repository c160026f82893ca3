using System;

namespace AutoDiffGen.Functional.Tests.Rules;

/// <summary>Math.PI / Math.E, const and static readonly fields read as constants, and double.X static spellings of Math.X.</summary>
public static partial class ConstantsAndStaticEquivalentFunctions
{
    private const double Half = 0.5;
    internal static readonly double Scale = 3.25;
    private static readonly float ScaleF = 1.75f;

    // f = π x² + e x: f' = 2πx + e
    [Differentiable] public static double PiAndE(double x) => Math.PI * x * x + Math.E * x;

    // f = Half·Scale·x³: f' = 1.5·Scale·x²
    [Differentiable] public static double Fields(double x) => Half * Scale * x * x * x;

    // f = ScaleF·sin(π_f x): f' = ScaleF·π_f·cos(π_f x)
    [Differentiable] public static float FloatFieldsAndPi(float x) => ScaleF * MathF.Sin(MathF.PI * x);

    // The generic-math static spellings: double.Sin, double.Exp, double.Sqrt, double.Pow, double.Atan2.
    [Differentiable] public static double StaticSpellings(double x, double y) =>
        double.Sin(x) * double.Exp(y) + double.Sqrt(x * x + y * y) + double.Pow(x, 2.5) + double.Atan2(y, x);
}
