using System;
using System.Linq;
using System.Numerics;
using AutoDiffGen.Functional.Tests.Reference;
using Xunit;
using F = AutoDiffGen.Functional.Tests.LocalArrays.NestedArrayFunctions;

namespace AutoDiffGen.Functional.Tests.LocalArrays;

public class NestedArrayTests
{
    [Fact]
    public void ScratchArrayPerIteration()
    {
        double[] mu = { 0.5, -0.25, 1.0 };
        double[] x = { 1.0, 2.0, -1.0, 0.5, 0.25, 0.75, -2.0, 1.5, 0.0, 3.0, -0.5, 2.5 };
        var dMu = new double[3];
        double v = F.CenteredSquaresGradient(mu, x, 3, dMu);
        Assert.Equal(F.CenteredSquares(mu, x, 3), v);
        GradientCheck.MatchesComplexStep(z =>
        {
            Complex total = 0;
            for (int i = 0; i < 4; i++)
            {
                Complex s = 0;
                for (int j = 0; j < 3; j++)
                {
                    Complex c = x[i * 3 + j] - z[j];
                    s += c * c * (j + 1);
                }
                total += Complex.Log(1.0 + s);
            }
            return total;
        }, new[] { "mu0", "mu1", "mu2" }, mu, dMu);
    }

    [Theory]
    [InlineData(0.7, 0.4, 3)]
    [InlineData(-0.7, 0.4, 3)] // the branch with the array does not run
    [InlineData(0.3, -1.2, 0)]
    public void ArraysInABranchAndALoop(double x, double y, int n)
    {
        double v = F.BranchyGradient(x, y, n, out double dX, out double dY);
        Assert.Equal(F.Branchy(x, y, n), v);
        GradientCheck.MatchesComplexStep(z =>
        {
            Complex r = 0;
            if (z[0].Real > 0) r = z[0] * (z[0] * z[1]) + Complex.Sin(2.0 * z[1]);
            for (int k = 0; k < n; k++) r = (r + z[1] * k + z[0]) * 0.5 + z[1] * k * z[0];
            return r;
        }, new[] { "x", "y" }, new[] { x, y }, dX, dY);
    }

    [Fact]
    public void ALengthThatChangesIsRefusedWithAClearMessage()
    {
        Assert.Equal(0.5, F.GrowingGradient(0.5, 1, out double dX)); // one iteration: x·1, fine
        Assert.Equal(1.0, dX);
        var e = Assert.Throws<InvalidOperationException>(() => F.GrowingGradient(0.5, 3, out _));
        Assert.Contains("local array 'a'", e.Message);
        Assert.Contains("same length", e.Message);
    }
}
