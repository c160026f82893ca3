using System;
using System.ComponentModel;
using System.Threading.Tasks;

namespace AutoDiffGen.Batching;

/// <summary>Runs a batch's chunks on the thread pool for the generated parallel overloads. Not meant for user code.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class BatchRunner
{
    /// <summary>Calls <paramref name="chunk"/> once for each chunk index in [0, <paramref name="chunks"/>), in parallel.</summary>
    public static void For(int chunks, BatchOptions options, Action<int> chunk)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(chunk);
        if (chunks <= 1 || options.MaxDegreeOfParallelism == 1)
        {
            for (int c = 0; c < chunks; c++) chunk(c);
            return;
        }
        Parallel.For(0, chunks, new ParallelOptions { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism }, chunk);
    }
}
