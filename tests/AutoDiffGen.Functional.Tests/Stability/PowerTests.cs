using System.Collections.Generic;
using AutoDiffGen.Functional.Tests.Rules;
using Xunit;
using F = AutoDiffGen.Functional.Tests.Stability.PowerFunctions;

namespace AutoDiffGen.Functional.Tests.Stability;

/// <summary>
/// R33: Math.Pow with a constant exponent, at 0 and at negative bases where a log-based derivative would
/// be NaN. Expected values are the closed forms x^c and c·x^(c−1) (one-sided at 0, catalogue T6), and the
/// catalogue's R33 rows for c = 0, c = 0.5 and the variable exponent. The generator's own Pow rule already
/// guards c = 0 and never differentiates a constant exponent, so a rewrites-off twin would pass these
/// points too; that R33 applies is shown by the generator snapshot and diagnostic tests instead.
/// </summary>
public class PowerTests
{
    private static readonly Dictionary<string, Gradient1> Methods = new()
    {
        ["-2"] = F.PowMinus2Gradient,
        ["-1"] = F.PowMinus1Gradient,
        ["-0.5"] = F.PowMinusHalfGradient,
        ["0"] = F.Pow0Gradient,
        ["0.5"] = F.PowHalfGradient,
        ["1"] = F.Pow1Gradient,
        ["1.5"] = F.PowThreeHalvesGradient,
        ["2"] = F.Pow2Gradient,
        ["3"] = F.Pow3Gradient,
        ["4"] = F.Pow4Gradient,
    };

    public static TheoryData<string, double, double, double> Points => new()
    {
        { "-2", 2, 0.25, -0.25 },
        { "-2", -2, 0.25, 0.25 },
        { "-1", 4, 0.25, -1.0 / 16 },
        { "-1", -4, -0.25, -1.0 / 16 },
        { "-0.5", 4, 0.5, -1.0 / 16 },
        // R33 table: Pow(x, 0) at 0 → 1, derivative 0.
        { "0", 0, 1, 0 },
        { "0", -3, 1, 0 },
        // R33 table: Pow(x, 0.5) at 0 → 0, +∞ (one-sided).
        { "0.5", 0, 0, double.PositiveInfinity },
        { "0.5", 4, 2, 0.25 },
        { "1", 0, 0, 1 },
        { "1", -3, -3, 1 },
        { "1.5", 0, 0, 0 },
        { "1.5", 4, 8, 3 },
        { "2", 0, 0, 0 },
        { "2", -3, 9, -6 },
        { "3", 0, 0, 0 },
        { "3", -2, -8, 12 },
        { "4", 0, 0, 0 },
        { "4", -2, 16, -32 },
    };

    [Theory]
    [MemberData(nameof(Points))]
    public void Constant_exponent(string exponent, double x, double value, double derivative) =>
        Exact.Point(Methods[exponent], x, value, derivative, "Pow(x, " + exponent + ")");

    [Fact]
    public void Float_square_at_a_negative_base()
    {
        float v = F.Pow2FGradient(-3f, out float d);
        Assert.Equal(9f, v);
        Assert.Equal(-6f, d);
    }

    // R33 table, variable exponent: (0, 2) → 0, [0, 0]; (−2, 2) → 4, ∂x = −4 (∂y is complex there, not checked).
    [Fact]
    public void Variable_exponent_at_a_zero_base()
    {
        Exact.Point(F.PowVariableGradient, 0, 2, 0, 0, 0, "Pow(x, y)");
        double v = F.PowVariableGradient(-2, 2, out double dX, out _);
        Exact.Equal(4, v, "Pow(x, y) value", -2);
        Exact.Equal(-4, dX, "Pow(x, y) dX", -2);
    }
}
