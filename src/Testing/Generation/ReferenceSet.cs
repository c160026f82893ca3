using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace AutoDiffGen.Testing;

/// <summary>
/// The assemblies user code is compiled against when the generator runs in-process: the framework
/// assemblies of the running process (its trusted platform assemblies) and the AutoDiffGen runtime,
/// so <c>[Differentiable]</c> and <c>Math</c> bind without a project or a build.
/// </summary>
internal static class ReferenceSet
{
    // Loading a few hundred metadata references is the slowest part of a run, so it happens once per process.
    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(Load);

    public static ImmutableArray<MetadataReference> Current => References.Value;

    private static ImmutableArray<MetadataReference> Load()
    {
        var paths = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        string trusted = (string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? "";
        foreach (string path in trusted.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            paths.TryAdd(Path.GetFileName(path), path);
        }
        // The runtime library defines [Differentiable]; it must be referenced even if the host did not list it.
        string runtime = typeof(DifferentiableAttribute).Assembly.Location;
        paths[Path.GetFileName(runtime)] = runtime;
        return paths.Values.OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToImmutableArray();
    }
}
