using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace AutoDiffGen.Generator.Diagnostics;

/// <summary>
/// Compares a method's diagnostics by value. ImmutableArray compares by reference, so without this every
/// run would see "new" diagnostics for a method with stability infos and report them again; with it an
/// unchanged method's diagnostics step stays cached. Diagnostic.Equals will not do: it compares the
/// message arguments by reference, and each run builds new strings. So: ID, severity, location (equal
/// for an unchanged tree), message text and properties.
/// </summary>
internal sealed class DiagnosticListComparer : IEqualityComparer<ImmutableArray<Diagnostic>>
{
    public static readonly DiagnosticListComparer Instance = new();

    public bool Equals(ImmutableArray<Diagnostic> x, ImmutableArray<Diagnostic> y) => x.SequenceEqual(y, Same);

    private static bool Same(Diagnostic a, Diagnostic b) =>
        a.Id == b.Id && a.Severity == b.Severity && a.Location == b.Location
        && a.GetMessage(System.Globalization.CultureInfo.InvariantCulture) == b.GetMessage(System.Globalization.CultureInfo.InvariantCulture)
        && a.Properties.Count == b.Properties.Count && a.Properties.All(p => b.Properties.TryGetValue(p.Key, out string? v) && v == p.Value);

    public int GetHashCode(ImmutableArray<Diagnostic> obj) => obj.Length;
}
