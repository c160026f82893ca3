using System.Collections.Generic;
using System.Collections.Immutable;
using AutoDiffGen.Generator.IR;

namespace AutoDiffGen.Generator.Vectorization;

/// <summary>
/// The differentiated per-sample code as span kernels over one chunk of samples.
/// </summary>
/// <param name="Ops">The chunk's steps, in order.</param>
/// <param name="Buffers">The scratch buffers the steps use (per-sample values, temporaries, branch masks), in order of first use.</param>
/// <param name="Slices">A per-sample parameter, or the per-sample gradient of one, → the name of its slice over the chunk.</param>
/// <param name="Partials">A shared gradient output → the local that sums the chunk's contributions to it.</param>
/// <param name="SharedLocals">Variables that are the same for every sample: scalars, declared once.</param>
/// <param name="Total">The local that sums the method's values over the chunk.</param>
internal sealed record ChunkProgram(
    ImmutableArray<ChunkOp> Ops,
    ImmutableArray<string> Buffers,
    IReadOnlyDictionary<string, string> Slices,
    IReadOnlyDictionary<string, string> Partials,
    IReadOnlyDictionary<string, NumType> SharedLocals,
    string Total);
