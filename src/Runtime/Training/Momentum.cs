using System;
using System.Numerics;
using System.Numerics.Tensors;

namespace AutoDiffGen.Training;

/// <summary>
/// Gradient descent with classical momentum (Polyak 1964), in the form PyTorch's <c>SGD(momentum=μ)</c> uses:
/// v ← μ·v + g, then θ ← θ − η·v; with Nesterov's correction (Sutskever et al. 2013) θ ← θ − η·(g + μ·v).
/// v starts at 0, so the first step is plain gradient descent.
/// </summary>
/// <remarks>
/// Sutskever et al. write v ← μ·v − η·g, θ ← θ + v; with a constant η the two forms give the same parameters,
/// and the one here applies a changed <see cref="Optimizer{T}.LearningRate"/> at once.
/// </remarks>
/// <typeparam name="T"><see cref="double"/> or <see cref="float"/>.</typeparam>
public sealed class Momentum<T> : Optimizer<T>
    where T : IFloatingPointIeee754<T>
{
    private readonly T[] velocity;
    private readonly T momentum;

    /// <summary>Creates the optimiser with a zero velocity.</summary>
    /// <param name="parameterCount">The length of the buffers <see cref="Optimizer{T}.Step"/> will get; ≥ 0.</param>
    /// <param name="learningRate">η; finite and ≥ 0.</param>
    /// <param name="momentum">μ in [0, 1); 0.9 is the usual choice.</param>
    /// <param name="nesterov">Use Nesterov's look-ahead form.</param>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of its range.</exception>
    public Momentum(int parameterCount, double learningRate, double momentum = 0.9, bool nesterov = false)
        : base(parameterCount, learningRate)
    {
        Guard.UnitInterval(momentum, nameof(momentum));
        this.momentum = T.CreateChecked(momentum);
        Nesterov = nesterov;
        velocity = new T[parameterCount];
    }

    /// <summary>Whether the update uses Nesterov's look-ahead form.</summary>
    public bool Nesterov { get; }

    private protected override void Update(Span<T> parameters, ReadOnlySpan<T> gradient)
    {
        TensorPrimitives.MultiplyAdd(velocity, momentum, gradient, velocity);
        if (Nesterov)
        {
            TensorPrimitives.MultiplyAdd(gradient, -Rate, parameters, parameters);
            TensorPrimitives.MultiplyAdd(velocity, -Rate * momentum, parameters, parameters);
        }
        else
        {
            TensorPrimitives.MultiplyAdd(velocity, -Rate, parameters, parameters);
        }
    }

    private protected override void ClearState() => Array.Clear(velocity);
}
