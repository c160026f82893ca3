using System;
using System.Numerics;
using AutoDiffGen.Functional.Tests.Reference;
using Xunit;
using F = AutoDiffGen.Functional.Tests.Constructs.LocalFunctionFunctions;

namespace AutoDiffGen.Functional.Tests.Constructs;

public class LocalFunctionTests
{
    [Theory]
    [InlineData(0.4, 0.9)]
    [InlineData(-1.3, 0.5)]
    public void InlinedLocalFunctionsMatchComplexStep(double x, double y)
    {
        double v = F.SquaresGradient(x, y, out double dX, out double dY);
        Assert.Equal(F.Squares(x, y), v);
        GradientCheck.MatchesComplexStep(z =>
        {
            static Complex Sq(Complex u) => u * u;
            Complex s = Sq(Complex.Sin(z[0])) + Sq(z[0]) * z[1];
            for (int i = 0; i < 3; i++) s = s * z[1] + Sq(i * z[0]);
            return s;
        }, new[] { "x", "y" }, new[] { x, y }, dX, dY);
    }

    [Fact]
    public void NestedLocalFunctionsInFloat()
    {
        // Outer(x, 2x) = e^(2x²) − 2x² + 2x, derivative 4x·e^(2x²) − 4x + 2.
        float x = 0.3f;
        float v = F.NestedGradient(x, out float dX);
        Assert.Equal(F.Nested(x), v);
        double expected = 4 * x * Math.Exp(2 * x * x) - 4 * x + 2;
        Assert.True(Math.Abs(dX - expected) < 1e-5 * Math.Abs(expected), $"{dX} vs {expected}");
    }

    [Theory]
    [InlineData(0.7, -1.1)]
    [InlineData(1.5, 0.25)]
    public void LambdaLocalsReadCapturesAtTheCall(double a, double b)
    {
        // (a + b)²·a + a³ + 1·2: the last call reads a after it became 2, a constant.
        double v = F.LambdasGradient(a, b, out double dA, out double dB);
        Assert.Equal(F.Lambdas(a, b), v);
        string at = Approx.At(("a", a), ("b", b));
        Approx.Grad(2 * (a + b) * a + (a + b) * (a + b) + 3 * a * a, dA, "dA", at);
        Approx.Grad(2 * (a + b) * a, dB, "dB", at);
    }

    [Theory]
    [InlineData(0.7, -1.1)]
    [InlineData(1.5, 0.25)]
    public void StatementBodiedLocalFunctionsAndLambdasAreInlined(double x, double y)
    {
        double v = F.StatementBodiesGradient(x, y, out double dX, out double dY);
        Assert.Equal(F.StatementBodies(x, y), v);
        GradientCheck.MatchesComplexStep(z =>
        {
            Complex total = 0;
            for (int i = 0; i < 3; i++) total += (z[0] + i) * z[1] * ((z[0] + i) * z[1]);
            Complex s = Complex.Sin(z[0]);
            return total + s * s + 2 * z[1] * (2 * z[1]);
        }, new[] { "x", "y" }, new[] { x, y }, new[] { dX, dY });
    }
}
