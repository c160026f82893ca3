using System;
using System.Numerics;
using AutoDiffGen.Functional.Tests.Reference;
using Xunit;
using F = AutoDiffGen.Functional.Tests.Calls.CallFunctions;

namespace AutoDiffGen.Functional.Tests.Calls;

public class CallTests
{
    private static readonly string[] X = { "x" };
    private static readonly string[] XY = { "x", "y" };

    private static Complex Softplus(Complex v) => Complex.Log(1 + Complex.Exp(v));

    [Theory]
    [InlineData(0.5, 1.2)]
    [InlineData(-2.0, 0.3)]
    public void UsesOtherType(double x, double y)
    {
        double v = F.UsesOtherTypeGradient(x, y, out double dX, out double dY);
        Assert.Equal(F.UsesOtherType(x, y), v);
        GradientCheck.MatchesComplexStep(z => Softplus(z[0] * z[1]) * Complex.Cos(z[1]) + Softplus(z[1]), XY, new[] { x, y }, dX, dY);
    }

    [Theory]
    [InlineData(0.5, 1.2)]
    [InlineData(-1.1, -0.4)]
    public void Chain(double x, double y)
    {
        double v = F.ChainGradient(x, y, out double dX, out double dY);
        Assert.Equal(F.Chain(x, y), v);
        GradientCheck.MatchesComplexStep(z =>
        {
            Complex u = z[0] * z[1];
            return Complex.Sin(Complex.Exp(u) * u + Complex.Sin(z[1])) * z[0];
        }, XY, new[] { x, y }, dX, dY);
    }

    [Theory]
    [InlineData(0.7, 0)]
    [InlineData(-1.4, 4)]
    public void ConstantsIntoNoDiffAndIntClosedForm(double x, int n)
    {
        double v = F.ConstantsIntoNoDiffAndIntGradient(x, n, out double dX);
        Assert.Equal(F.ConstantsIntoNoDiffAndInt(x, n), v);
        // d/dx [2.5x³ + 0.5(x+1)^n] = 7.5x² + 0.5n(x+1)^{n-1}.
        double expected = 7.5 * x * x + (n == 0 ? 0 : 0.5 * n * Math.Pow(x + 1, n - 1));
        Approx.Grad(expected, dX, "x", Approx.At(("x", x)));
    }

    [Theory]
    [InlineData(1.3, 0)]
    [InlineData(1.3, 1)]
    [InlineData(-0.8, 7)]
    public void RecursivePowerClosedForm(double x, int n)
    {
        double v = F.PowerGradient(x, n, out double dX);
        Assert.Equal(F.Power(x, n), v);
        Approx.Grad(n == 0 ? 0 : n * Math.Pow(x, n - 1), dX, "x", Approx.At(("x", x)));
    }

    [Fact]
    public void RecursivePowerBackwardAccumulates()
    {
        double acc = -1.0;
        F.PowerBackward(2.0, 5, 0.5, ref acc);
        Approx.Grad(-1.0 + 0.5 * 5 * 16.0, acc, "x", "(x=2)");
    }

    [Theory]
    [InlineData(0.4, 3)]
    [InlineData(-1.0, 70)] // more than the stack buffer of the tape
    public void CallInLoop(double x, int n)
    {
        double v = F.CallInLoopGradient(x, n, out double dX);
        Assert.Equal(F.CallInLoop(x, n), v);
        GradientCheck.MatchesComplexStep(z =>
        {
            Complex s = z[0];
            for (int i = 0; i < n; i++) s = Softplus(s) * 0.5 + z[0];
            return s;
        }, X, new[] { x }, dX);
    }
}
