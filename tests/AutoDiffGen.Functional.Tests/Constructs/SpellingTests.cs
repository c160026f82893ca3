using System;
using System.Numerics;
using AutoDiffGen.Functional.Tests.Reference;
using Xunit;
using F = AutoDiffGen.Functional.Tests.Constructs.SpellingFunctions;

namespace AutoDiffGen.Functional.Tests.Constructs;

public class SpellingTests
{
    private static readonly string[] X = { "x" };

    [Theory]
    [InlineData(-1.3)]
    [InlineData(0.4)]
    [InlineData(2.2)]
    public void UsingStaticMath(double x)
    {
        Assert.Equal(F.UsingStatic(x), F.UsingStaticGradient(x, out double dX));
        GradientCheck.MatchesComplexStep(z => Complex.Sin(z[0]) * Complex.Exp(z[0]), X, new[] { x }, dX);
    }

    [Theory]
    [InlineData(0.3)]
    [InlineData(2.2)]
    [InlineData(7.0)]
    public void AliasAndFullyQualified(double x)
    {
        Assert.Equal(F.Alias(x), F.AliasGradient(x, out double dA));
        GradientCheck.MatchesComplexStep(z => Complex.Sin(z[0]) + Complex.Log(z[0]), X, new[] { x }, dA);
        Assert.Equal(F.FullyQualified(x), F.FullyQualifiedGradient(x, out double dF));
        Approx.Grad(Math.Cos(x) * MathF.PI, dF, "dX", Approx.At(("x", x)));
    }

    [Theory]
    [InlineData(-1.3)]
    [InlineData(0.4)]
    [InlineData(2.2)]
    public void GenericMathConstants(double x)
    {
        Assert.Equal(F.GenericMathConstants(x), F.GenericMathConstantsGradient(x, out double dX));
        Approx.Grad(Math.PI + 2 * Math.Tau * x, dX, "dX", Approx.At(("x", x)));
    }

    [Theory]
    [InlineData(5.5, 2.0)]
    [InlineData(-5.5, 2.0)]
    [InlineData(7.0, -3.0)]
    [InlineData(0.25, 4.0)]
    public void Modulo(double x, double y)
    {
        // x % y = x - y·trunc(x/y): ∂x = 1, ∂y = -trunc(x/y) (trunc piecewise constant).
        Assert.Equal(x % y, F.ModuloGradient(x, y, out double dX, out double dY));
        string at = Approx.At(("x", x), ("y", y));
        Approx.Grad(1.0, dX, "dX", at);
        Approx.AssertClose(-Math.Truncate(x / y), dY, Approx.Rel, 1e-300, "dY", at);
    }

    [Theory]
    [InlineData(-1.5)]
    [InlineData(3.0)]
    public void UnaryPlusAndDoubleNegation(double x)
    {
        Assert.Equal(x * x, F.UnaryPlusAndDoubleNegationGradient(x, out double dX));
        Approx.Grad(2 * x, dX, "dX", Approx.At(("x", x)));
    }

    [Fact]
    public void ExtremeConstants()
    {
        F.ExtremeConstantsGradient(3.0, out double dX);
        Approx.Grad(double.Epsilon + 1 / double.MaxValue, dX, "dX", "(x=3)");
    }

    [Theory]
    [InlineData(-2.0)]
    [InlineData(0.5)]
    [InlineData(3.0)]
    public void RepeatedCallsInOneExpression(double x)
    {
        Assert.Equal(F.RepeatedCalls(x), F.RepeatedCallsGradient(x, out double dX));
        Approx.Grad(2 * Math.Sin(x) * Math.Cos(x) + Math.Cos(x), dX, "dX", Approx.At(("x", x)));
    }

    [Theory]
    [InlineData(-2.0, 0.0)]
    [InlineData(3.0, 1.0)]
    [InlineData(0.0, 0.5)]
    public void ReluWithIntZero(double x, double expected)
    {
        Assert.Equal(Math.Max(0, x), F.ReluWithIntZeroGradient(x, out double dX));
        Assert.Equal(expected, dX);
    }

    [Theory]
    [InlineData(-2.0, 0.0)]
    [InlineData(0.5, 1.0)]
    [InlineData(1.0, 1.0)]
    [InlineData(3.0, 0.0)]
    public void ClampWithIntBounds(double x, double expected)
    {
        Assert.Equal(Math.Clamp(x, 0, 1), F.ClampWithIntBoundsGradient(x, out double dX));
        Assert.Equal(expected, dX);
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(2.0)]
    [InlineData(-0.5)]
    public void DoubleDotSpellings(double x)
    {
        double v = F.DoubleDotSpellingsGradient(x, out double dX);
        if (x > 0) Assert.Equal(F.DoubleDotSpellings(x), v);
        else Assert.True(double.IsNaN(v)); // log of a negative number
        double expected = Math.Sign(x) + (x > 1 ? 1 : 0) + (Math.Abs(x) <= 1 ? 1 : 0) + 1 / (x * Math.Log(3))
            + 1 / (3 * Math.Cbrt(x) * Math.Cbrt(x)) + (2 * x + 1);
        if (x > 0) Approx.Grad(expected, dX, "dX", Approx.At(("x", x)));
    }

    [Theory]
    [InlineData(0.3)]
    [InlineData(-1.7)]
    [InlineData(2.5)]
    public void MathFInsideDouble(double x)
    {
        Assert.Equal(F.MathFInsideDouble(x), F.MathFInsideDoubleGradient(x, out double dX));
        float xf = (float)x;
        Approx.AssertClose(MathF.Cos(xf) * x + MathF.Sin(xf), dX, Approx.FloatRel, 1e-30, "dX", Approx.At(("x", x)));
    }
}
