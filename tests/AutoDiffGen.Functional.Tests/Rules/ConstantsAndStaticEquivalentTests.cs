using System;
using System.Numerics;
using AutoDiffGen.Functional.Tests.Reference;
using Xunit;
using F = AutoDiffGen.Functional.Tests.Rules.ConstantsAndStaticEquivalentFunctions;

namespace AutoDiffGen.Functional.Tests.Rules;

public class ConstantsAndStaticEquivalentTests
{
    [Theory]
    [InlineData(-1.3)]
    [InlineData(0.0)]
    [InlineData(2.7)]
    public void PiAndEAreConstants(double x)
    {
        double v = F.PiAndEGradient(x, out double dX);
        Assert.Equal(F.PiAndE(x), v);
        Approx.Grad(2 * Math.PI * x + Math.E, dX, "dX", Approx.At(("x", x)));
    }

    [Theory]
    [InlineData(-1.3)]
    [InlineData(0.4)]
    [InlineData(2.7)]
    public void ConstAndStaticReadonlyFieldsAreConstants(double x)
    {
        double v = F.FieldsGradient(x, out double dX);
        Assert.Equal(F.Fields(x), v);
        Approx.Grad(1.5 * F.Scale * x * x, dX, "dX", Approx.At(("x", x)));
    }

    [Theory]
    [InlineData(-0.3f)]
    [InlineData(0.2f)]
    [InlineData(1.1f)]
    public void FloatFieldAndMathFPi(float x)
    {
        F.FloatFieldsAndPiGradient(x, out float dX);
        double pi = MathF.PI;
        Approx.AssertClose(1.75 * pi * Math.Cos(pi * x), dX, Approx.FloatRel, 1e-6, "dX", Approx.At(("x", x)));
    }

    [Theory]
    [InlineData(0.7, -0.4)]
    [InlineData(2.0, 1.5)]
    [InlineData(0.1, 3.0)]
    public void DoubleStaticSpellingsMatchComplexStep(double x, double y)
    {
        double v = F.StaticSpellingsGradient(x, y, out double dX, out double dY);
        Assert.Equal(F.StaticSpellings(x, y), v);
        // Atan2(y, x) = atan(y/x) for x > 0, which the complex step can follow.
        Func<Complex[], Complex> f = z => Complex.Sin(z[0]) * Complex.Exp(z[1]) + Complex.Sqrt(z[0] * z[0] + z[1] * z[1])
            + Complex.Pow(z[0], 2.5) + ComplexMath.Atan(z[1] / z[0]);
        string at = Approx.At(("x", x), ("y", y));
        Approx.Grad(ComplexStep.Partial(f, new[] { x, y }, 0), dX, "dX", at);
        Approx.Grad(ComplexStep.Partial(f, new[] { x, y }, 1), dY, "dY", at);
    }
}
