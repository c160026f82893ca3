using System;
using AutoDiffGen.Functional.Tests.Reference;
using Xunit;
using F = AutoDiffGen.Functional.Tests.Constructs.InactivePathNaNFunctions;

namespace AutoDiffGen.Functional.Tests.Constructs;

public class InactivePathNaNTests
{
    [Theory]
    [InlineData(-4.0)]
    [InlineData(-1e-3)]
    public void TernarySelectingAwayFromNaNGivesZero(double x)
    {
        Assert.Equal(0.0, F.TernarySelectsPrecomputedSqrtGradient(x, out double dX));
        Assert.Equal(0.0, dX);
    }

    [Theory]
    [InlineData(-4.0)]
    [InlineData(-1e-3)]
    public void OverwrittenNaNGivesZero(double x)
    {
        Assert.Equal(0.0, F.SqrtOverwrittenByIfGradient(x, out double dX));
        Assert.Equal(0.0, dX);
    }

    [Fact]
    public void TakenPathsAreExact()
    {
        F.TernarySelectsPrecomputedSqrtGradient(4.0, out double d1);
        Approx.Grad(0.25, d1, "dX", "(x=4)");
        F.SqrtOverwrittenByIfGradient(4.0, out double d2);
        Approx.Grad(0.5, d2, "dX", "(x=4)");
    }
}
