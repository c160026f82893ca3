using System;
using System.Linq;
using System.Numerics;
using System.Reflection;
using AutoDiffGen.Functional.Tests.Reference;
using Xunit;
using F = AutoDiffGen.Functional.Tests.Constructs.TypeAndParameterFunctions;

namespace AutoDiffGen.Functional.Tests.Constructs;

public class TypeAndParameterTests
{
    [Theory]
    [InlineData(1.5, 3, true)]
    [InlineData(1.5, 4, true)]
    [InlineData(-0.5, 4, false)]
    [InlineData(-0.5, 1, true)]
    public void IntBoolControl(double x, int n, bool flip)
    {
        double v = F.IntBoolControlGradient(x, n, flip, out double dX);
        Assert.Equal(F.IntBoolControl(x, n, flip), v);
        double r = n > 2 ? 2 * x : 1;
        if (flip && n % 2 == 0) r = -r;
        Approx.Grad(r + 2 * n, dX, "dX", $"(x={x}, n={n}, flip={flip})");
    }

    [Theory]
    [InlineData(0.5, 3)]
    [InlineData(-2.0, -7)]
    [InlineData(1.0, 0)]
    public void IntToDouble(double x, int n)
    {
        double v = F.IntToDoubleGradient(x, n, out double dX);
        Assert.Equal(F.IntToDouble(x, n), v);
        Approx.AssertClose(n + 2.0 * n * x, dX, Approx.Rel, 1e-300, "dX", $"(x={x}, n={n})");
    }

    [Theory]
    [InlineData(0.5, 3L)]
    [InlineData(-2.0, -7000000000L)]
    public void LongParameter(double x, long m)
    {
        double v = F.LongParameterGradient(x, m, out double dX);
        Assert.Equal(F.LongParameter(x, m), v);
        Approx.Grad(2.0 * m * Math.Cos(x), dX, "dX", $"(x={x}, m={m})");
    }

    [Theory]
    [InlineData(0.3)]
    [InlineData(-1.7)]
    [InlineData(12.5)]
    public void ThroughFloat(double x)
    {
        double v = F.ThroughFloatGradient(x, out double dX);
        Assert.Equal(F.ThroughFloat(x), v);
        // The float casts round the value but have derivative 1; f ≈ x³, so f' ≈ 3x² to float precision.
        Approx.AssertClose(3 * x * x, dX, Approx.FloatRel, 1e-30, "dX", Approx.At(("x", x)));
    }

    [Theory]
    [InlineData(0.3f)]
    [InlineData(-1.7f)]
    [InlineData(2.5f)]
    public void ThroughDouble(float x)
    {
        float v = F.ThroughDoubleGradient(x, out float dX);
        Assert.Equal(F.ThroughDouble(x), v);
        Approx.AssertClose(Math.Exp(x) * (x + 1.0), dX, Approx.FloatRel, 1e-30, "dX", Approx.At(("x", x)));
    }

    [Theory]
    [InlineData(2.0, 0.5, -3.0f)]
    [InlineData(-1.0, -0.25, 4.0f)]
    public void NoDiffParametersAreInputsOnly(double a, double x, float b)
    {
        double v = F.WithNoDiffGradient(a, x, b, out double dX);
        Assert.Equal(F.WithNoDiff(a, x, b), v);
        Approx.Grad(2 * a * x + b, dX, "dX", Approx.At(("a", a), ("x", x), ("b", b)));
    }

    [Fact]
    public void NoDiffParametersGetNoOutputsOrAccumulators()
    {
        MethodInfo gradient = typeof(F).GetMethod(nameof(F.WithNoDiffGradient))!;
        Assert.Equal(new[] { "a", "x", "b", "dX" }, gradient.GetParameters().Select(p => p.Name));
        Assert.Equal(1, gradient.GetParameters().Count(p => p.IsOut));
        MethodInfo backward = typeof(F).GetMethod(nameof(F.WithNoDiffBackward))!;
        Assert.Equal(new[] { "a", "x", "b", "seed", "dX" }, backward.GetParameters().Select(p => p.Name));
    }

    [Fact]
    public void IntAndBoolParametersGetNoOutputs()
    {
        MethodInfo gradient = typeof(F).GetMethod(nameof(F.IntBoolControlGradient))!;
        Assert.Equal(new[] { "x", "n", "flip", "dX" }, gradient.GetParameters().Select(p => p.Name));
    }

    [Theory]
    [InlineData(1.5, 2.0)]
    [InlineData(-0.5, -3.0)]
    [InlineData(0.0, 1e300)]
    public void UnusedParameterHasExactlyZeroGradient(double x, double y)
    {
        double v = F.UnusedParameterGradient(x, y, out double dX, out double dY);
        Assert.Equal(x * x, v);
        Approx.Grad(2 * x, dX, "dX", Approx.At(("x", x), ("y", y)));
        Assert.Equal(0.0, dY);
    }

    [Theory]
    [InlineData(1.5, 2.0)]
    [InlineData(1.5, -2.0)]
    public void ParameterOnlyInConditionHasExactlyZeroGradient(double x, double y)
    {
        double v = F.ParameterOnlyInConditionGradient(x, y, out double dX, out double dY);
        Assert.Equal(F.ParameterOnlyInCondition(x, y), v);
        Assert.Equal(y > 0 ? 3.0 : 5.0, dX);
        Assert.Equal(0.0, dY);
    }

    [Theory]
    [InlineData(0.5f, 2.0f)]
    [InlineData(-1.25f, 0.75f)]
    [InlineData(2.0f, -3.0f)]
    public void FloatMethod(float x, float y)
    {
        float v = F.FloatMethodGradient(x, y, out float dX, out float dY);
        Assert.Equal(F.FloatMethod(x, y), v);
        Func<Complex[], Complex> f = z => { var a = (z[0] * z[1] + 1) * Complex.Exp(-z[0]); return a * a / z[1]; };
        string at = Approx.At(("x", x), ("y", y));
        Approx.AssertClose(ComplexStep.Partial(f, new double[] { x, y }, 0), dX, Approx.FloatRel, 1e-6, "dX", at);
        Approx.AssertClose(ComplexStep.Partial(f, new double[] { x, y }, 1), dY, Approx.FloatRel, 1e-6, "dY", at);
    }

    [Theory]
    [InlineData(1.5, 2.0)]
    [InlineData(1.5, -2.0)]
    [InlineData(-1.5, 2.0)]
    [InlineData(-1.5, -2.0)]
    public void CountFromComparisons(double x, double y)
    {
        double v = F.CountFromComparisonsGradient(x, y, out double dX, out double dY);
        Assert.Equal(F.CountFromComparisons(x, y), v);
        int count = (x > 0 ? 1 : 0) + (y > 0 ? 2 : 0);
        string at = Approx.At(("x", x), ("y", y));
        Approx.AssertClose(count * y, dX, Approx.Rel, 1e-300, "dX", at);
        Approx.AssertClose(count * x, dY, Approx.Rel, 1e-300, "dY", at);
    }
}
