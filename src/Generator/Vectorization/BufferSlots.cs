using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace AutoDiffGen.Generator.Vectorization;

/// <summary>
/// Gives every scratch buffer of a chunk program a slot of the scratch array, sharing a slot between
/// buffers whose values are never needed at the same time, so the chunk's working set stays small
/// enough for the caches. A buffer may take over the slot of one whose last read is the very kernel
/// that writes it: every kernel works element by element, so it reads element i before writing it.
/// </summary>
internal static class BufferSlots
{
    public static (IReadOnlyDictionary<string, int> Slots, int Count) Assign(ChunkProgram program)
    {
        ImmutableArray<ChunkOp> ops = program.Ops;
        var first = new Dictionary<string, int>();
        var last = new Dictionary<string, int>();
        var scratch = new HashSet<string>(program.Buffers);
        for (int p = 0; p < ops.Length; p++)
        {
            foreach (string b in ops[p].Reads.Concat(ops[p].Writes).Where(scratch.Contains))
            {
                if (!first.ContainsKey(b)) first[b] = p;
                last[b] = p;
            }
        }

        var slots = new Dictionary<string, int>();
        var occupants = new List<string>();
        foreach (string buffer in program.Buffers.Where(first.ContainsKey).OrderBy(b => first[b]))
        {
            int start = first[buffer];
            // Prefer taking over the slot of a value this very kernel reads for the last time (a copy becomes nothing).
            int slot = occupants.FindIndex(o => last[o] == start && TakesOver(ops[start], buffer, o));
            if (slot < 0) slot = occupants.FindIndex(o => last[o] < start);
            if (slot < 0)
            {
                slot = occupants.Count;
                occupants.Add(buffer);
            }
            else
            {
                occupants[slot] = buffer;
            }
            slots[buffer] = slot;
        }
        return (slots, occupants.Count);
    }

    /// <summary>True when <paramref name="op"/> writes <paramref name="buffer"/> element by element from
    /// inputs that include <paramref name="dying"/>, without reading <paramref name="buffer"/>'s old values.</summary>
    private static bool TakesOver(ChunkOp op, string buffer, string dying) => op switch
    {
        KernelOp k => k.Destination == buffer && !k.ReadsDestination && k.Reads.Contains(dying),
        ElementOp e => e.Destination == buffer && !e.Inputs.Contains(buffer) && e.Inputs.Contains(dying),
        CopyOp c => c.Destination == buffer && c.Source == dying,
        _ => false,
    };
}
