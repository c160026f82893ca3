using System;
using System.Buffers;
using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace AutoDiffGen;

/// <summary>
/// The last-in-first-out store that generated backward passes use inside loops: before a loop
/// iteration overwrites a value the backward pass needs, the value is pushed; the backward pass pops
/// it when it reaches that point of the iteration again. Starts on a caller-provided stack buffer and
/// moves to pooled arrays only when that is full, so a gradient call allocates nothing on the heap.
/// Generated code uses it; user code does not need to.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public ref struct Tape
{
    private Span<double> items;
    private double[]? rented;
    private int count;

    /// <summary>A tape that starts on <paramref name="buffer"/> (typically <c>stackalloc double[N]</c>).</summary>
    public Tape(Span<double> buffer)
    {
        items = buffer;
        rented = null;
        count = 0;
    }

    /// <summary>Number of values on the tape.</summary>
    public readonly int Count => count;

    /// <summary>Pushes a value (int, bool and float values are stored exactly as double).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Push(double value)
    {
        // Inlined into every push site: the rare paths (growing, underflow) stay out of line.
        if ((uint)count >= (uint)items.Length) Grow();
        items[count++] = value;
    }

    /// <summary>Pops the value pushed last.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double Pop()
    {
        if (count == 0) ThrowUnderflow();
        return items[--count];
    }

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowUnderflow() =>
        throw new InvalidOperationException("AutoDiffGen tape underflow: the backward pass popped more values than the forward pass pushed.");

    /// <summary>Returns pooled storage, if any was needed.</summary>
    public void Dispose()
    {
        if (rented is not null)
        {
            ArrayPool<double>.Shared.Return(rented);
            rented = null;
        }
        items = default;
        count = 0;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void Grow()
    {
        double[] larger = ArrayPool<double>.Shared.Rent(Math.Max(64, items.Length * 2));
        items.Slice(0, count).CopyTo(larger);
        if (rented is not null) ArrayPool<double>.Shared.Return(rented);
        rented = larger;
        items = larger;
    }
}
