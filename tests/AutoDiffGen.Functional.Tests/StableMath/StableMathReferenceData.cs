using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;

namespace AutoDiffGen.Functional.Tests.StableMathTests;

/// <summary>One row of Reference/double.csv or float.csv: a function, its inputs, the mpmath values and the
/// magnitude each error is measured against (see Reference/make_reference.py).</summary>
public sealed record StableMathReferenceRow(string Function, double[] Inputs, double[] Exact, double[] Scale, int Line);

/// <summary>Reads the embedded mpmath reference files (written by make_reference.py, never by the code under test).</summary>
public static class StableMathReferenceData
{
    private static readonly Lazy<IReadOnlyList<StableMathReferenceRow>> DoubleRows = new(() => Load("double.csv"));
    private static readonly Lazy<IReadOnlyList<StableMathReferenceRow>> FloatRows = new(() => Load("float.csv"));

    /// <summary>Rows with double inputs.</summary>
    public static IReadOnlyList<StableMathReferenceRow> Double => DoubleRows.Value;

    /// <summary>Rows whose inputs are exactly representable as floats (and within float range).</summary>
    public static IReadOnlyList<StableMathReferenceRow> Float => FloatRows.Value;

    private static IReadOnlyList<StableMathReferenceRow> Load(string fileName)
    {
        string name = "StableMath.Reference." + fileName;
        using Stream stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded resource {name} not found.");
        using var reader = new StreamReader(stream);
        var rows = new List<StableMathReferenceRow>();
        int lineNumber = 0;
        string? line;
        while ((line = reader.ReadLine()) != null)
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            string[] fields = line.Split(';');
            rows.Add(new StableMathReferenceRow(fields[0], Numbers(fields[1]), Numbers(fields[2]), Numbers(fields[3]), lineNumber));
        }

        return rows;
    }

    private static double[] Numbers(string field) =>
        field.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Number).ToArray();

    // Python's repr spells the infinities 'inf'; .NET's parser wants "Infinity".
    private static double Number(string text) => text switch
    {
        "inf" => double.PositiveInfinity,
        "-inf" => double.NegativeInfinity,
        "nan" => double.NaN,
        _ => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture),
    };
}
