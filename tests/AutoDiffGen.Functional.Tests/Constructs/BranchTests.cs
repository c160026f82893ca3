using System;
using System.Numerics;
using AutoDiffGen.Functional.Tests.Reference;
using Xunit;
using F = AutoDiffGen.Functional.Tests.Constructs.BranchFunctions;

namespace AutoDiffGen.Functional.Tests.Constructs;

public class BranchTests
{
    private static readonly string[] X = { "x" };
    private static readonly string[] XY = { "x", "y" };

    [Theory]
    [InlineData(2.0, 1.5)]   // then
    [InlineData(0.5, 1.5)]   // else
    [InlineData(-1.0, -3.0)] // then, negatives
    [InlineData(-2.0, 0.7)]  // else, negatives
    public void IfElseBoth(double x, double y)
    {
        double v = F.IfElseBothGradient(x, y, out double dX, out double dY);
        Assert.Equal(F.IfElseBoth(x, y), v);
        GradientCheck.MatchesComplexStep(z => (z[0].Real > z[1].Real ? z[0] * z[1] : z[0] / z[1]) * z[0], XY, new[] { x, y }, dX, dY);
    }

    [Theory]
    [InlineData(1.7)]
    [InlineData(0.5)]
    [InlineData(-2.0)]
    public void IfOneBranch(double x)
    {
        double v = F.IfOneBranchGradient(x, out double dX);
        Assert.Equal(F.IfOneBranch(x), v);
        GradientCheck.MatchesComplexStep(z => { var r = z[0] * z[0]; if (z[0].Real > 1) r = Complex.Sin(r); return r + z[0]; }, X, new[] { x }, dX);
    }

    [Theory]
    [InlineData(1.5, 2.0)]
    [InlineData(1.5, -2.0)]
    [InlineData(-1.5, 2.0)]
    [InlineData(-1.5, -2.0)]
    public void NestedIf(double x, double y)
    {
        double v = F.NestedIfGradient(x, y, out double dX, out double dY);
        Assert.Equal(F.NestedIf(x, y), v);
        GradientCheck.MatchesComplexStep(z =>
        {
            Complex r;
            if (z[0].Real > 0) r = z[1].Real > 0 ? z[0] * z[1] : z[0] - z[1] * z[1];
            else r = z[1].Real > z[0].Real ? Complex.Exp(z[0]) * z[1] : z[1] * z[1] * z[0];
            return r + z[1];
        }, XY, new[] { x, y }, dX, dY);
    }

    [Theory]
    [InlineData(0.5, 0.25)]
    [InlineData(3.0, 2.0)]
    [InlineData(-1.0, 2.0)]
    public void BranchReadsAndWritesSeveral(double x, double y)
    {
        double v = F.BranchReadsAndWritesSeveralGradient(x, y, out double dX, out double dY);
        Assert.Equal(F.BranchReadsAndWritesSeveral(x, y), v);
        GradientCheck.MatchesComplexStep(z =>
        {
            var a = z[0] + z[1];
            var b = z[0] * z[1];
            if (a.Real > b.Real) { a = a * b; b = b + 1; }
            else b = a - b * b;
            return a * b;
        }, XY, new[] { x, y }, dX, dY);
    }

    [Theory]
    [InlineData(2.0, 1.0)]
    [InlineData(-1.0, 1.0)]
    [InlineData(0.3, -0.2)]
    public void Ternary(double x, double y)
    {
        double v = F.TernaryGradient(x, y, out double dX, out double dY);
        Assert.Equal(F.Ternary(x, y), v);
        GradientCheck.MatchesComplexStep(z => z[0].Real > z[1].Real ? z[0] * z[0] * z[1] : Complex.Cos(z[0]) - z[1], XY, new[] { x, y }, dX, dY);
    }

    [Theory]
    [InlineData(-2.5)]
    [InlineData(0.3)]
    [InlineData(4.0)]
    public void NestedTernary(double x)
    {
        double v = F.NestedTernaryGradient(x, out double dX);
        Assert.Equal(F.NestedTernary(x), v);
        GradientCheck.MatchesComplexStep(z => z[0].Real < -1 ? -z[0] * z[0] : z[0].Real < 1 ? Complex.Sin(z[0]) : Complex.Log(z[0]) + Math.Sin(1), X, new[] { x }, dX);
    }

    [Theory]
    [InlineData(-2.0)]
    [InlineData(-1e-3)]
    [InlineData(0.0)]
    public void UntakenLogBranchDoesNotLeakNaN(double x)
    {
        double v = F.TernaryLogNaNBranchGradient(x, out double dX);
        Assert.Equal(x * x, v);
        Approx.Grad(2 * x, dX, "dX", Approx.At(("x", x)));
    }

    [Theory]
    [InlineData(-2.0)]
    [InlineData(-1e-3)]
    [InlineData(0.0)]
    public void UntakenSqrtBranchDoesNotLeakNaN(double x)
    {
        double v = F.TernarySqrtNaNBranchGradient(x, out double dX);
        Assert.Equal(x * x, v);
        Approx.Grad(2 * x, dX, "dX", Approx.At(("x", x)));
    }

    [Theory]
    [InlineData(-2.0)]
    [InlineData(1.0)]
    [InlineData(5.0)]
    public void UntakenAsinBranchDoesNotLeakNaN(double x)
    {
        double v = F.TernaryAsinNaNBranchGradient(x, out double dX);
        Assert.Equal(3 * x, v);
        Assert.Equal(3.0, dX);
    }

    [Theory]
    [InlineData(-2.0)]
    [InlineData(0.0)]
    [InlineData(4.0)]
    public void UntakenSqrtIfBranchDoesNotLeakNaN(double x)
    {
        double v = F.IfSqrtNaNBranchGradient(x, out double dX);
        Assert.Equal(F.IfSqrtNaNBranch(x), v);
        Approx.Grad(x > 0 ? 1.5 / Math.Sqrt(x) : -3, dX, "dX", Approx.At(("x", x)));
    }

    [Theory]
    [InlineData(1.0, 2.0)]   // && true
    [InlineData(3.0, -1.0)]  // !(x < y) true
    [InlineData(-3.0, 1.0)]  // both false
    [InlineData(-1.0, -2.0)] // !(x < y) true, && false
    public void Logic(double x, double y)
    {
        double v = F.LogicGradient(x, y, out double dX, out double dY);
        Assert.Equal(F.Logic(x, y), v);
        GradientCheck.MatchesComplexStep(z =>
        {
            double a = z[0].Real, b = z[1].Real;
            return (a > 0 && b > 0) || !(a < b) ? z[0] * z[1] : z[0] + z[1] * z[1];
        }, XY, new[] { x, y }, dX, dY);
    }

    [Theory]
    [InlineData(1.5, 2.0)]
    [InlineData(-3.0, 0.5)]
    public void FloatingPredicatesFiniteCase(double x, double y)
    {
        double v = F.FloatingPredicatesGradient(x, y, out double dX, out double dY);
        Assert.Equal(F.FloatingPredicates(x, y), v);
        GradientCheck.MatchesComplexStep(z => z[0] / z[1] * z[0], XY, new[] { x, y }, dX, dY);
    }

    [Fact]
    public void FloatingPredicatesInfiniteCaseTakesTheGuard()
    {
        // q = 1/0 = ∞, so f = x: dX = 1, dY = 0 (the unused q must not leak ∞·0 = NaN).
        double v = F.FloatingPredicatesGradient(1.0, 0.0, out double dX, out double dY);
        Assert.Equal(1.0, v);
        Assert.Equal(1.0, dX);
        Assert.Equal(0.0, dY);
    }
}
