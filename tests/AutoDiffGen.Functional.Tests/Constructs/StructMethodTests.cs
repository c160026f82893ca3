using System.Numerics;
using AutoDiffGen.Functional.Tests.Reference;
using Xunit;
using F = AutoDiffGen.Functional.Tests.Constructs.StructMethodFunctions;

namespace AutoDiffGen.Functional.Tests.Constructs;

/// <summary>Struct constructors, operators and methods inlined into a gradient, against complex step.</summary>
public class StructMethodTests
{
    [Theory]
    [InlineData(1.0, 0.5, 0.3)]
    [InlineData(-0.7, 2.0, 2.5)]
    public void OperatorsAndMethodsOfAStruct(double x, double y, double t)
    {
        double v = F.MixGradient(x, y, t, out double dX, out double dY, out double dT);
        Assert.Equal(F.Mix(x, y, t), v);
        GradientCheck.MatchesComplexStep(z =>
        {
            Complex bx = Complex.Cos(z[2]) * z[0] - Complex.Sin(z[2]) * z[1];
            Complex by = Complex.Sin(z[2]) * z[0] + Complex.Cos(z[2]) * z[1];
            Complex cx = 0.5 * (z[0] - 2 * bx), cy = 0.5 * (z[1] - 2 * by);
            return cx * z[0] + cy * z[1] + Complex.Sqrt(cx * cx + cy * cy);
        }, new[] { "x", "y", "t" }, new[] { x, y, t }, new[] { dX, dY, dT });
    }
}
