using System.Collections.Generic;

namespace AutoDiffGen.Generator.Lowering;

/// <summary>
/// Hands out identifiers that collide with nothing the user wrote and nothing handed out before.
/// Deterministic: the same requests in the same order give the same names.
/// </summary>
internal sealed class NameAllocator
{
    private readonly HashSet<string> taken;

    public NameAllocator(IEnumerable<string> reserved) => taken = new HashSet<string>(reserved);

    /// <summary>Returns <paramref name="preferred"/> if free, else preferred_1, preferred_2, …</summary>
    public string Fresh(string preferred)
    {
        if (taken.Add(preferred)) return preferred;
        for (int i = 1; ; i++)
        {
            string candidate = preferred + "_" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (taken.Add(candidate)) return candidate;
        }
    }

    /// <summary>Returns the first free name of prefix0, prefix1, … (for temporaries: t0, t1, …).</summary>
    public string Numbered(string prefix)
    {
        for (int i = 0; ; i++)
        {
            string candidate = prefix + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (taken.Add(candidate)) return candidate;
        }
    }

    public void Reserve(string name) => taken.Add(name);
}
