using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace AutoDiffGen.Generator.Tests.Infrastructure;

/// <summary>An expected diagnostic: its ID and its exact span in the marker-free source.</summary>
internal readonly record struct ExpectedDiagnostic(string Id, TextSpan Span);

/// <summary>
/// Microsoft.CodeAnalysis.Testing-style markup (style guide §7.5): <c>{|ADGEN0006:x * y|}</c> marks
/// where ADGEN0006 must be reported. Markers may nest.
/// </summary>
internal static class DiagnosticMarkup
{
    public static (string Source, List<ExpectedDiagnostic> Expected) Parse(string markup)
    {
        var source = new StringBuilder();
        var expected = new List<ExpectedDiagnostic>();
        var open = new Stack<(string Id, int Start)>();
        for (int i = 0; i < markup.Length;)
        {
            if (markup.AsSpan(i).StartsWith("{|"))
            {
                int colon = markup.IndexOf(':', i + 2);
                if (colon < 0) throw new FormatException("'{|' without ':' at " + i);
                open.Push((markup.Substring(i + 2, colon - i - 2), source.Length));
                i = colon + 1;
            }
            else if (markup.AsSpan(i).StartsWith("|}") && open.Count > 0)
            {
                (string id, int start) = open.Pop();
                expected.Add(new ExpectedDiagnostic(id, TextSpan.FromBounds(start, source.Length)));
                i += 2;
            }
            else
            {
                source.Append(markup[i]);
                i++;
            }
        }
        if (open.Count > 0) throw new FormatException("unclosed marker for " + open.Peek().Id);
        return (source.ToString(), expected);
    }

    /// <summary>Runs the generator on the marker-free source (tree "Test0.cs") and asserts the generator's
    /// diagnostics are exactly the marked ones. Returns the run for further checks.</summary>
    public static GeneratorRun Verify(string markup)
    {
        (string source, List<ExpectedDiagnostic> expected) = Parse(markup);
        GeneratorRun run = GeneratorHarness.Run(source);
        // Without this, a typo in the test source would silence the generator and look like a pass or a miss.
        GeneratorHarness.AssertNoErrors(run.Input);
        AssertDiagnostics(source, expected, run.Diagnostics);
        return run;
    }

    public static void AssertDiagnostics(string source, IEnumerable<ExpectedDiagnostic> expected, IEnumerable<Diagnostic> actual)
    {
        var want = new HashSet<ExpectedDiagnostic>(expected);
        var messages = actual.ToLookup(d => new ExpectedDiagnostic(d.Id, d.Location.SourceSpan), d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        var got = new HashSet<ExpectedDiagnostic>(messages.Select(g => g.Key));
        var missing = want.Except(got).OrderBy(d => d.Span.Start).ToList();
        var unexpected = got.Except(want).OrderBy(d => d.Span.Start).ToList();
        if (missing.Count == 0 && unexpected.Count == 0) return;

        string Show(ExpectedDiagnostic d) => "  " + d.Id + " at " + d.Span + ": '" + Excerpt(source, d.Span) + "'" +
            string.Concat(messages[d].Select(m => "\n      " + m));
        Assert.Fail("Diagnostics differ from the markup.\n" +
            (missing.Count > 0 ? "Missing (marked, not reported):\n" + string.Join("\n", missing.Select(Show)) + "\n" : "") +
            (unexpected.Count > 0 ? "Unexpected (reported, not marked):\n" + string.Join("\n", unexpected.Select(Show)) + "\n" : ""));
    }

    private static string Excerpt(string source, TextSpan span) =>
        span.End <= source.Length ? source.Substring(span.Start, span.Length).Replace("\n", "\\n") : "<outside the source>";
}
