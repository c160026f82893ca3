using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;

namespace AutoDiffGen.Testing;

/// <summary>Diagnostics as text: one compiler-style line each, or Verify's list for snapshots.</summary>
public static class DiagnosticText
{
    /// <summary>Sorted by (path, span start, id): the order a reader expects, and the same on every run.</summary>
    public static IEnumerable<Diagnostic> InSourceOrder(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics
            .OrderBy(d => d.Location.SourceTree?.FilePath ?? "", StringComparer.Ordinal)
            .ThenBy(d => d.Location.SourceSpan.Start)
            .ThenBy(d => d.Id, StringComparer.Ordinal);

    /// <summary>
    /// <c>path(line,col): error ADGEN0006: message</c>, the format of the compiler and MSBuild, so editors and
    /// terminals turn it into a link. Line and column are 1-based; the message uses the invariant culture.
    /// </summary>
    public static string CompilerStyle(Diagnostic diagnostic)
    {
        string severity = diagnostic.Severity.ToString().ToLowerInvariant();
        string message = diagnostic.GetMessage(CultureInfo.InvariantCulture);
        if (!diagnostic.Location.IsInSource) return severity + " " + diagnostic.Id + ": " + message;
        FileLinePositionSpan span = diagnostic.Location.GetLineSpan();
        return span.Path + "(" + (span.StartLinePosition.Line + 1) + "," + (span.StartLinePosition.Character + 1) + "): " +
            severity + " " + diagnostic.Id + ": " + message;
    }

    /// <summary>Verify's diagnostic fields (Id, Severity, Location, Message, Category, HelpLink), in source order.</summary>
    public static string SnapshotList(IEnumerable<Diagnostic> diagnostics)
    {
        var text = new StringBuilder("Diagnostics: [\n");
        foreach (Diagnostic d in InSourceOrder(diagnostics))
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
