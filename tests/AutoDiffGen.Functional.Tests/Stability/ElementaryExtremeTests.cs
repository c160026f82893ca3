using System.Collections.Generic;
using AutoDiffGen.Functional.Tests.Rules;
using Xunit;
using F = AutoDiffGen.Functional.Tests.Stability.ElementaryFunctions;

namespace AutoDiffGen.Functional.Tests.Stability;

/// <summary>
/// R17–R28 and T2 at the extreme inputs of stability-catalog.md §3 (mpmath columns copied here). Where the
/// catalogue has no row for a spelling, the expected numbers are closed forms, said so in the comment.
/// </summary>
public class ElementaryExtremeTests
{
    private static readonly Dictionary<string, (Gradient1 Rewritten, Gradient1 Twin)> Unary = new()
    {
        ["SquaredRootPow"] = (F.SquaredRootPowGradient, F.SquaredRootPowOffGradient),
        ["SquaredRootProduct"] = (F.SquaredRootProductGradient, F.SquaredRootProductOffGradient),
        ["SqrtOfSquare"] = (F.SqrtOfSquareGradient, F.SqrtOfSquareOffGradient),
        ["XLogX"] = (F.XLogXGradient, F.XLogXOffGradient),
        ["TanhOfExp"] = (F.TanhOfExpGradient, F.TanhOfExpOffGradient),
        ["LogCosh"] = (F.LogCoshGradient, F.LogCoshOffGradient),
        ["Log1pSquare"] = (F.Log1pSquareGradient, F.Log1pSquareOffGradient),
        ["Sqrt1pm1"] = (F.Sqrt1pm1Gradient, F.Sqrt1pm1OffGradient),
        ["OneMinusCos"] = (F.OneMinusCosGradient, F.OneMinusCosOffGradient),
        ["Sinc"] = (F.SincGradient, F.SincOffGradient),
        ["LogOfExp"] = (F.LogOfExpGradient, F.LogOfExpOffGradient),
        ["GaussianLogDensity"] = (F.GaussianLogDensityGradient, F.GaussianLogDensityOffGradient),
        ["ScaledLogOfExp"] = (F.ScaledLogOfExpGradient, F.ScaledLogOfExpOffGradient),
    };

    public static TheoryData<string, double, double, double> UnaryPoints => new()
    {
        // R18, closed form: (√s)² = s, derivative 1 (also at s = 0, where the naive chain gives 0·∞ → 0 by the guard).
        { "SquaredRootPow", 0, 0, 1 },
        { "SquaredRootProduct", 0, 0, 1 },
        // T2: √(x·x) at 0 (naive NaN); |x| at 1e200 (closed form; x·x overflows).
        { "SqrtOfSquare", 0, 0, 0 },
        { "SqrtOfSquare", 1e200, 1e200, 1 },
        { "SqrtOfSquare", -1e200, 1e200, -1 },
        // R19 table: x = 0 → 0, −∞ (one-sided).
        { "XLogX", 0, 0, double.NegativeInfinity },
        // R21 table, exp form: x = 800 → 1, 4e−1600 (→ 0); x = 1e−20 → 1e−20, 1.
        { "TanhOfExp", 800, 1, 0 },
        { "TanhOfExp", 1e-20, 1e-20, 1 },
        // R22 table.
        { "LogCosh", 800, 799.30685281944005, 1 },
        { "LogCosh", 1e-10, 5e-21, 1e-10 },
        // R23 table.
        { "Log1pSquare", 1e200, 921.03403719761827, 2e-200 },
        { "Log1pSquare", 1e-10, 1e-20, 2e-10 },
        // R24 table.
        { "Sqrt1pm1", 1e-17, 5e-18, 0.5 },
        { "Sqrt1pm1", 1e-10, 4.999999999875e-11, 0.499999999975 },
        // R25 table.
        { "OneMinusCos", 1e-8, 5e-17, 9.9999999999999998e-9 },
        { "OneMinusCos", 1e-4, 4.9999999958333333e-9, 9.9999999833333333e-5 },
        // R26 table: x = 0 → 1, 0; x = 1e−200 → 1, −x/3 (the catalogue's −3.33e−201, to all digits).
        { "Sinc", 0, 1, 0 },
        { "Sinc", 1e-200, 1, -1e-200 / 3 },
        // R27 table (Gaussian log-density); log(e^u) is the same without −log √(2π) = −0.91893853320467274.
        { "GaussianLogDensity", 40, -800.91893853320467, -40 },
        { "GaussianLogDensity", 1000, -500000.9189385332, -1000 },
        { "ScaledLogOfExp", 40, -800.91893853320467, -40 },
        { "ScaledLogOfExp", 1000, -500000.9189385332, -1000 },
        { "LogOfExp", 40, -800, -40 },
        { "LogOfExp", 1000, -500000, -1000 },
    };

    /// <summary>Rows the naive form already gets right (R19 at 1e−300): the rewrite must keep them.</summary>
    public static TheoryData<string, double, double, double> PassingPoints => new()
    {
        { "XLogX", 1e-300, -6.9077552789821371e-298, -689.77552789821371 },
    };

    [Theory]
    [MemberData(nameof(UnaryPoints))]
    [MemberData(nameof(PassingPoints))]
    public void Exact_value_and_derivative(string name, double x, double value, double derivative) =>
        Exact.Point(Unary[name].Rewritten, x, value, derivative, name);

    [Theory]
    [MemberData(nameof(UnaryPoints))]
    public void Rewrites_off_twin_fails(string name, double x, double value, double derivative) =>
        Exact.TwinFails(Unary[name].Twin, x, value, derivative, name + "Off");

    private static readonly Dictionary<string, (Gradient2 Rewritten, Gradient2 Twin)> Binary = new()
    {
        ["Hypot"] = (F.HypotGradient, F.HypotOffGradient),
        ["XLogY"] = (F.XLogYGradient, F.XLogYOffGradient),
        ["XLog1pY"] = (F.XLog1pYGradient, F.XLog1pYOffGradient),
        ["ExpRatio"] = (F.ExpRatioGradient, F.ExpRatioOffGradient),
        ["ExpProduct"] = (F.ExpProductGradient, F.ExpProductOffGradient),
    };

    public static TheoryData<string, double, double, double, double, double> BinaryPoints => new()
    {
        // R17 table; (0, 0) takes the convention 0.
        { "Hypot", 1e200, 1e200, 1.414213562373095e200, 0.70710678118654752, 0.70710678118654752 },
        { "Hypot", 3e-200, 4e-200, 5e-200, 0.6, 0.8 },
        { "Hypot", 0, 0, 0, 0, 0 },
        // R20 table: xlogy(0, 0) → 0, [∂x = log 0 = −∞, ∂y defined 0]; xlog1py(0, −1) the same.
        { "XLogY", 0, 0, 0, double.NegativeInfinity, 0 },
        { "XLog1pY", 0, -1, 0, double.NegativeInfinity, 0 },
        // R28 table, ratio: a = b = ±800 → 1, [1, −1]. Product, closed form e^(a+b): (800, −800) → 1, [1, 1].
        { "ExpRatio", 800, 800, 1, 1, -1 },
        { "ExpRatio", -800, -800, 1, 1, -1 },
        { "ExpProduct", 800, -800, 1, 1, 1 },
        { "ExpProduct", -800, 800, 1, 1, 1 },
    };

    [Theory]
    [MemberData(nameof(BinaryPoints))]
    public void Exact_value_and_gradient(string name, double x, double y, double value, double dX, double dY) =>
        Exact.Point(Binary[name].Rewritten, x, y, value, dX, dY, name);

    [Theory]
    [MemberData(nameof(BinaryPoints))]
    public void Rewrites_off_twin_fails_two_arguments(string name, double x, double y, double value, double dX, double dY) =>
        Exact.TwinFails(Binary[name].Twin, x, y, value, dX, dY, name + "Off");

    // R21 table, derivative of Math.Tanh itself (the rule, no rewrite): 1 − t·t would be 0 at both points.
    [Theory]
    [InlineData(20, 1.6993417021166356e-17)]
    [InlineData(-30, 3.5026043050786081e-26)]
    public void Tanh_derivative_in_the_tails(double x, double derivative)
    {
        F.TanhGradient(x, out double d);
        Exact.Equal(derivative, d, "Tanh d/dx", x);
    }
}
