using System;
using System.Buffers;
using System.ComponentModel;
using System.Runtime.CompilerServices;

namespace AutoDiffGen;

/// <summary>
/// The growth and clean-up of the tape that generated backward passes use inside loops. The tape
/// itself is three locals of the generated method: a <c>Span&lt;double&gt;</c> that starts as
/// <c>stackalloc double[64]</c>, the index of its top, and the pooled array it moved to, if any:
/// <code>
/// if (tapeTop == tape.Length) tape = global::AutoDiffGen.Tape.Grow(tape, ref tapePool);
/// tape[tapeTop++] = t0;      // push, before a loop iteration overwrites t0
/// t0 = tape[--tapeTop];      // pop, when the backward pass reaches that point again
/// global::AutoDiffGen.Tape.Return(tapePool);
/// </code>
/// Plain locals, not a struct wrapping them, because the JIT keeps plain locals in registers: a
/// <c>ref struct Tape</c> with Push/Pop methods made the GMM gradient 13% slower. A gradient call
/// allocates nothing on the heap: beyond the stack buffer it rents from <see cref="ArrayPool{T}.Shared"/>.
/// Generated code uses it; user code does not need to.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class Tape
{
    /// <summary>The number of values that fit on the stack part of the tape.</summary>
    public const int StackSize = 64;

    /// <summary>
    /// A tape twice as long holding <paramref name="full"/>'s values, rented from the shared pool;
    /// <paramref name="pool"/> tracks the rented array (the previous one goes back to the pool).
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Span<double> Grow(Span<double> full, ref double[]? pool)
    {
        double[] larger = ArrayPool<double>.Shared.Rent(Math.Max(StackSize, full.Length * 2));
        full.CopyTo(larger);
        if (pool is not null) ArrayPool<double>.Shared.Return(pool);
        pool = larger;
        return larger;
    }

    /// <summary>Returns the tape's pooled array, if it needed one.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Return(double[]? pool)
    {
        if (pool is not null) ArrayPool<double>.Shared.Return(pool);
    }
}
