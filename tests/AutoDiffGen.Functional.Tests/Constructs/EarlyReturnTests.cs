using System;
using System.Numerics;
using AutoDiffGen.Functional.Tests.Reference;
using Xunit;
using F = AutoDiffGen.Functional.Tests.Constructs.EarlyReturnFunctions;

namespace AutoDiffGen.Functional.Tests.Constructs;

public class EarlyReturnTests
{
    private static readonly string[] X = { "x" };
    private static readonly string[] XY = { "x", "y" };

    [Theory]
    [InlineData(-2.0)]
    [InlineData(-0.5)]
    [InlineData(0.5)]
    [InlineData(1.5)]
    public void ReturnChain(double x)
    {
        double v = F.ReturnChainGradient(x, out double dX);
        Assert.Equal(F.ReturnChain(x), v);
        GradientCheck.MatchesComplexStep(z =>
        {
            double r = z[0].Real;
            if (r < -1) return -z[0] * z[0];
            if (r < 0) return z[0] * z[0] * z[0];
            if (r < 1) return Complex.Sin(z[0]);
            return Complex.Exp(z[0]);
        }, X, new[] { x }, dX);
    }

    [Theory]
    [InlineData(1.5, 2.0)]
    [InlineData(1.5, -2.0)]
    [InlineData(-1.5, 2.0)]
    public void ReturnInNestedIf(double x, double y)
    {
        double v = F.ReturnInNestedIfGradient(x, y, out double dX, out double dY);
        Assert.Equal(F.ReturnInNestedIf(x, y), v);
        GradientCheck.MatchesComplexStep(z =>
        {
            var a = z[0] * z[1];
            if (z[0].Real > 0)
            {
                if (z[1].Real > 0) return a * a;
                a = a + z[0];
            }
            return a * z[1];
        }, XY, new[] { x, y }, dX, dY);
    }

    [Theory]
    [InlineData(2.0)]
    [InlineData(1e-4)]
    [InlineData(-0.7)]
    public void IfElseBothReturn(double x)
    {
        double v = F.IfElseBothReturnGradient(x, out double dX);
        Assert.Equal(F.IfElseBothReturn(x), v);
        Approx.Grad(x > 0 ? 0.5 / Math.Sqrt(x) : -3 * x * x, dX, "dX", Approx.At(("x", x)));
    }

    [Theory]
    [InlineData(2.0)]
    [InlineData(1.0)]
    [InlineData(-0.7)]
    public void ReturnAfterReassign(double x)
    {
        double v = F.ReturnAfterReassignGradient(x, out double dX);
        Assert.Equal(F.ReturnAfterReassign(x), v);
        Approx.Grad(2 * x > 3 ? 8 * x + 1 : 2 * Math.Exp(2 * x), dX, "dX", Approx.At(("x", x)));
    }

    [Theory]
    [InlineData(1.0, 2.0)]   // first return
    [InlineData(0.3, 1.0)]   // second return
    [InlineData(-0.5, 0.1)]  // fall-through
    [InlineData(-2.0, 3.0)]
    public void ReturnThenOverwrite(double x, double y)
    {
        double v = F.ReturnThenOverwriteGradient(x, y, out double dX, out double dY);
        Assert.Equal(F.ReturnThenOverwrite(x, y), v);
        GradientCheck.MatchesComplexStep(z =>
        {
            var t = Complex.Sin(z[0]) * z[1];
            if (t.Real > 0.5) return t;
            t = t * t + z[0];
            if (t.Real > 0.2) return t * z[1];
            return t - z[1];
        }, XY, new[] { x, y }, dX, dY);
    }

    [Theory]
    [InlineData(-1.0)]
    [InlineData(-1e-3)]
    public void UnusedSqrtBeforeEarlyReturnDoesNotLeakNaN(double x)
    {
        double v = F.UnusedSqrtBeforeEarlyReturnGradient(x, out double dX);
        Assert.Equal(0.0, v);
        Assert.Equal(0.0, dX);
    }

    [Fact]
    public void UnusedSqrtBeforeEarlyReturnTakenPath()
    {
        F.UnusedSqrtBeforeEarlyReturnGradient(2.0, out double dX);
        Approx.Grad(0.5 / Math.Sqrt(2.0), dX, "dX", "(x=2)");
    }
}
