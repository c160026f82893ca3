using System;
using System.ComponentModel;
using System.Numerics;
using System.Runtime.InteropServices;

namespace AutoDiffGen.Batching;

/// <summary>
/// Span kernels that generated batched gradients use where <c>TensorPrimitives</c> has no single call:
/// a scalar multiply-add, and the masked operations of branches. A mask holds 1 for a sample whose
/// branch condition holds and 0 otherwise. Masked operations select, never multiply by the mask, so a
/// value computed for a sample that did not take the branch (NaN, ∞) cannot leak into the result: the
/// "double where" rule of JAX and PyTorch. Not meant to be called from user code.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class BatchKernels
{
    /// <summary><c>destination[i] = x[i] * a + b</c> (two roundings, as the scalar code does).</summary>
    public static void MultiplyAdd<T>(ReadOnlySpan<T> x, T a, T b, Span<T> destination)
        where T : unmanaged, INumber<T>
    {
        CheckLength(x.Length, destination.Length, nameof(destination));
        int i = 0;
        if (Vector.IsHardwareAccelerated && Vector<T>.IsSupported)
        {
            ReadOnlySpan<Vector<T>> xv = MemoryMarshal.Cast<T, Vector<T>>(x);
            Span<Vector<T>> dv = MemoryMarshal.Cast<T, Vector<T>>(destination);
            var av = new Vector<T>(a);
            var bv = new Vector<T>(b);
            for (int k = 0; k < xv.Length; k++) dv[k] = xv[k] * av + bv;
            i = xv.Length * Vector<T>.Count;
        }
        for (; i < x.Length; i++) destination[i] = x[i] * a + b;
    }

    /// <summary><c>destination[i] = mask[i] != 0 ? whenTrue[i] : destination[i]</c>: a masked assignment.</summary>
    public static void AssignWhere<T>(ReadOnlySpan<T> mask, ReadOnlySpan<T> whenTrue, Span<T> destination)
        where T : unmanaged, INumber<T>
    {
        CheckLength(mask.Length, whenTrue.Length, nameof(whenTrue));
        CheckLength(mask.Length, destination.Length, nameof(destination));
        int i = 0;
        if (Vector.IsHardwareAccelerated && Vector<T>.IsSupported)
        {
            ReadOnlySpan<Vector<T>> mv = MemoryMarshal.Cast<T, Vector<T>>(mask);
            ReadOnlySpan<Vector<T>> tv = MemoryMarshal.Cast<T, Vector<T>>(whenTrue);
            Span<Vector<T>> dv = MemoryMarshal.Cast<T, Vector<T>>(destination);
            for (int k = 0; k < mv.Length; k++)
            {
                dv[k] = Vector.ConditionalSelect(Vector.Equals(mv[k], Vector<T>.Zero), dv[k], tv[k]);
            }
            i = mv.Length * Vector<T>.Count;
        }
        for (; i < mask.Length; i++)
        {
            if (mask[i] != T.Zero) destination[i] = whenTrue[i];
        }
    }

    /// <summary><c>destination[i] = mask[i] != 0 ? value : destination[i]</c>.</summary>
    public static void AssignWhere<T>(ReadOnlySpan<T> mask, T value, Span<T> destination)
        where T : unmanaged, INumber<T>
    {
        CheckLength(mask.Length, destination.Length, nameof(destination));
        for (int i = 0; i < mask.Length; i++)
        {
            if (mask[i] != T.Zero) destination[i] = value;
        }
    }

    /// <summary><c>destination[i] += mask[i] != 0 ? value[i] : 0</c>: a masked adjoint contribution.</summary>
    public static void AddWhere<T>(ReadOnlySpan<T> mask, ReadOnlySpan<T> value, Span<T> destination)
        where T : unmanaged, INumber<T>
    {
        CheckLength(mask.Length, value.Length, nameof(value));
        CheckLength(mask.Length, destination.Length, nameof(destination));
        int i = 0;
        if (Vector.IsHardwareAccelerated && Vector<T>.IsSupported)
        {
            ReadOnlySpan<Vector<T>> mv = MemoryMarshal.Cast<T, Vector<T>>(mask);
            ReadOnlySpan<Vector<T>> vv = MemoryMarshal.Cast<T, Vector<T>>(value);
            Span<Vector<T>> dv = MemoryMarshal.Cast<T, Vector<T>>(destination);
            for (int k = 0; k < mv.Length; k++)
            {
                dv[k] += Vector.ConditionalSelect(Vector.Equals(mv[k], Vector<T>.Zero), Vector<T>.Zero, vv[k]);
            }
            i = mv.Length * Vector<T>.Count;
        }
        for (; i < mask.Length; i++)
        {
            if (mask[i] != T.Zero) destination[i] += value[i];
        }
    }

    /// <summary><c>destination[i] += mask[i] != 0 ? value : 0</c>.</summary>
    public static void AddWhere<T>(ReadOnlySpan<T> mask, T value, Span<T> destination)
        where T : unmanaged, INumber<T>
    {
        CheckLength(mask.Length, destination.Length, nameof(destination));
        for (int i = 0; i < mask.Length; i++)
        {
            if (mask[i] != T.Zero) destination[i] += value;
        }
    }

    /// <summary>Σ over the samples whose mask is set: a masked reduction into a shared gradient.</summary>
    public static T SumWhere<T>(ReadOnlySpan<T> mask, ReadOnlySpan<T> value)
        where T : unmanaged, INumber<T>
    {
        CheckLength(mask.Length, value.Length, nameof(value));
        T sum = T.Zero;
        for (int i = 0; i < mask.Length; i++)
        {
            if (mask[i] != T.Zero) sum += value[i];
        }
        return sum;
    }

    /// <summary>The number of samples whose mask is set, as a <typeparamref name="T"/>.</summary>
    public static T CountWhere<T>(ReadOnlySpan<T> mask)
        where T : unmanaged, INumber<T>
    {
        T count = T.Zero;
        for (int i = 0; i < mask.Length; i++)
        {
            if (mask[i] != T.Zero) count += T.One;
        }
        return count;
    }

    /// <summary>Throws the <see cref="ArgumentException"/> a batched method gives for a span of the wrong length.</summary>
    public static void CheckLength(int expected, int actual, string parameter)
    {
        if (expected != actual)
        {
            throw new ArgumentException(parameter + " must have one value per sample (" + expected + "), but has " + actual + ".", parameter);
        }
    }
}
