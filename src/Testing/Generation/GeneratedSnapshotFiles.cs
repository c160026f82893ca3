using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;

namespace AutoDiffGen.Testing;

/// <summary>
/// The snapshot files of generated code in Verify.SourceGenerators' layout: one
/// <c>#{hintNameWithoutExt}</c> <c>.cs</c> file per generated source, starting with <c>//HintName: {hint}</c>,
/// and a <c>.txt</c> file with the diagnostics only when there are any.
/// </summary>
public static class GeneratedSnapshotFiles
{
    /// <summary>The token that replaces the generator's version, as in LOG's baselines.</summary>
    public const string VersionToken = "%VERSION%";

    /// <summary>The generator's version changes with every release; snapshots must not.</summary>
    private static readonly Regex GeneratedCodeVersion =
        new(@"(GeneratedCode(?:Attribute)?\(""[^""]*"", "")[^""]*(""\))", RegexOptions.CultureInvariant);

    /// <summary>Builds the files; every text is scrubbed (version, <paramref name="projectDirectory"/>, then <paramref name="scrubber"/>).</summary>
    /// <param name="sources">Hint name and text of each generated source, in any order (they are sorted by hint name).</param>
    /// <param name="diagnostics">Diagnostics to list in the <c>.txt</c> file.</param>
    /// <param name="projectDirectory">An absolute path that must not leak into snapshots; replaced by <c>{ProjectDirectory}</c>.</param>
    /// <param name="scrubber">An extra replacement a test needs.</param>
    public static IReadOnlyList<SnapshotFile> Create(IEnumerable<(string HintName, string Text)> sources,
        IEnumerable<Diagnostic> diagnostics, string projectDirectory, Func<string, string>? scrubber = null)
    {
        string Scrub(string text)
        {
            text = GeneratedCodeVersion.Replace(text, "$1" + VersionToken + "$2");
            if (projectDirectory.Length > 0) text = text.Replace(projectDirectory, "{ProjectDirectory}");
            return scrubber is null ? text : scrubber(text);
        }

        var files = sources
            .OrderBy(s => s.HintName, StringComparer.Ordinal)
            .Select(s => new SnapshotFile(
                // Verify.SourceGenerators strips only the last extension: N.C.F.g.cs → #N.C.F.g
                "#" + System.IO.Path.GetFileNameWithoutExtension(s.HintName),
                "cs",
                Scrub("//HintName: " + s.HintName + "\n" + s.Text)))
            .ToList();
        List<Diagnostic> list = diagnostics.ToList();
        if (list.Count > 0) files.Add(new SnapshotFile("", "txt", Scrub(DiagnosticText.SnapshotList(list))));
        return files;
    }
}
