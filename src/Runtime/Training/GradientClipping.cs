using System;
using System.Numerics;
using System.Numerics.Tensors;

namespace AutoDiffGen.Training;

/// <summary>
/// Gradient clipping, applied to the gradient between the backward pass and the optimiser step.
/// </summary>
/// <remarks>
/// <see cref="ClipByGlobalNorm{T}(Span{T}, T)"/> has overloads for one to four buffers, which cover a
/// two-layer network's W1, b1, W2, b2 without allocating; for more, keep the gradient in one flat buffer
/// (the parameters' slices in it) and pass that. The norm is computed without overflow or underflow of the
/// squares, so it is right for gradients that have exploded past √(max value) as well.
/// </remarks>
public static class GradientClipping
{
    /// <summary>Clamps every element to [−<paramref name="limit"/>, <paramref name="limit"/>]; NaN stays NaN.</summary>
    /// <typeparam name="T"><see cref="double"/> or <see cref="float"/>.</typeparam>
    /// <param name="gradient">The gradient; clamped in place.</param>
    /// <param name="limit">The bound; ≥ 0 (+∞ changes nothing).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="limit"/> is negative or NaN.</exception>
    public static void ClipByValue<T>(Span<T> gradient, T limit)
        where T : IFloatingPointIeee754<T>
    {
        if (!(limit >= T.Zero))
        {
            throw new ArgumentOutOfRangeException(nameof(limit), limit, "Must not be negative.");
        }

        TensorPrimitives.Clamp(gradient, -limit, limit, gradient);
    }

    /// <summary>
    /// Rescales the gradient so its Euclidean norm is at most <paramref name="maxNorm"/>, keeping its direction:
    /// when the norm ‖g‖ exceeds the limit every element is multiplied by maxNorm / ‖g‖, as
    /// <c>torch.nn.utils.clip_grad_norm_</c> does.
    /// </summary>
    /// <typeparam name="T"><see cref="double"/> or <see cref="float"/>.</typeparam>
    /// <param name="gradient">The gradient; scaled in place.</param>
    /// <param name="maxNorm">The largest norm allowed; finite and &gt; 0.</param>
    /// <returns>
    /// The norm before clipping. If it is NaN or +∞ (a NaN or infinite element) the gradient is left as it is:
    /// no scaling repairs it, and the caller should skip the step.
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxNorm"/> is not finite and positive.</exception>
    public static T ClipByGlobalNorm<T>(Span<T> gradient, T maxNorm)
        where T : IFloatingPointIeee754<T> =>
        Clip(gradient, default, default, default, maxNorm);

    /// <summary>
    /// Rescales the gradients of two parameter buffers together so that their global norm √(‖g₁‖² + ‖g₂‖²) is at
    /// most <paramref name="maxNorm"/>, as <c>torch.nn.utils.clip_grad_norm_</c> does over a model's parameters.
    /// </summary>
    /// <typeparam name="T"><see cref="double"/> or <see cref="float"/>.</typeparam>
    /// <param name="gradient1">A gradient buffer; scaled in place.</param>
    /// <param name="gradient2">A gradient buffer; scaled in place.</param>
    /// <param name="maxNorm">The largest global norm allowed; finite and &gt; 0.</param>
    /// <returns>The global norm before clipping; if NaN or +∞ nothing was changed (see the one-buffer overload).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxNorm"/> is not finite and positive.</exception>
    public static T ClipByGlobalNorm<T>(Span<T> gradient1, Span<T> gradient2, T maxNorm)
        where T : IFloatingPointIeee754<T> =>
        Clip(gradient1, gradient2, default, default, maxNorm);

    /// <summary>The three-buffer form of <see cref="ClipByGlobalNorm{T}(Span{T}, Span{T}, T)"/>.</summary>
    /// <typeparam name="T"><see cref="double"/> or <see cref="float"/>.</typeparam>
    /// <param name="gradient1">A gradient buffer; scaled in place.</param>
    /// <param name="gradient2">A gradient buffer; scaled in place.</param>
    /// <param name="gradient3">A gradient buffer; scaled in place.</param>
    /// <param name="maxNorm">The largest global norm allowed; finite and &gt; 0.</param>
    /// <returns>The global norm before clipping; if NaN or +∞ nothing was changed.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxNorm"/> is not finite and positive.</exception>
    public static T ClipByGlobalNorm<T>(Span<T> gradient1, Span<T> gradient2, Span<T> gradient3, T maxNorm)
        where T : IFloatingPointIeee754<T> =>
        Clip(gradient1, gradient2, gradient3, default, maxNorm);

    /// <summary>The four-buffer form of <see cref="ClipByGlobalNorm{T}(Span{T}, Span{T}, T)"/>.</summary>
    /// <typeparam name="T"><see cref="double"/> or <see cref="float"/>.</typeparam>
    /// <param name="gradient1">A gradient buffer; scaled in place.</param>
    /// <param name="gradient2">A gradient buffer; scaled in place.</param>
    /// <param name="gradient3">A gradient buffer; scaled in place.</param>
    /// <param name="gradient4">A gradient buffer; scaled in place.</param>
    /// <param name="maxNorm">The largest global norm allowed; finite and &gt; 0.</param>
    /// <returns>The global norm before clipping; if NaN or +∞ nothing was changed.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxNorm"/> is not finite and positive.</exception>
    public static T ClipByGlobalNorm<T>(Span<T> gradient1, Span<T> gradient2, Span<T> gradient3, Span<T> gradient4, T maxNorm)
        where T : IFloatingPointIeee754<T> =>
        Clip(gradient1, gradient2, gradient3, gradient4, maxNorm);

    // Absent buffers are empty spans, whose norm is 0.
    private static T Clip<T>(Span<T> a, Span<T> b, Span<T> c, Span<T> d, T maxNorm)
        where T : IFloatingPointIeee754<T>
    {
        Guard.PositiveFinite(maxNorm, nameof(maxNorm));

        // hypot combines the per-buffer norms without squaring them again, so no new overflow.
        T norm = T.Hypot(
            T.Hypot(VectorNorm.Euclidean<T>(a), VectorNorm.Euclidean<T>(b)),
            T.Hypot(VectorNorm.Euclidean<T>(c), VectorNorm.Euclidean<T>(d)));
        if (T.IsFinite(norm) && norm > maxNorm)
        {
            T scale = maxNorm / norm;
            TensorPrimitives.Multiply(a, scale, a);
            TensorPrimitives.Multiply(b, scale, b);
            TensorPrimitives.Multiply(c, scale, c);
            TensorPrimitives.Multiply(d, scale, d);
        }

        return norm;
    }
}
