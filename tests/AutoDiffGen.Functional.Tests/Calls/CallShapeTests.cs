using System;
using System.Numerics;
using AutoDiffGen.Functional.Tests.Reference;
using Xunit;
using F = AutoDiffGen.Functional.Tests.Calls.CallShapeFunctions;

namespace AutoDiffGen.Functional.Tests.Calls;

public class CallShapeTests
{
    private static readonly string[] X = { "x" };
    private static readonly string[] XY = { "x", "y" };

    private static Complex Iterate(Complex v, int k)
    {
        Complex r = v;
        for (int i = 0; i < k; i++) r = Complex.Sin(r) + v;
        return r;
    }

    [Fact]
    public void ArrayElementArgumentClosedForm()
    {
        double[] xs = { 0.5, -1.5, 2.0 };
        const double w = 1.3;
        var dXs = new double[xs.Length];
        double v = F.SumOfSquaresGradient(xs, w, dXs, out double dW);
        Assert.Equal(F.SumOfSquares(xs, w), v);
        double expectedDW = 0;
        for (int i = 0; i < xs.Length; i++)
        {
            Approx.Grad(2 * xs[i] * w * w, dXs[i], "xs[" + i + "]", "(w=1.3)"); // d/dx (xw)² = 2xw²
            expectedDW += 2 * xs[i] * xs[i] * w;
        }
        Approx.Grad(expectedDW, dW, "w", "(w=1.3)");
    }

    [Theory]
    [InlineData(0.4, 4)]
    [InlineData(-0.7, 13)] // 78 inner iterations in total, each call on its own tape
    public void NestedTapes(double x, int n)
    {
        double v = F.NestedTapesGradient(x, n, out double dX);
        Assert.Equal(F.NestedTapes(x, n), v);
        GradientCheck.MatchesComplexStep(z =>
        {
            Complex s = 0;
            for (int i = 0; i < n; i++) s = Iterate(s * 0.5 + z[0], i);
            return s;
        }, X, new[] { x }, dX);
    }

    [Theory]
    [InlineData(1.1, 0)]
    [InlineData(-1.1, 5)]
    public void PowerThroughTernaryClosedForm(double x, int n)
    {
        double v = F.PowerTernaryGradient(x, n, out double dX);
        Assert.Equal(F.PowerTernary(x, n), v);
        Approx.Grad(n == 0 ? 0 : n * Math.Pow(x, n - 1), dX, "x", Approx.At(("x", x)));
    }

    [Theory]
    [InlineData(0.75)]
    [InlineData(-1.25)]
    public void FloatCalleeFromDouble(double x)
    {
        double v = F.FloatCalleeGradient(x, out double dX);
        Assert.Equal(F.FloatCallee(x), v);
        // d/dx 0.5x³·x = 2x³; the callee runs in float, so float accuracy.
        Approx.AssertClose(2 * x * x * x, dX, Approx.FloatRel, 1e-6, "x", Approx.At(("x", x)));
    }

    [Theory]
    [InlineData(0.6, -0.4)]
    public void CallAsArgumentOfCall(double x, double y)
    {
        double v = F.NestedGradient(x, y, out double dX, out double dY);
        Assert.Equal(F.Nested(x, y), v);
        GradientCheck.MatchesComplexStep(z =>
        {
            Complex a = z[0] * z[0] + Iterate(z[1], 2);
            return a * a;
        }, XY, new[] { x, y }, dX, dY);
    }
}
