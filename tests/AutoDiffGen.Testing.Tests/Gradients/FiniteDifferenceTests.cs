using System;
using Xunit;

namespace AutoDiffGen.Testing.Tests.Gradients;

/// <summary>The reference itself, against derivatives known in closed form.</summary>
public sealed class FiniteDifferenceTests
{
    [Theory]
    [InlineData(0.0)]
    [InlineData(0.3)]
    [InlineData(-2.0)]
    [InlineData(1e-8)]
    public void Richardson_central_difference_of_sin_is_accurate_to_about_1e_10(double x) =>
        Assert.Equal(Math.Cos(x), FiniteDifference.Derivative(Math.Sin, x, singlePrecision: false), 1e-10 * Math.Max(1, Math.Abs(x)));

    [Theory]
    [InlineData(1e4)]
    public void Step_scaled_to_the_input_keeps_log_accurate_far_from_1(double x) =>
        Assert.Equal(1 / x, FiniteDifference.Derivative(Math.Log, x, singlePrecision: false), 1e-9 / x);

    [Fact]
    public void Step_scales_with_the_magnitude_and_is_exact()
    {
        double large = FiniteDifference.Step(1e6, singlePrecision: false);

        Assert.Equal(1e3, large, 1e-6);
        Assert.Equal(1e-3, FiniteDifference.Step(0.0, singlePrecision: false));
        Assert.Equal(1e6 + large - 1e6, large);
    }

    [Fact]
    public void Complex_step_of_exp_is_exact_to_rounding()
    {
        double d = ComplexStep.Derivative(z => System.Numerics.Complex.Exp(z[0] * z[1]), new[] { 0.5, 3.0 }, 1);

        Assert.Equal(0.5 * Math.Exp(1.5), d, 1e-14);
    }
}
