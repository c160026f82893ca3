using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace AutoDiffGen.Testing;

/// <summary>
/// Compares snapshot texts line by line, where numbers may differ within a tolerance: lines must have the same
/// words, and the numbers in them (plain, or in <c>[a, b, …]</c> lists) must satisfy
/// |received − verified| ≤ absolute + relative·|verified|. NaN matches NaN; infinities match only themselves.
/// </summary>
public sealed class NumericTextComparer
{
    private readonly double relative;
    private readonly double absolute;

    /// <summary>A comparer with these tolerances.</summary>
    public NumericTextComparer(double relative, double absolute = 0)
    {
        if (relative < 0 || absolute < 0) throw new ArgumentOutOfRangeException(nameof(relative), "Tolerances are not negative.");
        this.relative = relative;
        this.absolute = absolute;
    }

    /// <summary>A <see cref="SnapshotComparer"/>: <c>null</c> when the texts match, else every differing line.</summary>
    public string? Compare(string verified, string received)
    {
        string[] expected = verified.Split('\n'), actual = received.Split('\n');
        if (expected.Length != actual.Length) return SnapshotVerifier.LineDiff(verified, received);
        var differences = new StringBuilder();
        for (int i = 0; i < expected.Length; i++)
        {
            if (expected[i] == actual[i]) continue;
            string[] e = Tokens(expected[i]), a = Tokens(actual[i]);
            if (e.Length != a.Length) return SnapshotVerifier.LineDiff(verified, received);
            for (int t = 0; t < e.Length; t++)
            {
                if (e[t] == a[t]) continue;
                if (!TryNumber(e[t], out double ev) || !TryNumber(a[t], out double av)) return SnapshotVerifier.LineDiff(verified, received);
                if (Close(ev, av)) continue;
                double error = Math.Abs(av - ev);
                differences.Append("Line ").Append(i + 1).Append(" (").Append(expected[i].Trim()).Append("): ")
                    .Append("verified ").Append(e[t]).Append(", received ").Append(a[t])
                    .Append(", difference ").Append(error.ToString("0.0e+00", CultureInfo.InvariantCulture))
                    .Append(" (relative ").Append((ev == 0 ? double.PositiveInfinity : error / Math.Abs(ev)).ToString("0.0e+00", CultureInfo.InvariantCulture))
                    .Append(") exceeds ").Append(absolute.ToString("R", CultureInfo.InvariantCulture)).Append(" + ")
                    .Append(relative.ToString("R", CultureInfo.InvariantCulture)).Append("·|verified|\n");
            }
        }
        return differences.Length == 0 ? null : differences.ToString().TrimEnd('\n');
    }

    private bool Close(double expected, double actual) =>
        expected.Equals(actual) || (!double.IsInfinity(expected) && Math.Abs(actual - expected) <= absolute + relative * Math.Abs(expected));

    // Brackets and commas separate numbers like spaces do, so "[1, 2]" gives the tokens "1" and "2".
    private static string[] Tokens(string line) =>
        line.Split(new[] { ' ', ',', '[', ']' }, StringSplitOptions.RemoveEmptyEntries);

    private static bool TryNumber(string token, out double value) =>
        double.TryParse(token, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
}
