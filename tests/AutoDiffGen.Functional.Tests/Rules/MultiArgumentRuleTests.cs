using System;
using System.Numerics;
using AutoDiffGen.Functional.Tests.Reference;
using Xunit;
using F = AutoDiffGen.Functional.Tests.Rules.MultiArgumentRuleFunctions;

namespace AutoDiffGen.Functional.Tests.Rules;

/// <summary>Pow (complex step in both arguments), Atan2, Log(a, b), Max, Min, Clamp, FMA (closed forms and kink conventions).</summary>
public class MultiArgumentRuleTests
{
    [Theory]
    [InlineData(1.7, 2.3)]
    [InlineData(0.4, -1.5)]
    [InlineData(3.0, 0.5)]
    [InlineData(2.5, 3.0)]
    [InlineData(1e-3, 0.7)]
    public void PowMatchesComplexStepInBothArguments(double x, double y)
    {
        double v = F.PowRuleGradient(x, y, out double dX, out double dY);
        Assert.Equal(Math.Pow(x, y), v);
        Func<Complex[], Complex> f = z => Complex.Pow(z[0], z[1]);
        string at = Approx.At(("x", x), ("y", y));
        Approx.Grad(ComplexStep.Partial(f, new[] { x, y }, 0), dX, "dX", at);
        Approx.Grad(ComplexStep.Partial(f, new[] { x, y }, 1), dY, "dY", at);
    }

    [Theory]
    [InlineData(2.5)]
    [InlineData(1.0)]
    public void PowExponentDerivativeIsZeroAtZeroBase(double y)
    {
        // Convention: d/dy x^y = x^y ln x is taken as 0 at x == 0 (its limit for y > 0), never 0·(-inf) = NaN.
        F.PowRuleGradient(0.0, y, out double dX, out double dY);
        Assert.Equal(0.0, dY);
        Assert.Equal(y == 1.0 ? 1.0 : 0.0, dX);
    }

    [Fact]
    public void PowBaseDerivativeOfZeroToTheZeroIsZero()
    {
        // x^0 ≡ 1, so ∂x = 0 everywhere, including x = 0 where y·x^(y-1) = 0·0^-1 = 0·∞ = NaN if taken literally
        // (JAX special-cases this too). ∂y at x = 0 is 0 by the documented convention.
        double v = F.PowRuleGradient(0.0, 0.0, out double dX, out double dY);
        Assert.Equal(1.0, v);
        Assert.Equal(0.0, dX);
        Assert.Equal(0.0, dY);
    }

    [Theory]
    [InlineData(2.0, 1.0)]
    [InlineData(2.0, -1.0)]
    [InlineData(-2.0, -0.5)]
    [InlineData(-3.0, 0.5)]
    [InlineData(1e-3, 4.0)]
    public void Atan2MatchesClosedForm(double y, double x)
    {
        double v = F.Atan2RuleGradient(y, x, out double dY, out double dX);
        Assert.Equal(Math.Atan2(y, x), v);
        double r2 = x * x + y * y;
        string at = Approx.At(("y", y), ("x", x));
        Approx.Grad(x / r2, dY, "dY", at);
        Approx.Grad(-y / r2, dX, "dX", at);
    }

    [Theory]
    [InlineData(5.0, 2.0)]
    [InlineData(0.3, 10.0)]
    [InlineData(7.0, 0.5)]
    [InlineData(1.0, 3.0)]
    public void LogBaseMatchesClosedForm(double a, double b)
    {
        double v = F.LogBaseRuleGradient(a, b, out double dA, out double dB);
        Assert.Equal(Math.Log(a, b), v);
        double lnB = Math.Log(b);
        string at = Approx.At(("a", a), ("b", b));
        Approx.Grad(1 / (a * lnB), dA, "dA", at);
        Approx.Grad(-Math.Log(a) / (b * lnB * lnB), dB, "dB", at);
    }

    [Theory]
    [InlineData(1.0, 2.0, 0.0, 1.0)]
    [InlineData(3.0, -1.0, 1.0, 0.0)]
    [InlineData(-2.0, -2.0, 0.5, 0.5)]
    [InlineData(0.0, 0.0, 0.5, 0.5)]
    public void MaxFollowsWinnerAndSplitsTies(double x, double y, double expectedDx, double expectedDy)
    {
        double v = F.MaxRuleGradient(x, y, out double dX, out double dY);
        Assert.Equal(Math.Max(x, y), v);
        Assert.Equal(expectedDx, dX);
        Assert.Equal(expectedDy, dY);
    }

    [Theory]
    [InlineData(1.0, 2.0, 1.0, 0.0)]
    [InlineData(3.0, -1.0, 0.0, 1.0)]
    [InlineData(-2.0, -2.0, 0.5, 0.5)]
    [InlineData(0.0, 0.0, 0.5, 0.5)]
    public void MinFollowsWinnerAndSplitsTies(double x, double y, double expectedDx, double expectedDy)
    {
        double v = F.MinRuleGradient(x, y, out double dX, out double dY);
        Assert.Equal(Math.Min(x, y), v);
        Assert.Equal(expectedDx, dX);
        Assert.Equal(expectedDy, dY);
    }

    [Theory]
    [InlineData(0.5, 0.0, 1.0, 1.0, 0.0, 0.0)]    // inside
    [InlineData(0.0, 0.0, 1.0, 1.0, 0.0, 0.0)]    // at lo: lo <= x <= hi, so x gets it
    [InlineData(1.0, 0.0, 1.0, 1.0, 0.0, 0.0)]    // at hi: x gets it
    [InlineData(-0.5, 0.0, 1.0, 0.0, 1.0, 0.0)]   // below: lo gets it
    [InlineData(7.0, 0.0, 1.0, 0.0, 0.0, 1.0)]    // above: hi gets it
    [InlineData(-3.0, -2.0, -1.0, 0.0, 1.0, 0.0)] // negative range, below
    [InlineData(2.0, 2.0, 2.0, 1.0, 0.0, 0.0)]    // degenerate range lo == hi == x
    public void ClampRoutesAdjointPerConvention(double x, double lo, double hi, double eDx, double eDlo, double eDhi)
    {
        double v = F.ClampRuleGradient(x, lo, hi, out double dX, out double dLo, out double dHi);
        Assert.Equal(Math.Clamp(x, lo, hi), v);
        Assert.Equal((eDx, eDlo, eDhi), (dX, dLo, dHi));
    }

    [Theory]
    [InlineData(1.5, -2.0, 0.25)]
    [InlineData(-3.0, 0.5, 7.0)]
    [InlineData(0.0, 4.0, -1.0)]
    public void FusedMultiplyAddMatchesClosedForm(double x, double y, double z)
    {
        double v = F.FmaRuleGradient(x, y, z, out double dX, out double dY, out double dZ);
        Assert.Equal(Math.FusedMultiplyAdd(x, y, z), v);
        Assert.Equal((y, x, 1.0), (dX, dY, dZ));
    }
}
