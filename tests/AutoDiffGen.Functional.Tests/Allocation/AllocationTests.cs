using System;
using System.Numerics;
using AutoDiffGen.Functional.Tests.Reference;
using Xunit;

namespace AutoDiffGen.Functional.Tests.Allocation;

/// <summary>Scalar generated code must not allocate (design.md §1: "allocation-free for scalar code").</summary>
public class AllocationTests
{
    private const int Calls = 1000;

    [Fact]
    public void LossGradientAllocatesNothing()
    {
        double sink = ToyModel.LossGradient(0.5, 1.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8,
            out _, out _, out _, out _, out _, out _, out _, out _); // warm-up: JIT, static init
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < Calls; i++)
        {
            sink += ToyModel.LossGradient(0.5 + i * 1e-3, 1.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8,
                out double d0, out double d1, out double d2, out double d3, out double d4, out double d5, out double d6, out double d7);
            sink += d0 + d1 + d2 + d3 + d4 + d5 + d6 + d7;
        }
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(double.IsFinite(sink));
        Assert.Equal(0L, allocated);
    }

    [Fact]
    public void LossBackwardAllocatesNothing()
    {
        double d0 = 0, d1 = 0, d2 = 0, d3 = 0, d4 = 0, d5 = 0, d6 = 0, d7 = 0;
        double sink = ToyModel.LossBackward(0.5, 1.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 1.0,
            ref d0, ref d1, ref d2, ref d3, ref d4, ref d5, ref d6, ref d7);
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < Calls; i++)
        {
            sink += ToyModel.LossBackward(0.5 + i * 1e-3, 1.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 1e-3,
                ref d0, ref d1, ref d2, ref d3, ref d4, ref d5, ref d6, ref d7);
        }
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(double.IsFinite(sink + d0 + d7));
        Assert.Equal(0L, allocated);
    }

    [Theory]
    [InlineData(0.5, 1.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8)]
    [InlineData(-1.2, 0.3, 0.5, -0.7, -0.2, 1.1, 0.4, -0.9, 0.05, 1.3)]
    [InlineData(2.0, -0.5, -0.3, 0.9, 0.6, 0.2, -1.0, 0.5, 0.3, -0.4)]
    public void ToyModelGradientMatchesComplexStep(double x, double y, double b0, double w0, double b1, double w1, double b2, double w2, double b3, double w3)
    {
        double v = ToyModel.LossGradient(x, y, b0, w0, b1, w1, b2, w2, b3, w3,
            out double dB0, out double dW0, out double dB1, out double dW1, out double dB2, out double dW2, out double dB3, out double dW3);
        Assert.Equal(ToyModel.Loss(x, y, b0, w0, b1, w1, b2, w2, b3, w3), v);
        Func<Complex[], Complex> f = p =>
        {
            var f0 = p[0] + p[1] * x;
            var f1 = p[2] + p[3] * Complex.Sin(f0);
            var f2 = p[4] + p[5] * Complex.Exp(f1);
            var f3 = p[6] + p[7] * Complex.Cos(f2);
            return (f3 - y) * (f3 - y);
        };
        GradientCheck.MatchesComplexStep(f, new[] { "beta0", "omega0", "beta1", "omega1", "beta2", "omega2", "beta3", "omega3" },
            new[] { b0, w0, b1, w1, b2, w2, b3, w3 }, dB0, dW0, dB1, dW1, dB2, dW2, dB3, dW3);
    }
}
