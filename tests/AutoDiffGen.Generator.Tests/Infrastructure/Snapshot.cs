using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;

namespace AutoDiffGen.Generator.Tests.Infrastructure;

/// <summary>
/// Snapshots of a generator run in Verify.SourceGenerators' layout (style guide §7.2–7.3):
/// <c>{TestClass}.{TestMethod}#{hintNameWithoutExt}.verified.cs</c> per generated source, starting with
/// <c>//HintName: {hint}</c>, and <c>{TestClass}.{TestMethod}.verified.txt</c> only when there are diagnostics.
/// Files live next to the test source.
/// </summary>
internal static class Snapshot
{
    /// <summary>The generator's version changes with every release; snapshots must not.</summary>
    private static readonly Regex GeneratedCodeVersion =
        new(@"(GeneratedCode(?:Attribute)?\(""[^""]*"", "")[^""]*(""\))", RegexOptions.CultureInvariant);

    public static void Verify(GeneratorRun run, Func<string, string>? scrubber = null,
        [CallerFilePath] string file = "", [CallerMemberName] string test = "")
    {
        string directory = Path.GetDirectoryName(file)!;
        string baseName = Path.GetFileNameWithoutExtension(file) + "." + test;
        new SnapshotVerifier(directory, Environment.GetEnvironmentVariable).Verify(baseName, Files(run, directory, scrubber));
    }

    public static IReadOnlyList<SnapshotFile> Files(GeneratorRun run, string projectDirectory, Func<string, string>? scrubber = null)
    {
        string Scrub(string text)
        {
            text = GeneratedCodeVersion.Replace(text, "$1%VERSION%$2");
            text = text.Replace(projectDirectory, "{ProjectDirectory}");
            return scrubber is null ? text : scrubber(text);
        }

        var files = run.Sources
            .OrderBy(s => s.HintName, StringComparer.Ordinal)
            .Select(s => new SnapshotFile(
                "#" + Path.GetFileNameWithoutExtension(s.HintName),
                "cs",
                Scrub("//HintName: " + s.HintName + "\n" + s.SourceText)))
            .ToList();
        if (!run.Diagnostics.IsEmpty) files.Add(new SnapshotFile("", "txt", Scrub(FormatDiagnostics(run.Diagnostics))));
        return files;
    }

    /// <summary>Verify's diagnostic fields, sorted by (path, span start, id), messages in the invariant culture.</summary>
    public static string FormatDiagnostics(IEnumerable<Diagnostic> diagnostics)
    {
        var text = new StringBuilder("Diagnostics: [\n");
        foreach (Diagnostic d in diagnostics
            .OrderBy(d => d.Location.SourceTree?.FilePath ?? "", StringComparer.Ordinal)
            .ThenBy(d => d.Location.SourceSpan.Start)
            .ThenBy(d => d.Id, StringComparer.Ordinal))
        {
            FileLinePositionSpan span = d.Location.GetLineSpan();
            text.Append("  {\n")
                .Append("    Id: ").Append(d.Id).Append(",\n")
                .Append("    Severity: ").Append(d.Severity).Append(",\n")
                .Append("    Location: ").Append(Path.GetFileName(span.Path)).Append(": (")
                .Append(span.StartLinePosition.Line + 1).Append(',').Append(span.StartLinePosition.Character + 1).Append(")-(")
                .Append(span.EndLinePosition.Line + 1).Append(',').Append(span.EndLinePosition.Character + 1).Append("),\n")
                .Append("    Message: ").Append(d.GetMessage(CultureInfo.InvariantCulture)).Append(",\n")
                .Append("    Category: ").Append(d.Descriptor.Category).Append(",\n")
                .Append("    HelpLink: ").Append(d.Descriptor.HelpLinkUri).Append('\n')
                .Append("  }\n");
        }
        return text.Append("]\n").ToString();
    }
}
