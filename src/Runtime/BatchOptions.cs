using System;

namespace AutoDiffGen;

/// <summary>
/// How a generated <c>MBatchGradient</c>/<c>MBatchBackward</c> overload that takes this argument runs
/// its chunks of samples: on several cores. The result is bit-identical for every degree of
/// parallelism, and to the single-threaded overload: the chunks are fixed by the batch and their sums
/// are added in chunk order.
/// </summary>
public sealed class BatchOptions
{
    private int maxDegreeOfParallelism = -1;

    /// <summary>Options that use every core (<see cref="MaxDegreeOfParallelism"/> = -1).</summary>
    public static BatchOptions Parallel { get; } = new();

    /// <summary>The most chunks computed at the same time; -1 (the default) for no limit other than the thread pool's.</summary>
    public int MaxDegreeOfParallelism
    {
        get => maxDegreeOfParallelism;
        init
        {
            if (value == 0 || value < -1) throw new ArgumentOutOfRangeException(nameof(MaxDegreeOfParallelism), value, "Must be -1 or positive.");
            maxDegreeOfParallelism = value;
        }
    }
}
