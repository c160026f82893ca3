using System;
using System.Numerics;
using System.Numerics.Tensors;

namespace AutoDiffGen.Training;

/// <summary>
/// The L2 (weight-decay) penalty λ/2·Σwᵢ² and its gradient λ·w. The ½ makes the gradient λ·w, so λ here is the
/// same number as the <c>weight_decay</c> of PyTorch's SGD and the λ of "L2 regularisation" in most texts.
/// </summary>
public static class Regularization
{
    /// <summary>λ/2 · Σ wᵢ²: add it to the loss you report.</summary>
    /// <typeparam name="T"><see cref="double"/> or <see cref="float"/>.</typeparam>
    /// <param name="weights">The penalised weights (usually not the biases).</param>
    /// <param name="lambda">λ; finite and ≥ 0.</param>
    /// <returns>The penalty; 0 for an empty span.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="lambda"/> is negative, infinite or NaN.</exception>
    public static T L2Penalty<T>(ReadOnlySpan<T> weights, T lambda)
        where T : IFloatingPointIeee754<T>
    {
        Guard.NonNegativeFinite(lambda, nameof(lambda));
        return lambda / (T.One + T.One) * TensorPrimitives.SumOfSquares(weights);
    }

    /// <summary>Adds λ·wᵢ, the gradient of <see cref="L2Penalty{T}"/>, into <paramref name="gradient"/>.</summary>
    /// <typeparam name="T"><see cref="double"/> or <see cref="float"/>.</typeparam>
    /// <param name="weights">The penalised weights.</param>
    /// <param name="lambda">λ; finite and ≥ 0.</param>
    /// <param name="gradient">The loss gradient for <paramref name="weights"/>, same length; added to.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="lambda"/> is negative, infinite or NaN.</exception>
    /// <exception cref="ArgumentException">The lengths differ.</exception>
    public static void AddL2Gradient<T>(ReadOnlySpan<T> weights, T lambda, Span<T> gradient)
        where T : IFloatingPointIeee754<T>
    {
        Guard.NonNegativeFinite(lambda, nameof(lambda));
        Guard.SameLength(weights.Length, gradient.Length, nameof(gradient));
        TensorPrimitives.MultiplyAdd(weights, lambda, gradient, gradient);
    }
}
