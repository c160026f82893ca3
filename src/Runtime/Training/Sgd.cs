using System;
using System.Numerics;
using System.Numerics.Tensors;

namespace AutoDiffGen.Training;

/// <summary>Plain gradient descent: θ ← θ − η·g.</summary>
/// <typeparam name="T"><see cref="double"/> or <see cref="float"/>.</typeparam>
public sealed class Sgd<T> : Optimizer<T>
    where T : IFloatingPointIeee754<T>
{
    /// <summary>Creates the optimiser; it keeps no state.</summary>
    /// <param name="parameterCount">The length of the buffers <see cref="Optimizer{T}.Step"/> will get; ≥ 0.</param>
    /// <param name="learningRate">η; finite and ≥ 0.</param>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of its range.</exception>
    public Sgd(int parameterCount, double learningRate)
        : base(parameterCount, learningRate)
    {
    }

    private protected override void Update(Span<T> parameters, ReadOnlySpan<T> gradient) =>
        TensorPrimitives.MultiplyAdd(gradient, -Rate, parameters, parameters);

    private protected override void ClearState()
    {
    }
}
