using System;

namespace AutoDiffGen.Functional.Tests.Rules;

/// <summary>
/// Every rule in one sum, in each spelling (Math/double.X, MathF/float.X), so a rule missing from one
/// spelling's lookup table shows up as a wrong total. x ∈ (-1, 1) for Asin/Acos/Atanh; 1 &lt; y &lt; z for
/// Acosh, Log(y, z) and Clamp(x, y, z) (which then routes to lo).
/// </summary>
public static partial class AllSpellingsFunctions
{
    [Differentiable]
    public static double AllMath(double x, double y, double z) =>
        Math.Sin(x) + Math.Cos(x) + Math.Tan(x) + Math.Asin(x) + Math.Acos(x) + Math.Atan(x) + Math.Atan2(y, x)
        + Math.Sinh(x) + Math.Cosh(x) + Math.Tanh(x) + Math.Asinh(x) + Math.Acosh(y) + Math.Atanh(x) + Math.Exp(x)
        + Math.Log(y) + Math.Log(y, z) + Math.Log10(y) + Math.Log2(y) + Math.Sqrt(y) + Math.Cbrt(x) + Math.Pow(y, x)
        + Math.Abs(x) + Math.Max(x, y) + Math.Min(x, y) + Math.Clamp(x, y, z) + Math.FusedMultiplyAdd(x, y, z)
        + Math.Floor(x) + Math.Ceiling(x) + Math.Round(x) + Math.Sign(x) + Math.Truncate(x);

    [Differentiable]
    public static double AllDoubleDot(double x, double y, double z) =>
        double.Sin(x) + double.Cos(x) + double.Tan(x) + double.Asin(x) + double.Acos(x) + double.Atan(x) + double.Atan2(y, x)
        + double.Sinh(x) + double.Cosh(x) + double.Tanh(x) + double.Asinh(x) + double.Acosh(y) + double.Atanh(x) + double.Exp(x)
        + double.Log(y) + double.Log(y, z) + double.Log10(y) + double.Log2(y) + double.Sqrt(y) + double.Cbrt(x) + double.Pow(y, x)
        + double.Abs(x) + double.Max(x, y) + double.Min(x, y) + double.Clamp(x, y, z) + double.FusedMultiplyAdd(x, y, z)
        + double.Floor(x) + double.Ceiling(x) + double.Round(x) + double.Sign(x) + double.Truncate(x);

    [Differentiable]
    public static float AllMathF(float x, float y, float z) =>
        MathF.Sin(x) + MathF.Cos(x) + MathF.Tan(x) + MathF.Asin(x) + MathF.Acos(x) + MathF.Atan(x) + MathF.Atan2(y, x)
        + MathF.Sinh(x) + MathF.Cosh(x) + MathF.Tanh(x) + MathF.Asinh(x) + MathF.Acosh(y) + MathF.Atanh(x) + MathF.Exp(x)
        + MathF.Log(y) + MathF.Log(y, z) + MathF.Log10(y) + MathF.Log2(y) + MathF.Sqrt(y) + MathF.Cbrt(x) + MathF.Pow(y, x)
        + MathF.Abs(x) + MathF.Max(x, y) + MathF.Min(x, y) + Math.Clamp(x, y, z) + MathF.FusedMultiplyAdd(x, y, z)
        + MathF.Floor(x) + MathF.Ceiling(x) + MathF.Round(x) + MathF.Sign(x) + MathF.Truncate(x);

    [Differentiable]
    public static float AllFloatDot(float x, float y, float z) =>
        float.Sin(x) + float.Cos(x) + float.Tan(x) + float.Asin(x) + float.Acos(x) + float.Atan(x) + float.Atan2(y, x)
        + float.Sinh(x) + float.Cosh(x) + float.Tanh(x) + float.Asinh(x) + float.Acosh(y) + float.Atanh(x) + float.Exp(x)
        + float.Log(y) + float.Log(y, z) + float.Log10(y) + float.Log2(y) + float.Sqrt(y) + float.Cbrt(x) + float.Pow(y, x)
        + float.Abs(x) + float.Max(x, y) + float.Min(x, y) + float.Clamp(x, y, z) + float.FusedMultiplyAdd(x, y, z)
        + float.Floor(x) + float.Ceiling(x) + float.Round(x) + float.Sign(x) + float.Truncate(x);
}
