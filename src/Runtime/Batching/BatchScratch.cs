using System;
using System.ComponentModel;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace AutoDiffGen.Batching;

/// <summary>
/// The scratch memory of the generated batched members: one pinned block per thread, reused by every
/// call, whose spans start on a 64-byte boundary. Alignment is not about speed here but about
/// determinism: <c>TensorPrimitives.Sin</c>, <c>Cos</c>, <c>Exp</c> and <c>Tanh</c> can round an element
/// differently depending on where it lies relative to the vector alignment (they treat the unaligned
/// start of a span separately), so a chunk computed in memory at another address (another pooled
/// array, another thread, an array the GC moved) could differ in the last bit. Pinned, aligned memory
/// gives every chunk the same layout on every call and every thread. Not meant for user code.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class BatchScratch
{
    /// <summary>The alignment of the returned spans, in bytes: a whole AVX-512 vector.</summary>
    public const int Alignment = 64;

    [ThreadStatic]
    private static byte[]? block;

    /// <summary>
    /// <paramref name="length"/> elements of this thread's scratch block, starting on a 64-byte boundary.
    /// Valid until the next call on the same thread; the contents are not cleared.
    /// </summary>
    public static Span<T> Rent<T>(int length) where T : unmanaged
    {
        if (length < 0) throw new ArgumentOutOfRangeException(nameof(length));
        int bytes = checked(length * Unsafe.SizeOf<T>());
        if (block is null || block.Length < bytes + Alignment)
        {
            // Pinned (on the pinned object heap): its address, and so the alignment below, never changes.
            block = GC.AllocateUninitializedArray<byte>(Math.Max(bytes + Alignment, 4096), pinned: true);
        }
        int skip = Offset(block);
        return MemoryMarshal.Cast<byte, T>(block.AsSpan(skip, bytes));
    }

    /// <summary>Elements of <typeparamref name="T"/> per 64 bytes: chunk widths are rounded up to a multiple of it,
    /// so that every buffer in the scratch block starts on a boundary too.</summary>
    public static int ElementsPerAlignment<T>() where T : unmanaged => Alignment / Unsafe.SizeOf<T>();

    private static unsafe int Offset(byte[] pinned)
    {
        nint address = (nint)Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(pinned));
        return (int)((Alignment - (address & (Alignment - 1))) & (Alignment - 1));
    }
}
