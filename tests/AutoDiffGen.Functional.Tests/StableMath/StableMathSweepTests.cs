using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Xunit;
using Xunit.Abstractions;

namespace AutoDiffGen.Functional.Tests.StableMathTests;

/// <summary>
/// Every function against the mpmath sweep of Reference/double.csv and float.csv (log-spaced |x| in
/// [1e−30, 1e10], ordinary-range points, points at the branch cutoffs; seeded random pairs and vectors).
/// Double: |error| ≤ 4 ε · max(scale, DBL_MIN), which is 4 ε relative when scale = |exact|, an absolute
/// 4·2⁻¹⁰⁷⁴ for subnormal results, and exact equality for ±∞ and for results that round to 0. Float: ≤ 2 float ulps of the reference rounded
/// to float. The worst errors are written to the test output (they are the numbers in docs/stable-math.md).
/// </summary>
public class StableMathSweepTests(ITestOutputHelper output)
{
    private const double Eps = 2.220446049250313e-16; // 2^-52
    private const double FloatEps = 1.1920928955078125e-7; // 2^-23
    private const double MaxEps = 4.0;
    private const double MaxFloatUlps = 2.0;
    private const double DoubleMinNormal = 2.2250738585072014E-308; // 2^-1022
    private const float FloatMinNormal = 1.17549435E-38f; // 2^-126

    public static TheoryData<string> DoubleFunctions => [.. StableMathEvaluators.Double.Keys];

    public static TheoryData<string> FloatFunctions => [.. StableMathEvaluators.Float.Keys];

    [Theory]
    [MemberData(nameof(DoubleFunctions))]
    public void DoubleMatchesMpmath(string function)
    {
        (string data, Func<double[], double[]> eval) = StableMathEvaluators.Double[function];
        var rows = StableMathReferenceData.Double.Where(r => r.Function == data).ToList();
        Assert.True(rows.Count >= 100, $"only {rows.Count} reference rows for {data}");

        double worstRelative = 0, worstScaled = 0;
        var failures = new List<string>();
        foreach (StableMathReferenceRow row in rows)
        {
            double[] actual = eval(row.Inputs);
            Assert.Equal(row.Exact.Length, actual.Length);
            for (int i = 0; i < actual.Length; i++)
            {
                double exact = row.Exact[i], got = actual[i];

                // Out of range (beyond DBL_MAX, or below half the smallest subnormal): ±∞ or 0 exactly.
                if (double.IsInfinity(exact) || double.IsNaN(exact) || exact == 0.0)
                {
                    if (!exact.Equals(got))
                    {
                        failures.Add(Describe(row, i, got, double.PositiveInfinity));
                    }

                    continue;
                }

                double error = Math.Abs(got - exact);
                double relative = error / (Eps * Math.Max(Math.Abs(exact), DoubleMinNormal));
                double scaled = error / (Eps * Math.Max(row.Scale[i], DoubleMinNormal));
                if (double.IsNaN(error))
                {
                    relative = scaled = double.PositiveInfinity;
                }

                worstRelative = Math.Max(worstRelative, relative);
                worstScaled = Math.Max(worstScaled, scaled);
                if (!(scaled <= MaxEps))
                {
                    failures.Add(Describe(row, i, got, scaled));
                }
            }
        }

        output.WriteLine(Summary("double", function, rows.Count, worstRelative, worstScaled, "ε"));
        Assert.True(failures.Count == 0,
            $"{function}: {failures.Count} outputs beyond {MaxEps} ε of scale:\n" + string.Join("\n", failures.Take(8)));
    }

    [Theory]
    [MemberData(nameof(FloatFunctions))]
    public void FloatMatchesMpmathRoundedToFloat(string function)
    {
        (string data, Func<float[], float[]> eval) = StableMathEvaluators.Float[function];
        var rows = StableMathReferenceData.Float.Where(r => r.Function == data).ToList();
        Assert.True(rows.Count >= 100, $"only {rows.Count} reference rows for {data}");

        double worstRelative = 0, worstScaled = 0;
        var failures = new List<string>();
        foreach (StableMathReferenceRow row in rows)
        {
            float[] inputs = row.Inputs.Select(v => (float)v).ToArray();
            float[] actual = eval(inputs);
            for (int i = 0; i < actual.Length; i++)
            {
                float exact = (float)row.Exact[i], got = actual[i];
                if (float.IsInfinity(exact) || exact == 0f)
                {
                    if (!exact.Equals(got))
                    {
                        failures.Add(Describe(row, i, got, double.PositiveInfinity));
                    }

                    continue;
                }

                double error = Math.Abs((double)got - exact);
                double relative = error / (FloatEps * Math.Max(Math.Abs(exact), FloatMinNormal));
                double scaled = error / (FloatEps * Math.Max((float)row.Scale[i], FloatMinNormal));
                if (double.IsNaN(error))
                {
                    relative = scaled = double.PositiveInfinity;
                }

                worstRelative = Math.Max(worstRelative, relative);
                worstScaled = Math.Max(worstScaled, scaled);
                if (!(scaled <= MaxFloatUlps))
                {
                    failures.Add(Describe(row, i, got, scaled));
                }
            }
        }

        output.WriteLine(Summary("float", function, rows.Count, worstRelative, worstScaled, "float ulp"));
        Assert.True(failures.Count == 0,
            $"{function} (float): {failures.Count} outputs beyond {MaxFloatUlps} float ulps:\n" + string.Join("\n", failures.Take(8)));
    }

    private static string Summary(string kind, string function, int rows, double relative, double scaled, string unit) =>
        string.Create(CultureInfo.InvariantCulture,
            $"SWEEP {kind} {function}: {rows} rows, worst {relative:G3} {unit} relative, {scaled:G3} {unit} of scale");

    private static string Describe(StableMathReferenceRow row, int output, double got, double errorUnits)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"  line {row.Line}: {row.Function}(");
        text.Append(string.Join(", ", row.Inputs.Select(v => v.ToString("R", CultureInfo.InvariantCulture))));
        text.Append(CultureInfo.InvariantCulture,
            $")[{output}] = {got:R}, exact {row.Exact[output]:R}, scale {row.Scale[output]:R}, error {errorUnits:G3}");
        return text.ToString();
    }
}
