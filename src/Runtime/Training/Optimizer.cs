using System;
using System.Numerics;

namespace AutoDiffGen.Training;

/// <summary>
/// A first-order optimiser that updates one parameter buffer in place from its gradient. Its state (velocity,
/// moment estimates) is allocated once in the constructor, one entry per parameter, so <see cref="Step"/>
/// allocates nothing.
/// </summary>
/// <typeparam name="T"><see cref="double"/> or <see cref="float"/>.</typeparam>
/// <remarks>
/// Every update rule here is element-wise, so a model with several parameter arrays (W1, b1, W2, b2) can
/// either keep them in one flat buffer, sliced with <c>AsSpan(offset, length)</c>, and step one optimiser
/// over the whole buffer, or create one optimiser per array with the same settings: both give the same
/// parameters after every step (docs/training.md shows the two). Hyperparameters are given as
/// <see cref="double"/> and rounded once to <typeparamref name="T"/>.
/// </remarks>
public abstract class Optimizer<T>
    where T : IFloatingPointIeee754<T>
{
    private double learningRate;

    /// <summary>Checks the arguments common to every optimiser.</summary>
    private protected Optimizer(int parameterCount, double learningRate)
    {
        if (parameterCount < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(parameterCount), parameterCount, "Must not be negative.");
        }

        Guard.NonNegativeFinite(learningRate, nameof(learningRate));
        ParameterCount = parameterCount;
        LearningRate = learningRate;
    }

    /// <summary>The length of the parameter and gradient spans that <see cref="Step"/> accepts.</summary>
    public int ParameterCount { get; }

    /// <summary>
    /// The step size η. Settable between steps, for a learning-rate schedule; the optimiser's state is kept.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a negative, infinite or NaN value.</exception>
    public double LearningRate
    {
        get => learningRate;
        set
        {
            Guard.NonNegativeFinite(value, nameof(value));
            learningRate = value;
            Rate = T.CreateChecked(value);
        }
    }

    /// <summary>How many steps were taken since construction or the last <see cref="Reset"/>.</summary>
    public int StepCount { get; private set; }

    /// <summary><see cref="LearningRate"/> in <typeparamref name="T"/>.</summary>
    private protected T Rate { get; private set; } = T.Zero;

    /// <summary>Updates <paramref name="parameters"/> in place by one step along <paramref name="gradient"/>.</summary>
    /// <param name="parameters">The parameters, <see cref="ParameterCount"/> of them; overwritten.</param>
    /// <param name="gradient">∂loss/∂parameters, as many; only read.</param>
    /// <exception cref="ArgumentException">A span's length is not <see cref="ParameterCount"/>.</exception>
    public void Step(Span<T> parameters, ReadOnlySpan<T> gradient)
    {
        Guard.SameLength(ParameterCount, parameters.Length, nameof(parameters));
        Guard.SameLength(ParameterCount, gradient.Length, nameof(gradient));
        StepCount++;
        Update(parameters, gradient);
    }

    /// <summary>Forgets the state (velocities, moments, step count), as if newly constructed.</summary>
    public void Reset()
    {
        StepCount = 0;
        ClearState();
    }

    /// <summary>Applies the update rule; lengths are already checked and <see cref="StepCount"/> counts this step.</summary>
    private protected abstract void Update(Span<T> parameters, ReadOnlySpan<T> gradient);

    /// <summary>Zeroes the optimiser's own buffers.</summary>
    private protected abstract void ClearState();
}
