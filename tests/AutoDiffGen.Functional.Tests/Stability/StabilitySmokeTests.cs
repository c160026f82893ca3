using System;
using AutoDiffGen;
using Xunit;

namespace AutoDiffGen.Functional.Tests.Stability;

public static partial class Naive
{
    [Differentiable]
    public static double Softplus(double x) => Math.Log(1 + Math.Exp(x));

    [Differentiable]
    public static double LogSigmoidOverLocals(double z)
    {
        double p = 1.0 / (1.0 + Math.Exp(-z));
        return Math.Log(p);
    }

    [Differentiable]
    public static double CrossEntropy(double z, [NoDiff] double y)
    {
        double p = 1.0 / (1.0 + Math.Exp(-z));
        return -(y * Math.Log(p) + (1 - y) * Math.Log(1 - p));
    }

    [Differentiable(StabilityRewrites = false)]
    public static double SoftplusAsWritten(double x) => Math.Log(1 + Math.Exp(x));
}

public class StabilitySmokeTests
{
    [Fact]
    public void Softplus_at_800_is_800_with_gradient_1()
    {
        double value = Naive.SoftplusGradient(800, out double dX);
        Assert.Equal(800, value);
        Assert.Equal(1, dX);
        double naive = Naive.SoftplusAsWrittenGradient(800, out double naiveDX);
        Assert.True(double.IsInfinity(naive));
        Assert.True(double.IsNaN(naiveDX));
    }

    [Fact]
    public void LogSigmoid_through_a_local()
    {
        double value = Naive.LogSigmoidOverLocalsGradient(-800, out double dZ);
        Assert.Equal(-800, value);
        Assert.Equal(1, dZ);
    }

    [Fact]
    public void Cross_entropy_of_a_sigmoid()
    {
        double value = Naive.CrossEntropyGradient(40, 0, out double dZ);
        Assert.Equal(40, value, 1e-12);
        Assert.Equal(1, dZ, 1e-12);
        value = Naive.CrossEntropyGradient(-800, 1, out dZ);
        Assert.Equal(800, value, 1e-12);
        Assert.Equal(-1, dZ, 1e-12);
    }
}
