using System;
using AutoDiffGen.Functional.Tests.Reference;
using Xunit;
using F = AutoDiffGen.Functional.Tests.Contract.ContractFunctions;

namespace AutoDiffGen.Functional.Tests.Contract;

/// <summary>MBackward adds seed·∂M/∂p into the accumulators and returns M; MGradient returns M exactly.</summary>
public class BackwardContractTests
{
    public static TheoryData<double, double, double, double> Points => new()
    {
        { 1.5, 0.3, 0.7, -0.4 },
        { -0.5, 2.0, 1.2, 0.9 },
        { 0.2, -1.0, -0.6, 2.5 },
        { 3.0, 0.0, 1.0, 0.0 },
    };

    [Theory]
    [MemberData(nameof(Points))]
    public void GradientAndBackwardReturnExactlyTheValue(double x, double c, double y, double z)
    {
        double m = F.Mixed(x, c, y, z);
        Assert.Equal(m, F.MixedGradient(x, c, y, z, out _, out _, out _));
        double dX = 0, dY = 0, dZ = 0;
        Assert.Equal(m, F.MixedBackward(x, c, y, z, 2.5, ref dX, ref dY, ref dZ));
    }

    [Theory]
    [MemberData(nameof(Points))]
    public void BackwardAddsSeedTimesGradientToExistingAccumulators(double x, double c, double y, double z)
    {
        const double seed = 2.5;
        F.MixedGradient(x, c, y, z, out double gX, out double gY, out double gZ);
        double aX = 0.125, aY = -3.75, aZ = 10.5;
        double dX = aX, dY = aY, dZ = aZ;
        F.MixedBackward(x, c, y, z, seed, ref dX, ref dY, ref dZ);
        string at = Approx.At(("x", x), ("c", c), ("y", y), ("z", z));
        // seed·g computed once in double: the generated code may round in a different order, so allow
        // a few ulps of the sum (1e-15 relative) rather than demanding bit equality.
        Approx.AssertClose(aX + seed * gX, dX, 1e-15, 1e-300, "dX", at);
        Approx.AssertClose(aY + seed * gY, dY, 1e-15, 1e-300, "dY", at);
        Approx.AssertClose(aZ + seed * gZ, dZ, 1e-15, 1e-300, "dZ", at);
    }

    [Fact]
    public void BackwardCalledTwiceAccumulatesTwice()
    {
        F.MixedGradient(0.4, 1.0, 0.9, 0.3, out double gX, out double gY, out double gZ);
        double dX = 0, dY = 0, dZ = 0;
        F.MixedBackward(0.4, 1.0, 0.9, 0.3, 1.0, ref dX, ref dY, ref dZ);
        F.MixedBackward(0.4, 1.0, 0.9, 0.3, -0.5, ref dX, ref dY, ref dZ);
        Approx.AssertClose(0.5 * gX, dX, 1e-15, 1e-300, "dX", "two calls, seeds 1 and -0.5");
        Approx.AssertClose(0.5 * gY, dY, 1e-15, 1e-300, "dY", "two calls, seeds 1 and -0.5");
        Approx.AssertClose(0.5 * gZ, dZ, 1e-15, 1e-300, "dZ", "two calls, seeds 1 and -0.5");
    }

    [Fact]
    public void BackwardWithSeedOneOnZeroAccumulatorsEqualsGradient()
    {
        double m = F.MixedGradient(-0.3, 0.5, 1.4, 0.8, out double gX, out double gY, out double gZ);
        double dX = 0, dY = 0, dZ = 0;
        Assert.Equal(m, F.MixedBackward(-0.3, 0.5, 1.4, 0.8, 1.0, ref dX, ref dY, ref dZ));
        Assert.Equal((gX, gY, gZ), (dX, dY, dZ));
    }

    [Fact]
    public void AliasedAccumulatorsReceiveTheSumOfPartials()
    {
        // Tied weights: one accumulator passed for several parameters must end with the sum of their
        // contributions (each write is an addition into the same location).
        F.MixedGradient(0.4, 1.0, 0.9, 0.3, out double gX, out double gY, out double gZ);
        double acc = 1.0;
        F.MixedBackward(0.4, 1.0, 0.9, 0.3, 1.0, ref acc, ref acc, ref acc);
        Approx.AssertClose(1.0 + gX + gY + gZ, acc, 1e-15, 1e-300, "shared accumulator", "(0.4, 1, 0.9, 0.3)");
    }

    [Theory]
    [InlineData(0.5f, 1.5f)]
    [InlineData(-2f, 0.25f)]
    public void FloatBackwardAccumulates(float x, float y)
    {
        const float seed = 2.5f;
        float m = F.MixedFGradient(x, y, out float gX, out float gY);
        Assert.Equal(F.MixedF(x, y), m);
        float dX = 1f, dY = -1f;
        Assert.Equal(m, F.MixedFBackward(x, y, seed, ref dX, ref dY));
        Approx.AssertClose(1f + seed * gX, dX, 1e-6, 1e-30, "dX", Approx.At(("x", x), ("y", y)));
        Approx.AssertClose(-1f + seed * gY, dY, 1e-6, 1e-30, "dY", Approx.At(("x", x), ("y", y)));
    }
}
