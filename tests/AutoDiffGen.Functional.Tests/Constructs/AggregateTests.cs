using System;
using System.Numerics;
using AutoDiffGen.Functional.Tests.Reference;
using Xunit;
using F = AutoDiffGen.Functional.Tests.Constructs.AggregateFunctions;

namespace AutoDiffGen.Functional.Tests.Constructs;

/// <summary>Tuple and struct locals and instance methods, against their value (the method itself) and closed forms or complex step.</summary>
public class AggregateTests
{
    private static readonly string[] XY = { "x", "y" };

    [Theory]
    [InlineData(1.0, 0.5, 0.3, 0)]
    [InlineData(1.0, 0.5, 0.3, 1)]
    [InlineData(-0.7, 2.0, 1.1, 7)]
    public void RotateTupleIsARotationByNTheta(double x, double y, double theta, int n)
    {
        double v = F.RotateTupleGradient(x, y, theta, n, out double dX, out double dY, out double dTheta);
        Assert.Equal(F.RotateTuple(x, y, theta, n), v);
        // Rotating n times by θ is rotating once by nθ: x' = x cos nθ − y sin nθ.
        var at = Approx.At(("x", x), ("y", y), ("theta", theta), ("n", n));
        // The generated pass multiplies the same n rotations: a few roundings per step, far below the bound.
        Approx.AssertClose(x * Math.Cos(n * theta) - y * Math.Sin(n * theta), v, 1e-12, 1e-13, "value", at);
        Approx.AssertClose(Math.Cos(n * theta), dX, 1e-12, 1e-13, "dX", at);
        Approx.AssertClose(-Math.Sin(n * theta), dY, 1e-12, 1e-13, "dY", at);
        Approx.AssertClose(-n * (x * Math.Sin(n * theta) + y * Math.Cos(n * theta)), dTheta, 1e-12, 1e-13, "dTheta", at);
    }

    [Theory]
    [InlineData(0.7, -1.1)]
    [InlineData(2.5, 0.3)]
    public void NamedAndDeconstructed(double x, double y)
    {
        double v = F.NamedAndDeconstructedGradient(x, y, out double dX, out double dY);
        Assert.Equal(F.NamedAndDeconstructed(x, y), v);
        GradientCheck.MatchesComplexStep(z =>
        {
            Complex first = z[0] - z[1], second = z[0] * z[1]; // after the swap
            Complex a = first, b = second, c = a * a;
            second += c;
            return first * 3 + second * b;
        }, XY, new[] { x, y }, new[] { dX, dY });
    }

    [Theory]
    [InlineData(0.7, -1.1)]
    [InlineData(-0.4, 0.9)]
    public void StructCopyLeavesTheOriginal(double x, double y)
    {
        double v = F.StructCopyGradient(x, y, out double dX, out double dY);
        Assert.Equal(F.StructCopy(x, y), v);
        GradientCheck.MatchesComplexStep(z => z[0] + Complex.Exp(z[0] * z[1]) * z[1] + 1, XY, new[] { x, y }, new[] { dX, dY });
    }

    [Theory]
    [InlineData(2.0, 0.3)]
    [InlineData(0.5, -2.2)]
    public void PositionalRecordStruct(double r, double angle)
    {
        double v = F.PolarToXGradient(r, angle, out double dR, out double dAngle);
        Assert.Equal(F.PolarToX(r, angle), v);
        var at = Approx.At(("r", r), ("angle", angle));
        Approx.Grad(Math.Cos(angle) + 1, dR, "dR", at);
        Approx.Grad(-r * Math.Sin(angle), dAngle, "dAngle", at);
    }

    [Theory]
    [InlineData(1.5, -0.5, 0.3)]
    [InlineData(-2.0, 0.25, 2.1)]
    public void StructConstructorsAreInlined(double a, double b, double theta)
    {
        double v = F.RotateComplexGradient(a, b, theta, out double dA, out double dB, out double dTheta);
        Assert.Equal(F.RotateComplex(a, b, theta), v);
        GradientCheck.MatchesComplexStep(z => z[0] * Complex.Cos(z[2]) - z[1] * Complex.Sin(z[2]),
            new[] { "a", "b", "theta" }, new[] { a, b, theta }, new[] { dA, dB, dTheta });
    }

    [Fact]
    public void TupleConversionWidensEachField()
    {
        float x = 0.7f;
        double y = -1.3;
        double v = F.WidenedTupleGradient(x, y, out float dX, out double dY);
        Assert.Equal(F.WidenedTuple(x, y), v);
        // value 2x²y: ∂x = 4xy (in float), ∂y = 2x².
        Assert.Equal(4 * (double)x * y, dX, 1e-6);
        Assert.Equal(2 * (double)x * x, dY, 12);
    }

    [Theory]
    [InlineData(1.5, 0.25)]
    [InlineData(0.3, -0.9)]
    public void InstanceMethodsReadFieldsAsConstants(double a, double b)
    {
        var spring = new Spring { Stiffness = 40, Rest = 0.5 };
        double v = spring.TwoSpringsGradient(a, b, out double dA, out double dB);
        Assert.Equal(spring.TwoSprings(a, b), v);
        var at = Approx.At(("a", a), ("b", b));
        Approx.Grad(40 * (a - 0.5), dA, "dA", at);
        Approx.Grad(40 * (b - 0.5), dB, "dB", at);

        double dLength = 1;
        double e = spring.EnergyBackward(a, 2, ref dLength);
        Assert.Equal(spring.Energy(a), e);
        Approx.Grad(1 + 2 * 40 * (a - 0.5), dLength, "dLength", at);
    }

    [Fact]
    public void InstanceMethodOfAParameter()
    {
        var line = new Line { Slope = 3, Intercept = -1 };
        double v = F.SquaredResidualGradient(2, 4, line, out double dX, out double dY);
        Assert.Equal(F.SquaredResidual(2, 4, line), v);
        // r = 3·2 − 1 − 4 = 1: ∂x = 2r·3, ∂y = −2r.
        Assert.Equal(6, dX);
        Assert.Equal(-2, dY);
    }
}
