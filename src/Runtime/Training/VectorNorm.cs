using System;
using System.Numerics;
using System.Numerics.Tensors;

namespace AutoDiffGen.Training;

/// <summary>The Euclidean norm of a span, correct where the plain sum of squares overflows or underflows.</summary>
internal static class VectorNorm
{
    /// <summary>
    /// √Σxᵢ². The vectorised <see cref="TensorPrimitives.SumOfSquares{T}(ReadOnlySpan{T})"/> answers whenever its
    /// sum is a normal number. Otherwise the squares overflowed (float gradients past ~1.8e19 are exactly the
    /// exploding ones a clip or a health report must measure), underflowed (vanishing ones below ~1e−154 in
    /// double), or the span is zero: then the elements are scaled by the largest magnitude first, as BLAS nrm2
    /// does.
    /// </summary>
    /// <returns>The norm; NaN if any element is NaN; +∞ if any element is infinite; 0 for an empty span.</returns>
    public static T Euclidean<T>(ReadOnlySpan<T> x)
        where T : IFloatingPointIeee754<T>
    {
        if (x.IsEmpty)
        {
            return T.Zero;
        }

        T sum = TensorPrimitives.SumOfSquares(x);
        if (T.IsNormal(sum) || T.IsNaN(sum))
        {
            return T.Sqrt(sum);
        }

        T largest = T.Abs(TensorPrimitives.MaxMagnitude(x));
        if (largest == T.Zero || T.IsInfinity(largest))
        {
            return largest;
        }

        T scaled = T.Zero;
        foreach (T value in x)
        {
            T ratio = value / largest;
            scaled += ratio * ratio;
        }

        return largest * T.Sqrt(scaled);
    }
}
