using System;

namespace AutoDiffGen.Functional.Tests.Rules;

/// <summary>Floor/Ceiling/Round/Sign/Truncate: zero derivative, but their value still scales other terms.</summary>
public static partial class PiecewiseConstantRuleFunctions
{
    // f = step(x) · x + x²: d/dx = step(x) + 2x, so a wrong (nonzero) step derivative or a lost product term shows.
    [Differentiable] public static double FloorTimesX(double x) => Math.Floor(x) * x + x * x;
    [Differentiable] public static double CeilingTimesX(double x) => Math.Ceiling(x) * x + x * x;
    [Differentiable] public static double RoundTimesX(double x) => Math.Round(x) * x + x * x;
    [Differentiable] public static double SignTimesX(double x) => Math.Sign(x) * x + x * x;
    [Differentiable] public static double TruncateTimesX(double x) => Math.Truncate(x) * x + x * x;

    // The step alone: the result does not depend on x differentiably, so the gradient is exactly 0.
    [Differentiable] public static double FloorAlone(double x) => Math.Floor(x);
}
