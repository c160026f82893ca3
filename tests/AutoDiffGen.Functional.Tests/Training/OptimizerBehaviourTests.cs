using System;
using AutoDiffGen.Training;
using Xunit;

namespace AutoDiffGen.Functional.Tests.TrainingTests;

/// <summary>
/// Optimisers over many steps: convergence on a quadratic whose minimum is known, the documented equivalence
/// of one optimiser per buffer and one over a flat buffer, no allocation per step, argument checks.
/// </summary>
public class OptimizerBehaviourTests
{
    // f(θ) = ½·Σ aᵢ(θᵢ − cᵢ)², minimum at c, gradient aᵢ(θᵢ − cᵢ); curvature 1 and 10 (condition number 10).
    private static readonly double[] Curvature = { 1.0, 10.0 };
    private static readonly double[] Minimum = { 3.0, -2.0 };

    public static TheoryData<string> Optimizers => new() { "sgd", "momentum", "nesterov", "rmsprop", "adam", "adamw" };

    [Theory]
    [MemberData(nameof(Optimizers))]
    public void EveryOptimiserFindsTheMinimumOfAQuadratic(string name)
    {
        Optimizer<double> optimizer = Create(name, 2);
        double[] theta = { 0.0, 0.0 };
        var gradient = new double[2];
        for (int step = 0; step < 3000; step++)
        {
            // The adaptive methods take steps of about η near the minimum; a decaying rate lets them settle.
            if (name is "rmsprop" or "adam" or "adamw") optimizer.LearningRate = 0.05 / (1 + step / 100.0);
            for (int i = 0; i < 2; i++) gradient[i] = Curvature[i] * (theta[i] - Minimum[i]);
            optimizer.Step(theta, gradient);
        }

        Assert.InRange(theta[0], Minimum[0] - 1e-3, Minimum[0] + 1e-3);
        Assert.InRange(theta[1], Minimum[1] - 1e-3, Minimum[1] + 1e-3);
    }

    [Theory]
    [MemberData(nameof(Optimizers))]
    public void OneOptimiserPerBufferEqualsOneOverTheFlatBuffer(string name)
    {
        // Two "layers": W (3 elements) and b (2), stored apart and as slices of one flat buffer.
        double[] w = { 0.3, -0.7, 1.1 }, b = { 0.05, -0.2 };
        double[] flat = { 0.3, -0.7, 1.1, 0.05, -0.2 };
        Optimizer<double> forW = Create(name, 3), forB = Create(name, 2), forFlat = Create(name, 5);
        var flatGradient = new double[5];
        for (int step = 0; step < 5; step++)
        {
            for (int i = 0; i < 5; i++) flatGradient[i] = Math.Sin(step + 1.7 * i) * (i + 1);
            forW.Step(w, flatGradient.AsSpan(0, 3));
            forB.Step(b, flatGradient.AsSpan(3, 2));
            forFlat.Step(flat, flatGradient);
        }

        Assert.Equal(flat[..3], w);
        Assert.Equal(flat[3..], b);
    }

    [Theory]
    [MemberData(nameof(Optimizers))]
    public void AStepAllocatesNothing(string name)
    {
        Optimizer<double> optimizer = Create(name, 1000);
        var theta = new double[1000];
        var gradient = new double[1000];
        Array.Fill(gradient, 0.5);
        optimizer.Step(theta, gradient); // JIT and first-use costs outside the measurement

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int step = 0; step < 100; step++) optimizer.Step(theta, gradient);
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Theory]
    [MemberData(nameof(Optimizers))]
    public void MismatchedLengthsNameTheSpan(string name)
    {
        Optimizer<double> optimizer = Create(name, 3);
        Assert.Equal("parameters", Assert.Throws<ArgumentException>(() => optimizer.Step(new double[2], new double[3])).ParamName);
        Assert.Equal("gradient", Assert.Throws<ArgumentException>(() => optimizer.Step(new double[3], new double[4])).ParamName);
        Assert.Equal(0, optimizer.StepCount);
    }

    [Fact]
    public void HyperparametersOutOfRangeAreRejectedWithTheirNames()
    {
        Assert.Equal("parameterCount", Assert.Throws<ArgumentOutOfRangeException>(() => new Sgd<double>(-1, 0.1)).ParamName);
        Assert.Equal("learningRate", Assert.Throws<ArgumentOutOfRangeException>(() => new Sgd<double>(1, -0.1)).ParamName);
        Assert.Equal("learningRate", Assert.Throws<ArgumentOutOfRangeException>(() => new Adam<float>(1, double.NaN)).ParamName);
        Assert.Equal("momentum", Assert.Throws<ArgumentOutOfRangeException>(() => new Momentum<double>(1, 0.1, momentum: 1.0)).ParamName);
        Assert.Equal("rho", Assert.Throws<ArgumentOutOfRangeException>(() => new RmsProp<double>(1, 0.1, rho: -0.1)).ParamName);
        Assert.Equal("epsilon", Assert.Throws<ArgumentOutOfRangeException>(() => new RmsProp<double>(1, 0.1, epsilon: 0.0)).ParamName);
        Assert.Equal("beta1", Assert.Throws<ArgumentOutOfRangeException>(() => new Adam<double>(1, beta1: 1.0)).ParamName);
        Assert.Equal("beta2", Assert.Throws<ArgumentOutOfRangeException>(() => new Adam<double>(1, beta2: double.NaN)).ParamName);
        Assert.Equal("epsilon", Assert.Throws<ArgumentOutOfRangeException>(() => new Adam<double>(1, epsilon: -1e-8)).ParamName);
        Assert.Equal("weightDecay", Assert.Throws<ArgumentOutOfRangeException>(() => new Adam<double>(1, weightDecay: -0.1)).ParamName);

        var sgd = new Sgd<double>(1, 0.1);
        Assert.Throws<ArgumentOutOfRangeException>(() => sgd.LearningRate = double.PositiveInfinity);
        Assert.Equal(0.1, sgd.LearningRate);
    }

    private static Optimizer<double> Create(string name, int count) => name switch
    {
        "sgd" => new Sgd<double>(count, learningRate: 0.05),
        "momentum" => new Momentum<double>(count, learningRate: 0.02, momentum: 0.9),
        "nesterov" => new Momentum<double>(count, learningRate: 0.02, momentum: 0.9, nesterov: true),
        "rmsprop" => new RmsProp<double>(count, learningRate: 0.05),
        "adam" => new Adam<double>(count, learningRate: 0.05),
        "adamw" => new Adam<double>(count, learningRate: 0.05, weightDecay: 1e-4),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
    };
}
