using System;
using System.Numerics;
using AutoDiffGen.Functional.Tests.Reference;
using Xunit;
using F = AutoDiffGen.Functional.Tests.Loops.LoopFunctions;

namespace AutoDiffGen.Functional.Tests.Loops;

public class LoopTests
{
    private static readonly string[] X = { "x" };
    private static readonly string[] XY = { "x", "y" };

    [Theory]
    [InlineData(0.7, 0)]
    [InlineData(0.7, 1)]
    [InlineData(0.7, 5)]
    [InlineData(1.3, 100)]   // past the 64-double stack buffer of the tape
    [InlineData(-0.9, 100)]
    public void SinRecurrence(double x, int n)
    {
        double v = F.SinRecurrenceGradient(x, n, out double dX);
        Assert.Equal(F.SinRecurrence(x, n), v);
        GradientCheck.MatchesComplexStep(z =>
        {
            Complex y = z[0];
            for (int i = 0; i < n; i++) y = Complex.Sin(y) * z[0];
            return y;
        }, X, new[] { x }, dX);
    }

    [Fact]
    public void SinRecurrenceClosedFormForOneStep()
    {
        // y = sin(x)·x, dy/dx = cos(x)·x + sin(x).
        double x = 0.4;
        F.SinRecurrenceGradient(x, 1, out double dX);
        Approx.Grad(Math.Cos(x) * x + Math.Sin(x), dX, "x", Approx.At(("x", x)));
        F.SinRecurrenceGradient(x, 0, out double dX0);
        Assert.Equal(1.0, dX0);
    }

    [Theory]
    [InlineData(0.3, 0.8, 3, 4)]
    [InlineData(1.2, 1.1, 4, 3)]  // the s > 10 halving fires
    [InlineData(-0.5, 0.9, 0, 5)] // outer loop never runs
    [InlineData(0.5, 0.9, 5, 0)]  // inner loop never runs
    public void NestedWithIfs(double x, double y, int n, int m)
    {
        double v = F.NestedWithIfsGradient(x, y, n, m, out double dX, out double dY);
        Assert.Equal(F.NestedWithIfs(x, y, n, m), v);
        GradientCheck.MatchesComplexStep(z =>
        {
            Complex s = 0;
            for (int i = 0; i < n; i++)
            {
                for (int j = 0; j < m; j++)
                {
                    if ((i + j) % 2 == 0) s += z[0] * Complex.Cos(s * 0.1 + j);
                    else s = s * z[1] + i;
                }
                if (s.Real > 10) s = s * 0.5;
            }
            return s;
        }, XY, new[] { x, y }, dX, dY);
    }

    [Theory]
    [InlineData(1.0, 0.5)]
    [InlineData(150.0, 2.0)] // condition false at once
    [InlineData(3.0, -1.5)]
    public void WhileDoubleCondition(double x, double y)
    {
        double v = F.WhileDoubleConditionGradient(x, y, out double dX, out double dY);
        Assert.Equal(F.WhileDoubleCondition(x, y), v);
        GradientCheck.MatchesComplexStep(z =>
        {
            Complex s = z[0];
            int k = 0;
            while (s.Real < 100.0 && k < 50) { s = s * 1.5 + z[1] * z[1]; k++; }
            return s * z[1];
        }, XY, new[] { x, y }, dX, dY);
    }

    [Theory]
    [InlineData(0.6, 0)] // body runs once
    [InlineData(0.6, 1)]
    [InlineData(-2.3, 6)] // not -2.5: the roots 0..-5 are symmetric about it, so the derivative is 0 there
    public void DoWhileProduct(double x, int n)
    {
        double v = F.DoWhileProductGradient(x, n, out double dX);
        Assert.Equal(F.DoWhileProduct(x, n), v);
        GradientCheck.MatchesComplexStep(z =>
        {
            Complex p = 1;
            int i = 0;
            do { p = p * (z[0] + i); i++; } while (i < n);
            return p;
        }, X, new[] { x }, dX);
    }

    [Theory]
    [InlineData(0.8, 0)]
    [InlineData(0.8, 7)]
    [InlineData(1.9, 12)]
    public void PowerSeriesClosedForm(double x, int n)
    {
        double v = F.PowerSeriesGradient(x, n, out double dX);
        Assert.Equal(F.PowerSeries(x, n), v);
        // d/dx Σ x^i / i + e^{-ix} = Σ x^{i-1} - i·e^{-ix}.
        double expected = 0;
        for (int i = 1; i <= n; i++) expected += Math.Pow(x, i - 1) - i * Math.Exp(-i * x);
        Approx.Grad(expected, dX, "x", Approx.At(("x", x)));
    }

    [Theory]
    [InlineData(0.3f, 5)]
    [InlineData(-1.1f, 3)]
    public void FloatSinSumClosedForm(float x, int n)
    {
        float v = F.FloatSinSumGradient(x, n, out float dX);
        Assert.Equal(F.FloatSinSum(x, n), v);
        // d/dx Σ sin(ix)·x = Σ i·cos(ix)·x + sin(ix), in double.
        double expected = 0;
        for (int i = 1; i <= n; i++) expected += i * Math.Cos(i * (double)x) * x + Math.Sin(i * (double)x);
        Approx.AssertClose(expected, dX, Approx.FloatRel, 1e-6, "x", Approx.At(("x", x)));
    }

    [Fact]
    public void RecurrenceBackwardAccumulatesSeedTimesGradient()
    {
        double x = 0.9;
        F.SinRecurrenceGradient(x, 5, out double g);
        double acc = 2.5;
        double v = F.SinRecurrenceBackward(x, 5, -0.75, ref acc);
        Assert.Equal(F.SinRecurrence(x, 5), v);
        Approx.Grad(2.5 - 0.75 * g, acc, "x", Approx.At(("x", x)));
    }

    [Theory]
    [InlineData(2.0)]
    [InlineData(0.3)]
    public void NewtonSqrtDifferentiatesTheIteration(double x)
    {
        double v = F.NewtonSqrtGradient(x, out double dX);
        Assert.Equal(F.NewtonSqrt(x), v);
        // Differentiating the converged iteration gives d√x/dx = 1/(2√x) up to the last few iterates' rounding.
        Approx.AssertClose(0.5 / Math.Sqrt(x), dX, 1e-10, 0, "x", Approx.At(("x", x)));
    }
}
