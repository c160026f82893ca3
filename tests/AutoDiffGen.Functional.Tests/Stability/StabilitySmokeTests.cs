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

public static partial class NaiveLoops
{
    [Differentiable]
    public static double LogSumExp(double[] x)
    {
        double s = 0;
        for (int i = 0; i < x.Length; i++) s += Math.Exp(x[i]);
        return Math.Log(s);
    }
}

public class StabilityLoopSmokeTests
{
    [Fact]
    public void Log_of_a_sum_of_exponentials_in_a_loop()
    {
        // mpmath, stability-catalog R07
        var dX = new double[3];
        double value = NaiveLoops.LogSumExpGradient(new[] { 1000.0, 1000.0, 999.0 }, dX);
        Assert.Equal(1000.8619948040583, value, 1e-12);
        Assert.Equal(0.4223187982515182, dX[0], 1e-14);
        Assert.Equal(0.4223187982515182, dX[1], 1e-14);
        Assert.Equal(0.15536240349696361, dX[2], 1e-14);
        value = NaiveLoops.LogSumExpGradient(new[] { -1000.0, -1001.0, -1002.0 }, dX);
        Assert.Equal(-999.59239403555562, value, 1e-12);
        Assert.Equal(0.66524095577482189, dX[0], 1e-14);
        Assert.Equal(0.24472847105479765, dX[1], 1e-14);
        Assert.Equal(0.090030573170380458, dX[2], 1e-14);
        value = NaiveLoops.LogSumExpGradient(new[] { double.NegativeInfinity, double.NegativeInfinity }, dX.AsSpan(0, 2));
        Assert.Equal(double.NegativeInfinity, value);
        Assert.Equal(0, dX[0]);
        Assert.Equal(0, dX[1]);
    }
}

public static partial class NaiveLogistic
{
    /// <summary>The textbook logistic loss with its logit summed in a loop: z is assigned many times, but
    /// not after p's declaration, so Math.Log(p) is still seen as the log of a sigmoid of z.</summary>
    [Differentiable]
    public static double Loss([NoDiff] double[] x, [NoDiff] double y, double[] w, double b)
    {
        double z = b;
        for (int i = 0; i < x.Length; i++) z += w[i] * x[i];
        double p = 1.0 / (1.0 + Math.Exp(-z));
        return -(y * Math.Log(p) + (1 - y) * Math.Log(1 - p));
    }
}

public class StabilityLogisticSmokeTests
{
    [Theory]
    [InlineData(40.0, 0.0, 40.0, 1.0)]     // catalogue R05: loss 40, ∂z = σ(40) - 0 = 1 - 4e-18
    [InlineData(-800.0, 1.0, 800.0, -1.0)] // catalogue R05: loss 800, ∂z = -1
    public void Loop_summed_logit(double w, double y, double loss, double dLogit)
    {
        var dW = new double[1];
        double value = NaiveLogistic.LossGradient(new[] { 1.0 }, y, new[] { w }, 0.0, dW, out double dB);
        Assert.Equal(loss, value, 1e-12);
        Assert.Equal(dLogit, dW[0], 1e-12);
        Assert.Equal(dLogit, dB, 1e-12);
    }
}

public static partial class StableCalls
{
    /// <summary>StableMath.LogSumExp of an array parameter, called from differentiated code: its
    /// LogSumExpBackward adds the softmax into the caller's gradient.</summary>
    [Differentiable]
    public static double Lse(double[] x, double scale) => scale * StableMath.LogSumExp(x);
}

public class StableCallSmokeTests
{
    [Fact]
    public void LogSumExp_of_an_array_parameter()
    {
        var dX = new double[3];
        double value = StableCalls.LseGradient(new[] { 1000.0, 1000.0, 999.0 }, 2.0, dX, out double dScale);
        // mpmath, stability-catalog R07: lse = 1000.8619948040583, softmax [0.4223…, 0.4223…, 0.1553…]
        Assert.Equal(2 * 1000.8619948040583, value, 1e-11);
        Assert.Equal(1000.8619948040583, dScale, 1e-11);
        Assert.Equal(2 * 0.4223187982515182, dX[0], 1e-14);
        Assert.Equal(2 * 0.15536240349696361, dX[2], 1e-14);
    }
}
