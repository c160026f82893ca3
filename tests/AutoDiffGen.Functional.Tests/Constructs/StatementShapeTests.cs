using System;
using System.Numerics;
using AutoDiffGen.Functional.Tests.Reference;
using Xunit;
using F = AutoDiffGen.Functional.Tests.Constructs.StatementShapeFunctions;

namespace AutoDiffGen.Functional.Tests.Constructs;

public class StatementShapeTests
{
    private static readonly string[] X = { "x" };
    private static readonly string[] XY = { "x", "y" };

    [Theory]
    [InlineData(-1.3)]
    [InlineData(0.4)]
    [InlineData(2.2)]
    public void VarLocals(double x)
    {
        Assert.Equal(F.VarLocals(x), F.VarLocalsGradient(x, out double dX));
        Approx.Grad(2 * x * Math.Cos(x * x), dX, "dX", Approx.At(("x", x)));
    }

    [Theory]
    [InlineData(-1.3, 0.5)]
    [InlineData(0.4, 2.0)]
    [InlineData(2.2, -0.7)]
    public void SeveralDeclarators(double x, double y)
    {
        Assert.Equal(F.SeveralDeclarators(x, y), F.SeveralDeclaratorsGradient(x, y, out double dX, out double dY));
        GradientCheck.MatchesComplexStep(z => z[0] * z[1] * (z[0] * z[1] + z[0]), XY, new[] { x, y }, dX, dY);
    }

    [Theory]
    [InlineData(-1.3)]
    [InlineData(0.4)]
    [InlineData(2.2)]
    public void ElseIfChain(double x)
    {
        Assert.Equal(F.ElseIfChain(x), F.ElseIfChainGradient(x, out double dX));
        Approx.Grad(x < 0 ? -1 : x < 1 ? 2 * x : 0.5 / Math.Sqrt(x), dX, "dX", Approx.At(("x", x)));
    }

    [Theory]
    [InlineData(1.5, 1.5)]
    [InlineData(1.5, 1.0)]
    [InlineData(2.0, 1.0)]
    [InlineData(0.5, 1.0)]
    public void AllComparisons(double x, double y)
    {
        Assert.Equal(F.AllComparisons(x, y), F.AllComparisonsGradient(x, y, out double dX, out double dY));
        double ex, ey;
        if (x == y) (ex, ey) = (1, 0);
        else if (x != 2 && x >= y && y <= 3) (ex, ey) = (y, x);
        else (ex, ey) = (0, 2 * y);
        string at = Approx.At(("x", x), ("y", y));
        Approx.AssertClose(ex, dX, Approx.Rel, 1e-300, "dX", at);
        Approx.AssertClose(ey, dY, Approx.Rel, 1e-300, "dY", at);
    }

    [Theory]
    [InlineData(1.5, 4)]
    [InlineData(-1.5, 4)]
    public void ReturnsInt(double x, int n)
    {
        Assert.Equal(F.ReturnsInt(x, n), F.ReturnsIntGradient(x, n, out double dX));
        Assert.Equal(x > 0 ? 0.0 : n, dX);
    }

    [Theory]
    [InlineData(2.7)]
    [InlineData(-3.5)]
    [InlineData(0.5)]
    public void IntCastOfActiveIsPiecewiseConstant(double x)
    {
        Assert.Equal(F.IntCastOfActive(x), F.IntCastOfActiveGradient(x, out double dX));
        Assert.Equal((double)(int)x, dX);
    }

    [Theory]
    [InlineData(1.5, 3)]
    [InlineData(-0.5, -2)]
    public void IntCompoundIntoDouble(double x, int n)
    {
        Assert.Equal(F.IntCompoundIntoDouble(x, n), F.IntCompoundIntoDoubleGradient(x, n, out double dX));
        Assert.Equal((double)n, dX);
    }

    [Fact]
    public void LongLocal()
    {
        Assert.Equal(F.LongLocal(1.25), F.LongLocalGradient(1.25, out double dX));
        Assert.Equal(6.0, dX);
    }

    [Theory]
    [InlineData(-2.0)]
    [InlineData(0.5)]
    [InlineData(1.5)]
    public void TernaryInsideCondition(double x)
    {
        Assert.Equal(F.TernaryInsideCondition(x), F.TernaryInsideConditionGradient(x, out double dX));
        Approx.Grad(Math.Abs(x) > 1 ? 2 * x : 1, dX, "dX", Approx.At(("x", x)));
    }

    [Theory]
    [InlineData(0.5)]  // neither
    [InlineData(0.8)]  // second only
    [InlineData(1.8)]  // both: a = 0.9 after the first
    [InlineData(1.2)]  // first only: a = 0.6
    public void ReassignedThenTestedAgain(double x)
    {
        Assert.Equal(F.ReassignedThenTestedAgain(x), F.ReassignedThenTestedAgainGradient(x, out double dX));
        GradientCheck.MatchesComplexStep(z =>
        {
            var a = z[0];
            if (a.Real > 1) a = a / 2;
            if (a.Real > 0.7) a = a * a;
            return a;
        }, X, new[] { x }, dX);
    }

    [Theory]
    [InlineData(1.5)]
    [InlineData(-1.5)]
    public void BlockScopedLocals(double x)
    {
        Assert.Equal(F.BlockScopedLocals(x), F.BlockScopedLocalsGradient(x, out double dX));
        Approx.Grad(x > 0 ? 8 * x : 2 * x - 1, dX, "dX", Approx.At(("x", x)));
    }

    [Fact]
    public void BareBlock()
    {
        Assert.Equal(F.BareBlock(-1.5), F.BareBlockGradient(-1.5, out double dX));
        Approx.Grad(-3.0, dX, "dX", "(x=-1.5)");
    }

    [Theory]
    [InlineData(-1.3)]
    [InlineData(2.2)]
    public void LocalsNamedLikeGeneratedOnes(double x)
    {
        string at = Approx.At(("x", x));
        Assert.Equal(F.LocalNamedResult(x), F.LocalNamedResultGradient(x, out double d1));
        Approx.Grad(3 * x * x, d1, "dX (local 'result')", at);
        Assert.Equal(F.LocalNamedT0(x), F.LocalNamedT0Gradient(x, out double d2));
        Approx.Grad(x > 0 ? Math.Cos(x) * x + Math.Sin(x) : Math.Cos(x), d2, "dX (local 't0')", at);
        Assert.Equal(F.LocalLikeAnAdjoint(x), F.LocalLikeAnAdjointGradient(x, out double d3));
        Approx.Grad(4 * x * x * x + 2 * x, d3, "dA (local 'dB' next to 'b')", at);
    }

    [Theory]
    [InlineData(-1.3, 0.7)]
    [InlineData(2.2, -0.4)]
    public void ParametersNamedLikeGeneratedLocals(double a, double x)
    {
        string at = Approx.At(("a", a), ("x", x));
        Assert.Equal(F.ParameterNamedResult(a, x), F.ParameterNamedResultGradient(a, x, out double dResult, out double dX1));
        Assert.Equal((x, a), (dResult, dX1));
        Assert.Equal(F.ParameterNamedT0(a, x), F.ParameterNamedT0Gradient(a, x, out double dT0, out double dX2));
        Approx.Grad(Math.Cos(a) * (x + 1), dT0, "dT0", at);
        Approx.Grad(Math.Sin(a), dX2, "dX", at);
        Assert.Equal(F.ParameterNamedDT0(a, x), F.ParameterNamedDT0Gradient(a, x, out double dDT0, out double dX3));
        Assert.Equal(x > 0 ? (x, a) : (0.0, 1.0), (dDT0, dX3));
        Assert.Equal(F.LocalNamedDResult(x), F.LocalNamedDResultGradient(x, out double dX4));
        Approx.Grad(6 * x, dX4, "dX (local 'dResult')", at);
    }

    [Theory]
    [InlineData(-1.3)]
    [InlineData(2.2)]
    public void ParameterNames(double x)
    {
        Assert.Equal(F.GreekName(x), F.GreekNameGradient(x, out double dAlpha));
        Approx.Grad(3 * x * x, dAlpha, "dΑ", Approx.At(("α", x)));
        Assert.Equal(F.UnderscoreName(x), F.UnderscoreNameGradient(x, out double dUnderscore));
        Approx.Grad(2 * x, dUnderscore, "d_x", Approx.At(("_x", x)));
    }

    [Theory]
    [InlineData(1.5f)]
    [InlineData(-0.75f)]
    public void FloatWithIntLiterals(float x)
    {
        Assert.Equal(F.FloatWithIntLiterals(x), F.FloatWithIntLiteralsGradient(x, out float dX));
        Approx.AssertClose(4.0 * x / 3.0, dX, Approx.FloatRel, 1e-30, "dX", Approx.At(("x", x)));
    }

    [Fact]
    public void FloatFieldInDouble()
    {
        Assert.Equal(F.FloatFieldInDouble(2.0), F.FloatFieldInDoubleGradient(2.0, out double dX));
        Assert.Equal(1.5, dX);
    }

    [Theory]
    [InlineData(1.5f, 3.0f)]
    [InlineData(float.NaN, 0.0f)]
    public void FloatParamDoubleReturn(float x, float expected)
    {
        double v = F.FloatParamDoubleReturnGradient(x, out float dX);
        Assert.Equal(F.FloatParamDoubleReturn(x), v);
        Assert.Equal(expected, dX);
    }

    [Fact]
    public void OverloadsAreBothGenerated()
    {
        Assert.Equal(9.0, F.OverloadedGradient(3.0, out double d1));
        Assert.Equal(6.0, d1);
        Assert.Equal(12.0, F.OverloadedGradient(3.0, 2.0, out double dX, out double dY));
        Assert.Equal((4.0, 12.0), (dX, dY));
    }
}
