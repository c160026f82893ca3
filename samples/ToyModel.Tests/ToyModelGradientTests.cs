using System;
using System.Numerics;
using AutoDiffGen.Testing;
using Xunit;

namespace ToyModelSample.Tests;

/// <summary>The generated LossGradient and LossBackward against independent references.</summary>
public sealed class ToyModelGradientTests
{
    [Theory]
    [InlineData(0.5, 1.0, 0.3, 1.2, -0.4, 0.8, 0.5, -0.7, 0.2, 1.5)]
    [InlineData(-0.9, 0.1, 0.0, -1.0, 0.6, 0.3, -0.2, 1.1, 0.9, -0.4)]
    public void Gradient_matches_finite_differences(double x, double y,
        double beta0, double omega0, double beta1, double omega1, double beta2, double omega2, double beta3, double omega3) =>
        GradientChecker.For(typeof(ToyModel), nameof(ToyModel.Loss))
            .AssertAt(x, y, beta0, omega0, beta1, omega1, beta2, omega2, beta3, omega3);

    [Fact]
    public void Gradient_matches_the_complex_step()
    {
        const double x = 0.5, y = 1.0;
        GradientChecker.For(typeof(ToyModel), nameof(ToyModel.Loss))
            .WithComplexStep(p => ComplexLoss(x, y, p))
            .AssertAt(x, y, 0.3, 1.2, -0.4, 0.8, 0.5, -0.7, 0.2, 1.5);
    }

    /// <summary>ToyModel.Loss over complex numbers; p holds the eight parameters in declaration order.</summary>
    private static Complex ComplexLoss(double x, double y, Complex[] p)
    {
        Complex f0 = p[0] + p[1] * x;
        Complex f1 = p[2] + p[3] * Complex.Sin(f0);
        Complex f2 = p[4] + p[5] * Complex.Exp(f1);
        Complex f3 = p[6] + p[7] * Complex.Cos(f2);
        return (f3 - y) * (f3 - y);
    }
}
