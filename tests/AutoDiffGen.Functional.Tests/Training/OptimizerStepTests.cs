using System;
using AutoDiffGen.Functional.Tests.Reference;
using AutoDiffGen.Training;
using Xunit;

namespace AutoDiffGen.Functional.Tests.TrainingTests;

/// <summary>
/// The first steps of each optimiser against the published update rules. Values with many digits were
/// computed with mpmath at 40 digits from the papers' formulas; the short ones by hand (shown inline).
/// </summary>
public class OptimizerStepTests
{
    private const double Rel = 1e-14;

    [Fact]
    public void SgdMovesAgainstTheGradientByTheLearningRate()
    {
        double[] p = { 1.0, -2.0 };
        new Sgd<double>(2, learningRate: 0.1).Step(p, new[] { 0.5, -4.0 });
        AssertClose(new[] { 0.95, -1.6 }, p); // 1 − 0.1·0.5, −2 − 0.1·(−4)
    }

    [Fact]
    public void MomentumAccumulatesTheVelocity()
    {
        double[] p = { 1.0 };
        var momentum = new Momentum<double>(1, learningRate: 0.1, momentum: 0.9);
        momentum.Step(p, new[] { 1.0 });
        AssertClose(new[] { 0.9 }, p); // v = 1, θ = 1 − 0.1
        momentum.Step(p, new[] { 2.0 });
        AssertClose(new[] { 0.61 }, p); // v = 0.9·1 + 2 = 2.9, θ = 0.9 − 0.29
    }

    [Fact]
    public void NesterovLooksAheadAlongTheVelocity()
    {
        double[] p = { 1.0 };
        var nesterov = new Momentum<double>(1, learningRate: 0.1, momentum: 0.9, nesterov: true);
        nesterov.Step(p, new[] { 1.0 });
        AssertClose(new[] { 0.81 }, p); // v = 1, θ = 1 − 0.1·(1 + 0.9·1)
        nesterov.Step(p, new[] { 2.0 });
        AssertClose(new[] { 0.349 }, p); // v = 2.9, θ = 0.81 − 0.1·(2 + 0.9·2.9)
    }

    [Fact]
    public void RmsPropDividesByTheRootMeanSquare()
    {
        double[] p = { 1.0 };
        var rmsProp = new RmsProp<double>(1, learningRate: 0.01, rho: 0.9, epsilon: 1e-8);
        rmsProp.Step(p, new[] { 2.0 });
        AssertClose(new[] { 0.96837722389831619877 }, p); // s = 0.4, θ = 1 − 0.01·2/(√0.4 + 1e−8)
        rmsProp.Step(p, new[] { -1.0 });
        AssertClose(new[] { 0.98312141929641461098 }, p); // s = 0.46
    }

    [Theory]
    [InlineData(1e-3)]
    [InlineData(1.0)]
    [InlineData(-5.0)]
    [InlineData(1e3)]
    public void AdamsFirstStepIsTheLearningRateTimesTheSignOfTheGradient(double g)
    {
        // m̂ = g and v̂ = g² after bias correction, so the step is η·g/(|g| + ε) whatever the scale of g.
        double[] p = { 0.25 };
        new Adam<double>(1, learningRate: 0.01).Step(p, new[] { g });
        double expected = 0.25 - 0.01 * g / (Math.Abs(g) + 1e-8);
        AssertClose(new[] { expected }, p);
        Approx.AssertClose(0.25 - 0.01 * Math.Sign(g), p[0], 1e-6, 0.0);
    }

    [Fact]
    public void AdamFollowsKingmaAndBaAlgorithmOne()
    {
        double[] p = { 0.5 };
        var adam = new Adam<double>(1, learningRate: 0.1, beta1: 0.9, beta2: 0.999, epsilon: 1e-8);
        adam.Step(p, new[] { 3.0 });
        AssertClose(new[] { 0.40000000033333333222 }, p);
        adam.Step(p, new[] { -1.0 }); // m = 0.17, v = 0.009991, m̂ = 0.17/0.19, v̂ = 0.009991/0.001999
        AssertClose(new[] { 0.35997814331690960227 }, p);
        adam.Step(p, new[] { 0.5 });
        AssertClose(new[] { 0.31943560318633070369 }, p);
        Assert.Equal(3, adam.StepCount);
    }

    [Fact]
    public void AdamWDecaysTheWeightsOutsideTheAdaptiveStep()
    {
        double[] p = { 2.0 };
        new Adam<double>(1, learningRate: 0.1, weightDecay: 0.01).Step(p, new[] { -0.25 });
        AssertClose(new[] { 2.09799999600000016 }, p); // 2 − 0.1·0.01·2 + 0.1·0.25/(0.25 + 1e−8)
    }

    [Fact]
    public void FloatOptimisersFollowTheSameRules()
    {
        float[] p = { 0.5f, 1.0f };
        var adam = new Adam<float>(2, learningRate: 0.1);
        adam.Step(p, new[] { 3.0f, -2.0f });
        Approx.AssertClose(0.4, p[0], Approx.FloatRel, 0.0);
        Approx.AssertClose(1.1, p[1], Approx.FloatRel, 0.0);

        float[] q = { 1.0f };
        var momentum = new Momentum<float>(1, learningRate: 0.1, momentum: 0.9);
        momentum.Step(q, new[] { 1.0f });
        momentum.Step(q, new[] { 2.0f });
        Approx.AssertClose(0.61, q[0], Approx.FloatRel, 0.0);

        float[] r = { 1.0f };
        new RmsProp<float>(1, learningRate: 0.01).Step(r, new[] { 2.0f });
        Approx.AssertClose(0.96837722389831619877, r[0], Approx.FloatRel, 0.0);
    }

    [Fact]
    public void ResetForgetsTheState()
    {
        double[] p = { 0.5 };
        var adam = new Adam<double>(1, learningRate: 0.1);
        adam.Step(p, new[] { 3.0 });
        adam.Step(p, new[] { -1.0 });
        adam.Reset();
        Assert.Equal(0, adam.StepCount);

        double[] fresh = { 0.5 };
        adam.Step(fresh, new[] { 3.0 });
        AssertClose(new[] { 0.40000000033333333222 }, fresh); // a first step again, not a third
    }

    [Fact]
    public void AChangedLearningRateAppliesFromTheNextStep()
    {
        double[] p = { 1.0 };
        var sgd = new Sgd<double>(1, learningRate: 0.1);
        sgd.Step(p, new[] { 1.0 });
        sgd.LearningRate = 0.5;
        sgd.Step(p, new[] { 1.0 });
        AssertClose(new[] { 0.4 }, p); // 1 − 0.1 − 0.5
    }

    private static void AssertClose(double[] expected, double[] actual)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (int i = 0; i < expected.Length; i++)
        {
            Approx.AssertClose(expected[i], actual[i], Rel, 0.0, $"θ[{i}]");
        }
    }
}
