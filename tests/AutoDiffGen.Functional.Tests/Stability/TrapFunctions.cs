using System;

namespace AutoDiffGen.Functional.Tests.Stability;

/// <summary>
/// Gradient traps (catalogue §4): the forward value is fine, but a textbook reverse pass forms 0·∞ or
/// evaluates a partial on a path that does not matter.
/// </summary>
public static partial class TrapFunctions
{
    // T2/T10: a zero adjoint reaches √ at 0.
    [Differentiable] public static double ZeroTimesSqrt(double x) => 0 * Math.Sqrt(x);

    // T8: a zero weight on log 0, with and without the xlogy rewrite (the zero-adjoint guard alone must do).
    [Differentiable] public static double WeightedLog(double x, [NoDiff] double w) => w * Math.Log(x);
    [Differentiable(StabilityRewrites = false)] public static double WeightedLogOff(double x, [NoDiff] double w) => w * Math.Log(x);

    // T6: a zero weight on x^0.5 at 0, with and without the R33 rewrite.
    [Differentiable] public static double WeightedHalfPower(double x, [NoDiff] double w) => w * Math.Pow(x, 0.5);
    [Differentiable(StabilityRewrites = false)] public static double WeightedHalfPowerOff(double x, [NoDiff] double w) => w * Math.Pow(x, 0.5);

    // T7
    [Differentiable] public static double Atan2(double y, double x) => Math.Atan2(y, x);

    // T3
    [Differentiable] public static double Hypot(double x, double y) => double.Hypot(x, y);

    // T1: the branch not taken is never differentiated.
    [Differentiable] public static double GuardedLogTernary(double x) => x > 0 ? Math.Log(x) : 0;

    [Differentiable]
    public static double GuardedLogIf(double x)
    {
        if (x > 0) return Math.Log(x);
        return 0;
    }

    // T4, T5
    [Differentiable] public static double Abs(double x) => Math.Abs(x);
    [Differentiable] public static double Max(double x, double y) => Math.Max(x, y);
    [Differentiable] public static double Min(double x, double y) => Math.Min(x, y);
}
