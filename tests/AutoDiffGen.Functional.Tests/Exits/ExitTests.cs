using System;
using System.Numerics;
using AutoDiffGen.Functional.Tests.Reference;
using Xunit;
using F = AutoDiffGen.Functional.Tests.Exits.ExitFunctions;

namespace AutoDiffGen.Functional.Tests.Exits;

/// <summary>
/// Each function against the same control flow written on complex numbers (complex step), with the
/// decisions taken on the real part, so the reference follows the same path as the forward pass.
/// </summary>
public class ExitTests
{
    private static readonly string[] X = { "x" };
    private static readonly string[] XY = { "x", "y" };

    [Theory]
    [InlineData(0.5, 0)]
    [InlineData(0.5, 3)]
    [InlineData(1.4, 20)] // passes 4 and breaks
    [InlineData(1.9, 20)]
    public void BreakWhenLarge(double x, int n)
    {
        double v = F.BreakWhenLargeGradient(x, n, out double dX);
        Assert.Equal(F.BreakWhenLarge(x, n), v);
        GradientCheck.MatchesComplexStep(z =>
        {
            Complex y = z[0];
            for (int i = 0; i < n; i++)
            {
                if (y.Real > 4.0) break;
                y = y * z[0] + Complex.Sin(y);
            }
            return y;
        }, X, new[] { x }, dX);
    }

    [Theory]
    [InlineData(0.3, 0.9, 0)]
    [InlineData(0.3, 0.9, 2)]
    [InlineData(0.3, 0.9, 3)]
    [InlineData(-1.1, 0.7, 10)]
    public void ContinueEveryThird(double x, double w, int n)
    {
        double v = F.ContinueEveryThirdGradient(x, w, n, out double dX, out double dW);
        Assert.Equal(F.ContinueEveryThird(x, w, n), v);
        GradientCheck.MatchesComplexStep(z =>
        {
            Complex s = 0;
            for (int i = 0; i < n; i++)
            {
                if (i % 3 == 2) continue;
                s = s * z[1] + Complex.Cos(z[0] * i);
            }
            return s;
        }, XY, new[] { x, w }, dX, dW);
    }

    [Theory]
    [InlineData(0.5, 3.0)]    // returns inside the loop early
    [InlineData(0.01, 1e300)] // never returns inside: the loop runs out
    [InlineData(2.0, 1.0)]    // returns on the first iteration
    public void ReturnInsideLoop(double x, double limit)
    {
        double v = F.ReturnInsideLoopGradient(x, limit, out double dX, out double dLimit);
        Assert.Equal(F.ReturnInsideLoop(x, limit), v);
        GradientCheck.MatchesComplexStep(z =>
        {
            Complex y = z[0];
            for (int i = 0; i < 50; i++)
            {
                y = y * 1.5 + z[0];
                if (y.Real > z[1].Real) return y * z[1];
            }
            return -y;
        }, new[] { "x", "limit" }, new[] { x, limit }, dX, dLimit);
    }

    [Theory]
    [InlineData(1.5, 4)]  // returns from the inner loop
    [InlineData(0.9, 3)]  // finishes both loops
    [InlineData(3.0, 0)]
    public void ReturnFromNestedLoop(double x, int n)
    {
        double v = F.ReturnFromNestedLoopGradient(x, n, out double dX);
        Assert.Equal(F.ReturnFromNestedLoop(x, n), v);
        GradientCheck.MatchesComplexStep(z =>
        {
            Complex s = 1;
            for (int i = 0; i < n; i++)
            {
                for (int j = 0; j < n; j++)
                {
                    s = s * z[0] + j;
                    if (s.Real > 100) return Complex.Log(s);
                }
                s -= i;
            }
            return s;
        }, X, new[] { x }, dX);
    }

    [Theory]
    [InlineData(0.4, 1.1)]
    [InlineData(-0.3, 0.8)]
    public void MixedExits(double x, double y)
    {
        double v = F.MixedExitsGradient(x, y, out double dX, out double dY);
        Assert.Equal(F.MixedExits(x, y), v);
        GradientCheck.MatchesComplexStep(z =>
        {
            Complex s = z[0];
            int k = 0;
            while (true)
            {
                k++;
                s = s * z[1] + 0.1;
                if (k >= 6) break;
            }
            int m = 0;
            do
            {
                m++;
                if (m == 2) continue;
                s += Complex.Sin(s * m);
            }
            while (m < 4);
            for (int i = 0; i < 3; i++)
            {
                for (int j = 0; j < 10; j++)
                {
                    if (j > i) break;
                    s += z[0] * j;
                }
            }
            return s;
        }, XY, new[] { x, y }, dX, dY);
    }

    [Fact]
    public void SumUntilNegativeStopsAtTheFirstNegative()
    {
        double[] values = { 0.5, 2.0, -1.0, 3.0 };
        var dValues = new double[4];
        double v = F.SumUntilNegativeGradient(values, 1.5, dValues, out double dScale);
        // s = scale·(0.5² + 2²); ∂s/∂v_i = 2·scale·v_i before the negative, 0 from it on.
        Assert.Equal(1.5 * (0.25 + 4.0), v, 15);
        Assert.Equal(new[] { 1.5, 6.0, 0.0, 0.0 }, dValues);
        Assert.Equal(0.25 + 4.0, dScale, 15);
    }

    [Theory]
    [InlineData(0.7, 0)]
    [InlineData(0.7, 1)]
    [InlineData(0.7, 2)]
    [InlineData(0.7, 3)] // goto case 0
    [InlineData(0.7, 9)] // default returns
    [InlineData(-1.3, 3)]
    public void SwitchOnMode(double x, int mode)
    {
        double v = F.SwitchOnModeGradient(x, mode, out double dX);
        Assert.Equal(F.SwitchOnMode(x, mode), v);
        GradientCheck.MatchesComplexStep(z =>
        {
            Complex r = z[0];
            switch (mode)
            {
                case 0: r = z[0] * z[0]; break;
                case 1: case 2: r = Complex.Sin(z[0]) * mode; break;
                case 3: r = z[0] * z[0]; break; // r + 1 is overwritten by case 0
                default: return Complex.Exp(z[0]);
            }
            return r * z[0];
        }, X, new[] { x }, dX);
    }

    [Theory]
    [InlineData(-2.0, 4)]
    [InlineData(-0.5, 5)]
    [InlineData(0.7, 6)]
    [InlineData(1.5, 2)]
    [InlineData(4.0, 7)]
    public void Patterns(double x, int n)
    {
        double v = F.PatternsGradient(x, n, out double dX);
        Assert.Equal(F.Patterns(x, n), v);
        GradientCheck.MatchesComplexStep(z =>
        {
            Complex s = z[0].Real < -1.0 ? -z[0] : z[0].Real < 1.0 ? z[0] * z[0] : Complex.Sqrt(z[0]);
            if (z[0].Real is > 0.5 and < 2.0) s += z[0];
            for (int i = 0; i < n; i++)
            {
                int r = i % 3;
                if (r == 1) continue;
                s = r == 0 ? s * z[0] : s + Complex.Cos(s);
                s *= 0.9;
            }
            return s;
        }, X, new[] { x }, dX);
    }

    [Fact]
    public void BackwardAccumulatesWithSeed()
    {
        double dX = 0.25, dLimit = -1.0;
        double v = F.ReturnInsideLoopBackward(0.5, 3.0, 2.0, ref dX, ref dLimit);
        F.ReturnInsideLoopGradient(0.5, 3.0, out double gX, out double gLimit);
        Assert.Equal(F.ReturnInsideLoop(0.5, 3.0), v);
        Assert.Equal(0.25 + 2.0 * gX, dX, 14);
        Assert.Equal(-1.0 + 2.0 * gLimit, dLimit, 14);
    }

    [Theory]
    [InlineData(0.5f, 3)]
    [InlineData(1.4f, 20)]
    public void BreakFloatMatchesDouble(float x, int n)
    {
        float v = F.BreakFloatGradient(x, n, out float dX);
        Assert.Equal(F.BreakFloat(x, n), v);
        F.BreakWhenLargeGradient(x, n, out double reference);
        Assert.True(Math.Abs(dX - reference) <= 1e-4 * Math.Abs(reference) + 1e-5, $"{dX} vs {reference}");
    }
}
