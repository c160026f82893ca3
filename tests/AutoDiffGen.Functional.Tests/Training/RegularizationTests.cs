using System;
using AutoDiffGen.Functional.Tests.Reference;
using AutoDiffGen.Training;
using Xunit;

namespace AutoDiffGen.Functional.Tests.TrainingTests;

/// <summary>The L2 penalty's value by hand and its gradient against central differences of the value.</summary>
public class RegularizationTests
{
    [Fact]
    public void ThePenaltyIsHalfLambdaTimesTheSumOfSquares()
    {
        Assert.Equal(3.5, Regularization.L2Penalty<double>(new[] { 1.0, -2.0, 3.0 }, 0.5)); // 0.25·14
        Assert.Equal(3.5f, Regularization.L2Penalty<float>(new[] { 1.0f, -2.0f, 3.0f }, 0.5f));
        Assert.Equal(0.0, Regularization.L2Penalty(ReadOnlySpan<double>.Empty, 0.5));
        Assert.Equal(0.0, Regularization.L2Penalty<double>(new[] { 4.0 }, 0.0));
    }

    [Fact]
    public void TheGradientIsAddedAndMatchesFiniteDifferences()
    {
        double[] w = { 0.7, -1.3, 2.9, 0.0 };
        const double lambda = 0.3;
        double[] start = { 1.0, -0.5, 0.25, 2.0 };
        var gradient = (double[])start.Clone();
        Regularization.AddL2Gradient(w, lambda, gradient);

        for (int i = 0; i < w.Length; i++)
        {
            double fd = FiniteDifference.Partial(x => Regularization.L2Penalty<double>(x, lambda), w, i);
            Approx.AssertClose(fd, gradient[i] - start[i], 1e-8, 1e-10, $"∂penalty/∂w[{i}]");
        }
    }

    [Fact]
    public void FloatGradientIsLambdaTimesTheWeights()
    {
        float[] w = { 2.0f, -4.0f };
        var gradient = new float[2];
        Regularization.AddL2Gradient<float>(w, 0.25f, gradient);
        Assert.Equal(new[] { 0.5f, -1.0f }, gradient);
    }

    [Fact]
    public void InvalidArgumentsAreRejectedWithTheirNames()
    {
        Assert.Equal("lambda", Assert.Throws<ArgumentOutOfRangeException>(() => Regularization.L2Penalty<double>(new[] { 1.0 }, -0.1)).ParamName);
        Assert.Equal("lambda", Assert.Throws<ArgumentOutOfRangeException>(() => Regularization.AddL2Gradient<double>(new[] { 1.0 }, double.NaN, new double[1])).ParamName);
        Assert.Equal("gradient", Assert.Throws<ArgumentException>(() => Regularization.AddL2Gradient<double>(new[] { 1.0 }, 0.1, new double[2])).ParamName);
    }
}
