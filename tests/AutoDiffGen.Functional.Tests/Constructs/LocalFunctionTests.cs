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
}
