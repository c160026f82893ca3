using System;

namespace AutoDiffGen.Functional.Tests.Rules;

/// <summary>MathF (and float.X) versions of a representative set of rules: the generated code must stay in float.</summary>
public static partial class FloatRuleFunctions
{
    [Differentiable] public static float SinF(float x) => MathF.Sin(x);
    [Differentiable] public static float ExpF(float x) => MathF.Exp(x);
    [Differentiable] public static float LogF(float x) => MathF.Log(x);
    [Differentiable] public static float SqrtF(float x) => MathF.Sqrt(x);
    [Differentiable] public static float TanhF(float x) => MathF.Tanh(x);
    [Differentiable] public static float AsinF(float x) => MathF.Asin(x);
    [Differentiable] public static float AcoshF(float x) => MathF.Acosh(x);
    [Differentiable] public static float CbrtF(float x) => MathF.Cbrt(x);
    [Differentiable] public static float Log2F(float x) => MathF.Log2(x);
    [Differentiable] public static float AbsF(float x) => MathF.Abs(x);
    [Differentiable] public static float CosStaticF(float x) => float.Cos(x);
    [Differentiable] public static float PowF(float x, float y) => MathF.Pow(x, y);
    [Differentiable] public static float Atan2F(float y, float x) => MathF.Atan2(y, x);
    [Differentiable] public static float MaxF(float x, float y) => MathF.Max(x, y);
    [Differentiable] public static float LogBaseF(float a, float b) => MathF.Log(a, b);
}
