using System;
using Xunit;
using E = AutoDiffGen.Functional.Tests.Stability.ElementaryFunctions;
using L = AutoDiffGen.Functional.Tests.Stability.LogisticFunctions;
using S = AutoDiffGen.Functional.Tests.Stability.LogSpaceFunctions;

namespace AutoDiffGen.Functional.Tests.Stability;

/// <summary>
/// Float spellings (MathF, f literals) of R01, R02, R03, R11 and R17 past float's range: e^88.7 overflows
/// float. The references are closed forms evaluated in double (e^-100 is σ(-100) and σ'(-100) to 1e-43
/// relative), compared at float precision.
/// </summary>
public class FloatExtremeTests
{
    [Fact]
    public void Sigmoid_at_minus_100()
    {
        double e = Math.Exp(-100);
        float v = L.SigmoidFGradient(-100f, out float d);
        Exact.EqualF(e, v, "SigmoidF value", -100);
        Exact.EqualF(e, d, "SigmoidF d/dx", -100);
        L.SigmoidFOffGradient(-100f, out float naive);
        Assert.True(float.IsNaN(naive), "the rewrites-off twin should give 0·∞ = NaN, got " + naive);
    }

    [Fact]
    public void LogSigmoid_at_minus_120()
    {
        // log σ(-120) = -120 - log1p(e^-120) = -120 in float; derivative σ(120) = 1.
        float v = L.LogSigmoidFGradient(-120f, out float d);
        Exact.EqualF(-120, v, "LogSigmoidF value", -120);
        Exact.EqualF(1, d, "LogSigmoidF d/dx", -120);
        float naive = L.LogSigmoidFOffGradient(-120f, out _);
        Assert.True(float.IsNegativeInfinity(naive) || float.IsNaN(naive), "the rewrites-off twin should give log 0, got " + naive);
    }

    [Fact]
    public void Softplus_at_100()
    {
        float v = L.SoftplusFGradient(100f, out float d);
        Exact.EqualF(100, v, "SoftplusF value", 100);
        Exact.EqualF(1, d, "SoftplusF d/dx", 100);
        Assert.True(float.IsPositiveInfinity(L.SoftplusFOffGradient(100f, out _)));
    }

    [Fact]
    public void Log1p_at_1e_minus_10()
    {
        double x = 1e-10f;
        float v = S.Log1pFGradient(1e-10f, out float d);
        Exact.EqualF(x - x * x / 2, v, "Log1pF value", x);
        Exact.EqualF(1 / (1 + x), d, "Log1pF d/dx", x);
        Assert.Equal(0f, S.Log1pFOffGradient(1e-10f, out _));
    }

    [Fact]
    public void Hypot_at_1e30()
    {
        // x·x = 1e60 overflows float; the exact values are √2·1e30 and 1/√2.
        float v = E.HypotFGradient(1e30f, 1e30f, out float dX, out float dY);
        Exact.EqualF(Math.Sqrt(2) * (double)1e30f, v, "HypotF value", 1e30);
        Exact.EqualF(Math.Sqrt(0.5), dX, "HypotF dX", 1e30);
        Exact.EqualF(Math.Sqrt(0.5), dY, "HypotF dY", 1e30);
    }
}
