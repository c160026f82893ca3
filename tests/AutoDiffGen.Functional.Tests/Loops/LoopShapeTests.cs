using System;
using System.Numerics;
using AutoDiffGen.Functional.Tests.Reference;
using Xunit;
using F = AutoDiffGen.Functional.Tests.Loops.LoopShapeFunctions;

namespace AutoDiffGen.Functional.Tests.Loops;

public class LoopShapeTests
{
    private static readonly string[] X = { "x" };
    private static readonly string[] XY = { "x", "y" };

    [Theory]
    [InlineData(0.4, 0)]
    [InlineData(0.4, 6)]
    public void HelperNames(double x, int n)
    {
        double v = F.HelperNamesGradient(x, n, out double dX);
        Assert.Equal(F.HelperNames(x, n), v);
        GradientCheck.MatchesComplexStep(z =>
        {
            Complex tape = z[0], iterations = 0, result = 1, t0 = 0.5;
            int iterations1 = 0;
            for (int i = 0; i < n; i++)
            {
                t0 = Complex.Sin(tape) * t0 + z[0];
                tape = tape * 0.9 + t0;
                iterations += tape;
                iterations1++;
            }
            return iterations * result + iterations1;
        }, X, new[] { x }, dX);
    }

    // 0.5·x^n + Σ_{k<n} x^k: d/dx = 0.5·n·x^{n-1} + Σ_{k<n} k·x^{k-1}.
    private static double CarriedDerivative(double x, int n)
    {
        double d = 0.5 * n * Math.Pow(x, n - 1);
        for (int k = 1; k < n; k++) d += k * Math.Pow(x, k - 1);
        return d;
    }

    [Theory]
    [InlineData(1.2, 4)]
    public void CarriedLocalNamedLikeATemporary(double x, int n)
    {
        F.CarriedT0Gradient(x, n, out double dX);
        Approx.Grad(CarriedDerivative(x, n), dX, "x", Approx.At(("x", x)));
    }

    [Theory]
    [InlineData(1.2, 4)]
    public void CarriedLocalWithOrdinaryName(double x, int n)
    {
        F.CarriedQGradient(x, n, out double dX);
        Approx.Grad(CarriedDerivative(x, n), dX, "x", Approx.At(("x", x)));
    }

    [Theory]
    [InlineData(1.2, 1)]
    [InlineData(1.2, 4)]
    public void CarriedAndReadAfterUpdate(double x, int n)
    {
        double v = F.CarriedAndReadAfterUpdateGradient(x, n, out double dX);
        Assert.Equal(F.CarriedAndReadAfterUpdate(x, n), v);
        GradientCheck.MatchesComplexStep(z =>
        {
            Complex q = 0.5, p = 0;
            for (int i = 0; i < n; i++) { q = q * z[0] + 1; p = p + q; }
            return p;
        }, X, new[] { x }, dX);
    }

    [Theory]
    [InlineData(1.2, 4)]
    public void CarriedFromParameterAndReadAfterUpdate(double x, int n)
    {
        double v = F.CarriedFromParameterAndReadAfterUpdateGradient(x, n, out double dX);
        Assert.Equal(F.CarriedFromParameterAndReadAfterUpdate(x, n), v);
        GradientCheck.MatchesComplexStep(z =>
        {
            Complex q = z[0], p = 0;
            for (int i = 0; i < n; i++) { q = q * z[0] + 1; p = p + q; }
            return p;
        }, X, new[] { x }, dX);
    }

    [Theory]
    [InlineData(0.7, 1.1, 0)]
    [InlineData(0.7, 1.1, 8)]
    public void ParameterReassigned(double x, double y, int n)
    {
        double v = F.ParameterReassignedGradient(x, y, n, out double dX, out double dY);
        Assert.Equal(F.ParameterReassigned(x, y, n), v);
        GradientCheck.MatchesComplexStep(z =>
        {
            Complex a = z[0], b = z[1];
            for (int i = 0; i < n; i++) { a = a * Complex.Cos(b) + 0.1; b = b - a * 0.01; }
            return a * b;
        }, XY, new[] { x, y }, dX, dY);
    }

    [Theory]
    [InlineData(1.1)]  // t = 0, .25, .5, .75, 1
    [InlineData(-0.5)] // no iterations
    public void DoubleCounterClosedForm(double x)
    {
        double v = F.DoubleCounterGradient(x, out double dX);
        Assert.Equal(F.DoubleCounter(x), v);
        double sumT = 0;
        for (double t = 0; t < x; t += 0.25) sumT += t;
        Approx.Grad(sumT, dX, "x", Approx.At(("x", x))); // d/dx Σ t·x = Σ t at a fixed trip count
    }

    [Theory]
    [InlineData(1.3, 7)]
    [InlineData(-0.6, 4)]
    public void TwoCounters(double x, int n)
    {
        double v = F.TwoCountersGradient(x, n, out double dX);
        Assert.Equal(F.TwoCounters(x, n), v);
        GradientCheck.MatchesComplexStep(z =>
        {
            Complex s = 0;
            for (int i = 0, j = n; i < j; i++, j--) s = s * z[0] + (j - i);
            return s;
        }, X, new[] { x }, dX);
    }

    [Theory]
    [InlineData(0.3, 5)]
    [InlineData(-0.8, 9)] // 36 inner iterations, several pushes each: past the stack buffer
    public void Triangular(double x, int n)
    {
        double v = F.TriangularGradient(x, n, out double dX);
        Assert.Equal(F.Triangular(x, n), v);
        GradientCheck.MatchesComplexStep(z =>
        {
            Complex s = 1;
            for (int i = 0; i < n; i++)
                for (int j = 0; j < i; j++)
                    s = s * z[0] + Complex.Sqrt(s * s + 1);
            return s;
        }, X, new[] { x }, dX);
    }

    [Theory]
    [InlineData(0.9, 4)]
    [InlineData(-0.9, 4)]
    public void LoopInBranch(double x, int n)
    {
        double v = F.LoopInBranchGradient(x, n, out double dX);
        Assert.Equal(F.LoopInBranch(x, n), v);
        GradientCheck.MatchesComplexStep(z =>
        {
            Complex s = z[0];
            if (z[0].Real > 0)
            {
                for (int k = 0; k < n; k++) s = Complex.Exp(-s) + z[0];
                return s;
            }
            return s * s;
        }, X, new[] { x }, dX);
    }

    [Theory]
    [InlineData(0.8, 3)]
    public void ChainedInLoop(double x, int n)
    {
        double v = F.ChainedInLoopGradient(x, n, out double dX);
        Assert.Equal(F.ChainedInLoop(x, n), v);
        GradientCheck.MatchesComplexStep(z =>
        {
            Complex a = z[0], b = 0;
            for (int i = 0; i < n; i++) a = b = a * z[0] + b;
            return a + b;
        }, X, new[] { x }, dX);
    }

    [Fact]
    public void ConditionReadsArrayClosedForm()
    {
        double[] xs = { 0.5, 1.5, -2.0, 3.5, 0.1 };
        const double limit = 2.0; // stops at xs[3]
        var dXs = new double[xs.Length];
        double v = F.ConditionReadsArrayGradient(xs, limit, dXs, out double dLimit);
        Assert.Equal(F.ConditionReadsArray(xs, limit), v);
        double[] expected = { 2 * 0.5 * limit, 2 * 1.5 * limit, 2 * -2.0 * limit, 0, 0 };
        for (int i = 0; i < xs.Length; i++) Approx.Grad(expected[i], dXs[i], "xs[" + i + "]", "(limit=2)");
        Approx.Grad(0.25 + 2.25 + 4.0, dLimit, "limit", "(limit=2)");
    }

    [Theory]
    [InlineData(0.6, 5L)]
    public void LongCounterAndFlag(double x, long n)
    {
        double v = F.LongCounterAndFlagGradient(x, n, out double dX);
        Assert.Equal(F.LongCounterAndFlag(x, n), v);
        GradientCheck.MatchesComplexStep(z =>
        {
            Complex s = z[0];
            bool flip = false;
            for (long i = 0; i < n; i++) { s = flip ? s * z[0] : s + Complex.Tanh(s); flip = !flip; }
            return s;
        }, X, new[] { x }, dX);
    }

    [Theory]
    [InlineData(0.9, 3, 4)]
    public void InnerCarriedFromConstant(double x, int n, int m)
    {
        double v = F.InnerCarriedFromConstantGradient(x, n, m, out double dX);
        Assert.Equal(F.InnerCarriedFromConstant(x, n, m), v);
        GradientCheck.MatchesComplexStep(z =>
        {
            Complex s = 0;
            for (int i = 0; i < n; i++)
            {
                Complex u = 1;
                for (int j = 0; j < m; j++) u = u * z[0] + j;
                s += u * i;
            }
            return s;
        }, X, new[] { x }, dX);
    }

    [Fact]
    public void VerbatimNames()
    {
        double[] xs = { 1.0, -2.0, 0.5 };
        var dIn = new double[xs.Length];
        double v = F.VerbatimGradient(xs, 3.0, dIn, out double dDouble);
        Assert.Equal(F.Verbatim(xs, 3.0), v);
        Assert.Equal(new[] { 3.0, 3.0, 3.0 }, dIn);
        Assert.Equal(-0.5, dDouble);
    }

    [Theory]
    [InlineData(0.8, -1.5, 5)]
    public void HypotWalkEndsInConstantIf(double x, double y, int n)
    {
        double v = F.HypotWalkEndsInConstantIfGradient(x, y, n, out double dX, out double dY);
        Assert.Equal(F.HypotWalkEndsInConstantIf(x, y, n), v);
        GradientCheck.MatchesComplexStep(z =>
        {
            Complex r = z[1];
            for (int i = 0; i < n; i++) r = Complex.Sqrt(r * r + z[0] * z[0]) * 0.5;
            return r;
        }, XY, new[] { x, y }, dX, dY);
    }

    [Theory]
    [InlineData(0.7, 5)]
    [InlineData(-1.2, 4)]
    public void SequentialLoops(double x, int n)
    {
        double v = F.SequentialLoopsGradient(x, n, out double dX);
        Assert.Equal(F.SequentialLoops(x, n), v);
        GradientCheck.MatchesComplexStep(z =>
        {
            Complex s = z[0];
            for (int i = 0; i < n; i++) { s = s * Complex.Cos(z[0] + i); i += 1; }
            // atan2(s, x) for x > 0 is atan(s/x); every x + i here is positive at the test points after i = 2,
            // so use the analytic form that matches Math.Atan2 in the right half-plane only when it applies.
            for (int i = 0; i < n; i++) s = s + ComplexAtan2(s, z[0] + i);
            return s;
        }, X, new[] { x }, dX);
    }

    // Atan2 continued analytically from the real branch Math.Atan2 picks.
    private static Complex ComplexAtan2(Complex y, Complex x)
    {
        double branch = Math.Atan2(y.Real, x.Real) - Math.Atan(y.Real / x.Real);
        return ComplexMath.Atan(y / x) + branch;
    }

    [Theory]
    [InlineData(0.3)]
    [InlineData(-0.8)]
    public void ForeachNoDiffSpanClosedForm(double theta)
    {
        double[] data = { 0.5, 2.0, -1.0, 3.0 };
        double v = F.ForeachNoDiffSpanGradient(data, theta, out double dTheta);
        Assert.Equal(F.ForeachNoDiffSpan(data, theta), v);
        double expected = 0;
        foreach (double d in data) expected += -d * d * Math.Exp(-theta * d);
        Approx.Grad(expected, dTheta, "theta", Approx.At(("theta", theta)));
    }
}
