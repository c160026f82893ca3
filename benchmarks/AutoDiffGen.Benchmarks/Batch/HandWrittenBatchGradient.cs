using System;
using System.Numerics;
using System.Numerics.Tensors;

namespace AutoDiffGen.Benchmarks.Batch;

/// <summary>
/// The toy model's summed gradient written by hand the way a careful engineer would with
/// TensorPrimitives: cache-sized chunks, buffers allocated once and reused, the derivative chain
/// derived on paper (d f3 = 2 r, d f2 = −ω3 sin f2 · d f3, d f1 = ω2 h2 · d f2, d f0 = ω1 cos f0 · d f1).
/// The reference the generated batched gradient is measured against.
/// </summary>
public sealed class HandWrittenBatchGradient<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    private const int Chunk = 1024;
    private readonly T[] f0 = new T[Chunk], h1 = new T[Chunk], f1 = new T[Chunk], h2 = new T[Chunk];
    private readonly T[] f2 = new T[Chunk], h3 = new T[Chunk], r = new T[Chunk], d = new T[Chunk], s = new T[Chunk];

    /// <summary>Σ loss over the samples; <paramref name="gradient"/> receives Σ ∂loss/∂(β0, ω0, …, β3, ω3).</summary>
    public T Loss(ReadOnlySpan<T> x, ReadOnlySpan<T> y, ReadOnlySpan<T> p, Span<T> gradient)
    {
        T b0 = p[0], w0 = p[1], b1 = p[2], w1 = p[3], b2 = p[4], w2 = p[5], b3 = p[6], w3 = p[7];
        T loss = T.Zero;
        gradient.Clear();
        for (int start = 0; start < x.Length; start += Chunk)
        {
            int n = Math.Min(Chunk, x.Length - start);
            ReadOnlySpan<T> xc = x.Slice(start, n), yc = y.Slice(start, n);
            Span<T> F0 = f0.AsSpan(0, n), H1 = h1.AsSpan(0, n), F1 = f1.AsSpan(0, n), H2 = h2.AsSpan(0, n);
            Span<T> F2 = f2.AsSpan(0, n), H3 = h3.AsSpan(0, n), R = r.AsSpan(0, n), D = d.AsSpan(0, n), S = s.AsSpan(0, n);

            // Forward.
            TensorPrimitives.Multiply(xc, w0, F0);
            TensorPrimitives.Add(F0, b0, F0);
            TensorPrimitives.Sin(F0, H1);
            TensorPrimitives.Multiply(H1, w1, F1);
            TensorPrimitives.Add(F1, b1, F1);
            TensorPrimitives.Exp(F1, H2);
            TensorPrimitives.Multiply(H2, w2, F2);
            TensorPrimitives.Add(F2, b2, F2);
            TensorPrimitives.Cos(F2, H3);
            TensorPrimitives.Multiply(H3, w3, R);
            TensorPrimitives.Add(R, b3, R);
            TensorPrimitives.Subtract(R, yc, R);
            loss += TensorPrimitives.SumOfSquares<T>(R);

            // Backward: D is the adjoint of f3, then f2, f1, f0 in turn.
            T two = T.One + T.One;
            TensorPrimitives.Multiply(R, two, D);
            gradient[6] += TensorPrimitives.Sum<T>(D);
            gradient[7] += TensorPrimitives.Dot<T>(D, H3);
            TensorPrimitives.Sin(F2, S);
            TensorPrimitives.Multiply(S, D, D);
            TensorPrimitives.Multiply(D, -w3, D);
            gradient[4] += TensorPrimitives.Sum<T>(D);
            gradient[5] += TensorPrimitives.Dot<T>(D, H2);
            TensorPrimitives.Multiply(D, H2, D);
            TensorPrimitives.Multiply(D, w2, D);
            gradient[2] += TensorPrimitives.Sum<T>(D);
            gradient[3] += TensorPrimitives.Dot<T>(D, H1);
            TensorPrimitives.Cos(F0, S);
            TensorPrimitives.Multiply(S, D, D);
            TensorPrimitives.Multiply(D, w1, D);
            gradient[0] += TensorPrimitives.Sum<T>(D);
            gradient[1] += TensorPrimitives.Dot<T>(D, xc);
        }
        return loss;
    }
}
