using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace AutoDiffGen.Testing;

/// <summary>The result of checking a gradient at one point: a row per entry, and every failure in words.</summary>
/// <param name="Method"><c>Namespace.Type.Method</c>.</param>
/// <param name="Point">The arguments, as <c>name = value</c>.</param>
/// <param name="Value">The method's value at the point.</param>
/// <param name="Rows">One per gradient entry, in declaration order (array elements in index order).</param>
/// <param name="Failures">What went wrong, one sentence each, naming the parameter; empty when the check passed.</param>
/// <param name="Tolerances">The tolerances used, for the report's header.</param>
public sealed record GradientCheckReport(
    string Method,
    string Point,
    double Value,
    IReadOnlyList<GradientCheckRow> Rows,
    IReadOnlyList<string> Failures,
    string Tolerances)
{
    /// <summary>True when every entry and every Backward check passed.</summary>
    public bool Passed => Failures.Count == 0;

    /// <summary>The report as a table, the message of a failed assertion.</summary>
    public override string ToString()
    {
        bool complex = Rows.Any(r => r.ComplexStep.HasValue);
        bool backward = Rows.Any(r => r.BackwardAccumulated.HasValue);
        var header = new List<string> { "parameter", "value", "generated", "finite difference", "abs error", "rel error" };
        if (complex) header.AddRange(new[] { "complex step", "abs error", "rel error" });
        if (backward) header.Add("backward");
        header.Add("result");

        var table = new List<string[]> { header.ToArray() };
        foreach (GradientCheckRow row in Rows)
        {
            var cells = new List<string> { row.Parameter, R(row.Input), R(row.Generated), R(row.FiniteDifference), E(row.FiniteDifferenceError), E(row.FiniteDifferenceRelativeError) };
            if (complex) cells.AddRange(new[] { row.ComplexStep is double c ? R(c) : "", E(row.ComplexStepError), E(row.ComplexStepRelativeError) });
            if (backward) cells.Add(row.BackwardAccumulated is null ? "" : row.BackwardPassed ? "ok" : "WRONG");
            cells.Add(row.Passed ? "ok" : "FAIL");
            table.Add(cells.ToArray());
        }

        var text = new StringBuilder();
        text.Append("Gradient check of ").Append(Method).Append(Passed ? ": passed" : ": FAILED").Append('\n')
            .Append("at ").Append(Point).Append('\n')
            .Append("value ").Append(R(Value)).Append('\n')
            .Append(Tolerances).Append("\n\n");
        AppendTable(text, table);
        if (!Passed)
        {
            text.Append("\nFailures:\n");
            foreach (string failure in Failures) text.Append("  - ").Append(failure).Append('\n');
        }
        return text.ToString();
    }

    private static void AppendTable(StringBuilder text, List<string[]> table)
    {
        int[] widths = Enumerable.Range(0, table[0].Length).Select(c => table.Max(r => r[c].Length)).ToArray();
        foreach (string[] row in table)
        {
            text.Append(string.Join("  ", row.Select((cell, c) => cell.PadRight(widths[c]))).TrimEnd()).Append('\n');
        }
    }

    internal static string R(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string E(double? value) => value is double v ? v.ToString("0.0e+00", CultureInfo.InvariantCulture) : "";
}
