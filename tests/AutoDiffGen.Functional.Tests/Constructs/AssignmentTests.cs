using System.Numerics;
using AutoDiffGen.Functional.Tests.Reference;
using Xunit;
using F = AutoDiffGen.Functional.Tests.Constructs.AssignmentFunctions;

namespace AutoDiffGen.Functional.Tests.Constructs;

public class AssignmentTests
{
    private static readonly string[] X = { "x" };
    private static readonly string[] XY = { "x", "y" };

    [Theory]
    [InlineData(-2.3)]
    [InlineData(0.4)]
    [InlineData(1.9)]
    public void ReassignLocal(double x)
    {
        double v = F.ReassignLocalGradient(x, out double dX);
        Assert.Equal(F.ReassignLocal(x), v);
        GradientCheck.MatchesComplexStep(z => { var y = z[0] + 1; y = y * y; return Complex.Sin(y); }, X, new[] { x }, dX);
    }

    [Theory]
    [InlineData(-1.7)]
    [InlineData(0.3)]
    [InlineData(2.2)]
    public void SelfSquareParameter(double x)
    {
        double v = F.SelfSquareParameterGradient(x, out double dX);
        Assert.Equal(F.SelfSquareParameter(x), v);
        Approx.Grad(4 * x * x * x, dX, "dX", Approx.At(("x", x)));
    }

    [Theory]
    [InlineData(-1.7)]
    [InlineData(0.3)]
    [InlineData(2.2)]
    public void ReassignedParameter(double x)
    {
        double v = F.ReassignedParameterGradient(x, out double dX);
        Assert.Equal(F.ReassignedParameter(x), v);
        Approx.Grad(8 * x, dX, "dX", Approx.At(("x", x)));
    }

    [Theory]
    [InlineData(-1.2, 0.5)]
    [InlineData(0.7, -2.0)]
    [InlineData(2.0, 3.0)]
    public void SelfReferenceChain(double x, double y)
    {
        double v = F.SelfReferenceChainGradient(x, y, out double dX, out double dY);
        Assert.Equal(F.SelfReferenceChain(x, y), v);
        GradientCheck.MatchesComplexStep(z => { var a = z[0]; a = a * z[1] + a; a = a * a - z[1]; return a; }, XY, new[] { x, y }, dX, dY);
    }

    [Theory]
    [InlineData(-1.2, 0.5)]
    [InlineData(0.7, -2.0)]
    [InlineData(2.0, 3.0)]
    public void CompoundOnActive(double x, double y)
    {
        double v = F.CompoundOnActiveGradient(x, y, out double dX, out double dY);
        Assert.Equal(F.CompoundOnActive(x, y), v);
        GradientCheck.MatchesComplexStep(z => ((z[0] + z[1]) * z[0] - 2 * z[1]) / (1 + z[0] * z[0]), XY, new[] { x, y }, dX, dY);
    }

    [Theory]
    [InlineData(-3.0)]
    [InlineData(0.0)]
    [InlineData(1.25)]
    public void CompoundOnInactive(double x)
    {
        double v = F.CompoundOnInactiveGradient(x, out double dX);
        Assert.Equal(F.CompoundOnInactive(x), v);
        Approx.Grad(7.5 + 6.5, dX, "dX", Approx.At(("x", x)));
    }

    [Theory]
    [InlineData(-3.0)]
    [InlineData(0.2)]
    [InlineData(1.25)]
    public void IncrementDecrement(double x)
    {
        double v = F.IncrementDecrementGradient(x, out double dX);
        Assert.Equal(F.IncrementDecrement(x), v);
        // t = (x + 1)·x - 1 + 1 = x² + x; n = 2; f = t² + 2x
        GradientCheck.MatchesComplexStep(z => { var t = (z[0] + 1) * z[0]; return t * t + 2 * z[0]; }, X, new[] { x }, dX);
    }

    [Theory]
    [InlineData(-1.2, 0.5)]
    [InlineData(0.7, -2.0)]
    [InlineData(2.0, 3.0)]
    public void CompoundOnParameter(double x, double y)
    {
        double v = F.CompoundOnParameterGradient(x, y, out double dX, out double dY);
        Assert.Equal(F.CompoundOnParameter(x, y), v);
        GradientCheck.MatchesComplexStep(z =>
        {
            var old = z[0] * z[1];
            var s = z[0] + z[1];
            s = s * s;
            return s * (z[1] - old);
        }, XY, new[] { x, y }, dX, dY);
    }
}
