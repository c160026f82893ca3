using System;
using System.Collections.Generic;
using AutoDiffGen.Functional.Tests.Rules;
using Xunit;
using F = AutoDiffGen.Functional.Tests.Stability.LogSpaceFunctions;

namespace AutoDiffGen.Functional.Tests.Stability;

/// <summary>R06, R11–R15 at the extreme inputs of stability-catalog.md §3 (mpmath columns copied here).</summary>
public class LogSpaceExtremeTests
{
    private static readonly Dictionary<string, (Gradient1 Rewritten, Gradient1 Twin)> Unary = new()
    {
        ["Log1p"] = (F.Log1pGradient, F.Log1pOffGradient),
        ["Log1pReversed"] = (F.Log1pReversedGradient, F.Log1pReversedOffGradient),
        ["LogOneMinus"] = (F.LogOneMinusGradient, F.LogOneMinusOffGradient),
        ["Expm1"] = (F.Expm1Gradient, F.Expm1OffGradient),
        ["OneMinusExp"] = (F.OneMinusExpGradient, F.OneMinusExpOffGradient),
        ["Log1mexp"] = (F.Log1mexpGradient, F.Log1mexpOffGradient),
        ["Log1mexpLocal"] = (F.Log1mexpLocalGradient, F.Log1mexpLocalOffGradient),
        ["SoftplusInverse"] = (F.SoftplusInverseGradient, F.SoftplusInverseOffGradient),
    };

    public static TheoryData<string, double, double, double> UnaryPoints => new()
    {
        // R11 table: log(1+x) at 1e−17 and 1.23e−15; log(1−p) at p = 1e−20.
        { "Log1p", 1e-17, 9.9999999999999999e-18, 1 },
        { "Log1p", 1.23e-15, 1.2299999999999993e-15, 0.99999999999999877 },
        { "Log1pReversed", 1e-17, 9.9999999999999999e-18, 1 },
        { "Log1pReversed", 1.23e-15, 1.2299999999999993e-15, 0.99999999999999877 },
        { "LogOneMinus", 1e-20, -1e-20, -1 },
        // R12 table: e^x − 1; 1 − e^x is its negative with derivative −e^x.
        { "Expm1", 1e-10, 1.00000000005e-10, 1.0000000001 },
        { "Expm1", 1e-17, 1e-17, 1 },
        { "Expm1", -1e-17, -9.9999999999999999e-18, 1 },
        { "OneMinusExp", 1e-10, -1.00000000005e-10, -1.0000000001 },
        { "OneMinusExp", -1e-17, 9.9999999999999999e-18, -1 },
        // R13 table.
        { "Log1mexp", -1e-20, -46.051701859880914, -1e20 },
        { "Log1mexp", -40, -4.248354255291589e-18, -4.248354255291589e-18 },
        { "Log1mexp", -1e-10, -23.025850929990457, -9999999999.5 },
        { "Log1mexpLocal", -1e-20, -46.051701859880914, -1e20 },
        { "Log1mexpLocal", -1e-10, -23.025850929990457, -9999999999.5 },
        // R15 table.
        { "SoftplusInverse", 800, 800, 1 },
        { "SoftplusInverse", 1e-20, -46.051701859880914, 1e20 },
    };

    [Theory]
    [MemberData(nameof(UnaryPoints))]
    public void Exact_value_and_derivative(string name, double x, double value, double derivative) =>
        Exact.Point(Unary[name].Rewritten, x, value, derivative, name);

    [Theory]
    [MemberData(nameof(UnaryPoints))]
    public void Rewrites_off_twin_fails(string name, double x, double value, double derivative) =>
        Exact.TwinFails(Unary[name].Twin, x, value, derivative, name + "Off");

    public static TheoryData<double, double, double, double, double> LogAddExpPoints => new()
    {
        // R06 table: (a, b) → value, [∂a, ∂b].
        { 1000, 1000, 1000.6931471805599, 0.5, 0.5 },
        { -1000, -1000, -999.30685281944005, 0.5, 0.5 },
        { 0, -40, 4.248354255291589e-18, 1, 4.248354255291589e-18 },
    };

    [Theory]
    [MemberData(nameof(LogAddExpPoints))]
    public void LogAddExp_exact(double a, double b, double value, double dA, double dB)
    {
        Exact.Point(F.LogAddExpGradient, a, b, value, dA, dB, "LogAddExp");
        Exact.TwinFails(F.LogAddExpOffGradient, a, b, value, dA, dB, "LogAddExpOff");
    }

    public static TheoryData<double, double, double, double, double> LogOfProductPoints => new()
    {
        // R16 table, the overflow case: log(1e200·1e200) = 921.03403719761827 (mpmath), ∂a = 1/a, ∂b = 1/b.
        { 1e200, 1e200, 921.03403719761827, 1e-200, 1e-200 },
        { -1e200, -1e200, 921.03403719761827, -1e-200, -1e-200 },
        // Underflow: the product 1e-400 is 0 in double (mpmath values).
        { 1e-200, 1e-200, -921.03403719761827, 1e200, 1e200 },
        { 3e-170, 5e-170, -780.17088141687332, 3.3333333333333333e169, 2e169 },
    };

    [Theory]
    [MemberData(nameof(LogOfProductPoints))]
    public void LogOfProduct_exact(double a, double b, double value, double dA, double dB)
    {
        Exact.Point(F.LogOfProductGradient, a, b, value, dA, dB, "LogOfProduct");
        Exact.TwinFails(F.LogOfProductOffGradient, a, b, value, dA, dB, "LogOfProductOff");
    }

    [Fact]
    public void LogOfProduct_is_the_naive_log_in_the_ordinary_range_and_NaN_for_a_negative_product()
    {
        Assert.Equal(Math.Log(0.7 * 1.3), F.LogOfProductGradient(0.7, 1.3, out double dA, out double dB));
        Exact.Equal(1 / 0.7, dA, "∂a", 0.7);
        Exact.Equal(1 / 1.3, dB, "∂b", 1.3);
        // Where the naive log is NaN (a negative product, also one that underflowed to -0) it stays NaN.
        Assert.True(double.IsNaN(F.LogOfProductGradient(-2, 3, out _, out _)));
        Assert.True(double.IsNaN(F.LogOfProductGradient(-1e-200, 1e-200, out _, out _)));
        Assert.Equal(double.NegativeInfinity, F.LogOfProductGradient(0, 3, out _, out _));
    }

    public static TheoryData<double, double, double, double, double> LogDiffExpPoints => new()
    {
        // R14 table: (a, b) → value, [∂a, ∂b].
        { 1000, 999, 999.54132485461292, 1.5819767068693264, -0.58197670686932642 },
        { -1000, -1000.5, -1000.9327521295672, 2.5414940825367983, -1.5414940825367983 },
        { 0, -1e-20, -46.051701859880914, 1e20, -1e20 },
    };

    [Theory]
    [MemberData(nameof(LogDiffExpPoints))]
    public void LogDiffExp_exact(double a, double b, double value, double dA, double dB)
    {
        Exact.Point(F.LogDiffExpGradient, a, b, value, dA, dB, "LogDiffExp");
        Exact.TwinFails(F.LogDiffExpOffGradient, a, b, value, dA, dB, "LogDiffExpOff");
    }
}
