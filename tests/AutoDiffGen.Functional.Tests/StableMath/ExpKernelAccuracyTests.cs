using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Xunit;
using Xunit.Abstractions;

namespace AutoDiffGen.Functional.Tests.StableMathTests;

/// <summary>
/// The table-driven exponential kernel (StableMath.Exp, Expm1, Expm1FromExp) against the mpmath rows of
/// Reference/*.csv with tighter bounds than the general sweep: eˣ within 1 ulp of the exact value (Math.Exp's
/// own class; the kernel measures about 0.51), eˣ − 1 within 2 ε relative. Float overloads within 1 float ulp.
/// The sweep holds log-spaced |x| in [1e−30, 1e10], 1,000 random points in the benchmark's [−5, 5], both sides
/// of each switch of the table index near 0, the kernel's limits (2⁻⁵⁴, 512) and the overflow and underflow
/// thresholds (make_reference.py, exp_kernel_inputs). The ±0, ±∞ and NaN conventions are in the facts below.
/// </summary>
public class ExpKernelAccuracyTests(ITestOutputHelper output)
{
    private const double Eps = 2.220446049250313e-16; // 2^-52

    public static TheoryData<string> Functions => ["Exp", "Expm1", "Expm1FromStableExp"];

    private static Func<double, double> Double(string name) => name switch
    {
        "Exp" => StableMath.Exp,
        "Expm1" => StableMath.Expm1,
        _ => x => StableMath.Expm1FromExp(x, StableMath.Exp(x)),
    };

    private static Func<float, float> Float(string name) => name switch
    {
        "Exp" => StableMath.Exp,
        "Expm1" => StableMath.Expm1,
        _ => x => StableMath.Expm1FromExp(x, StableMath.Exp(x)),
    };

    /// <summary>The spacing of doubles at |v| (2⁻¹⁰⁷⁴ for subnormals).</summary>
    private static double Ulp(double v) => Math.Max(Math.BitIncrement(Math.Abs(v)) - Math.Abs(v), double.Epsilon);

    private static float Ulp(float v) => Math.Max(MathF.BitIncrement(MathF.Abs(v)) - MathF.Abs(v), float.Epsilon);

    [Theory]
    [MemberData(nameof(Functions))]
    public void DoubleWithinBound(string function)
    {
        string data = function == "Exp" ? "Exp" : "Expm1";
        Func<double, double> f = Double(function);
        var rows = StableMathReferenceData.Double.Where(r => r.Function == data).ToList();
        Assert.True(rows.Count >= 2000, $"only {rows.Count} rows for {data}");
        double worst = 0, worstAt = 0;
        int notNearest = 0, mathNotNearest = 0;
        var failures = new List<string>();
        foreach (StableMathReferenceRow row in rows)
        {
            double x = row.Inputs[0], exact = row.Exact[0], got = f(x);
            // A result one ulp from the reference (the exact value rounded) is faithfully but not correctly
            // rounded; counted, and for eˣ compared with Math.Exp on the same points.
            if (!exact.Equals(got)) notNearest++;
            if (data == "Exp" && !exact.Equals(Math.Exp(x))) mathNotNearest++;
            if (double.IsInfinity(exact) || exact == 0.0)
            {
                if (!exact.Equals(got)) failures.Add(string.Create(CultureInfo.InvariantCulture, $"x={x:R}: {got:R}, want {exact:R}"));
                continue;
            }

            // eˣ: ulps of the exact value. eˣ − 1: ε relative (ε·|exact| for normal results).
            double error = Math.Abs(got - exact) / (data == "Exp" ? Ulp(exact) : Eps * Math.Max(Math.Abs(exact), 2.2250738585072014E-308));
            if (double.IsNaN(error)) error = double.PositiveInfinity;
            if (error > worst) (worst, worstAt) = (error, x);
            double bound = data == "Exp" ? 1.0 : 2.0;
            if (!(error <= bound)) failures.Add(string.Create(CultureInfo.InvariantCulture, $"x={x:R}: {got:R}, want {exact:R} ({error:F3})"));
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"double {function}: {rows.Count} rows, worst {worst:F3} {(data == "Exp" ? "ulp" : "ε")} at x = {worstAt:R}; "
            + $"{notNearest} not the nearest double{(data == "Exp" ? $" (Math.Exp: {mathNotNearest})" : "")}"));
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(10)));
    }

    [Theory]
    [MemberData(nameof(Functions))]
    public void FloatWithinOneUlp(string function)
    {
        string data = function == "Exp" ? "Exp" : "Expm1";
        Func<float, float> f = Float(function);
        var rows = StableMathReferenceData.Float.Where(r => r.Function == data).ToList();
        Assert.True(rows.Count >= 2000, $"only {rows.Count} rows for {data}");
        double worst = 0;
        var failures = new List<string>();
        foreach (StableMathReferenceRow row in rows)
        {
            float x = (float)row.Inputs[0];
            double exact = row.Exact[0];
            float got = f(x), exactF = (float)exact;
            if (float.IsInfinity(exactF) || exactF == 0f)
            {
                if (!exactF.Equals(got)) failures.Add(string.Create(CultureInfo.InvariantCulture, $"x={x:R}: {got:R}, want {exactF:R}"));
                continue;
            }

            double error = Math.Abs(got - exact) / Ulp(exactF);
            if (double.IsNaN(error)) error = double.PositiveInfinity;
            worst = Math.Max(worst, error);
            if (!(error <= 1.0)) failures.Add(string.Create(CultureInfo.InvariantCulture, $"x={x:R}: {got:R}, want {exact:R} ({error:F3} ulp)"));
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"float {function}: {rows.Count} rows, worst {worst:F3} float ulp"));
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(10)));
    }

    [Fact]
    public void SignedZerosTinyAndSubnormalArguments()
    {
        // eˣ − 1 = x(1 + x/2 + …) rounds to x itself for |x| < 2⁻⁵⁴, keeping the sign of a zero.
        foreach (double x in new[] { 0.0, -0.0, double.Epsilon, -double.Epsilon, 2.2250738585072014E-308, 1e-300, -1e-300, 1e-17, -1e-17 })
        {
            Assert.Equal(BitConverter.DoubleToInt64Bits(x), BitConverter.DoubleToInt64Bits(StableMath.Expm1(x)));
            Assert.Equal(BitConverter.DoubleToInt64Bits(x), BitConverter.DoubleToInt64Bits(StableMath.Expm1FromExp(x, StableMath.Exp(x))));
            Assert.Equal(1.0, StableMath.Exp(x)); // 1 + x rounds to 1
        }

        foreach (float x in new[] { 0f, -0f, float.Epsilon, -float.Epsilon, 1e-30f, -1e-30f })
        {
            Assert.Equal(BitConverter.SingleToInt32Bits(x), BitConverter.SingleToInt32Bits(StableMath.Expm1(x)));
            Assert.Equal(BitConverter.SingleToInt32Bits(x), BitConverter.SingleToInt32Bits(StableMath.Expm1FromExp(x, StableMath.Exp(x))));
            Assert.Equal(1f, StableMath.Exp(x));
        }
    }

    [Fact]
    public void InfinitiesNaNAndRangeLimits()
    {
        const double Inf = double.PositiveInfinity;
        Assert.Equal(Inf, StableMath.Exp(Inf));
        Assert.Equal(0.0, StableMath.Exp(-Inf));
        Assert.True(double.IsNaN(StableMath.Exp(double.NaN)));
        Assert.Equal(Inf, StableMath.Exp(709.7827128933841)); // just above ln(DBL_MAX)
        Assert.True(double.IsFinite(StableMath.Exp(709.782712893384))); // just below (its value is in the sweep)
        Assert.Equal(double.Epsilon, StableMath.Exp(-745.1332191019411)); // the smallest subnormal, 2⁻¹⁰⁷⁴
        Assert.Equal(0.0, StableMath.Exp(-745.2));
        foreach (Func<double, double> expm1 in new Func<double, double>[] { StableMath.Expm1, x => StableMath.Expm1FromExp(x, StableMath.Exp(x)) })
        {
            Assert.Equal(Inf, expm1(Inf));
            Assert.Equal(-1.0, expm1(-Inf));
            Assert.True(double.IsNaN(expm1(double.NaN)));
            Assert.Equal(Inf, expm1(709.7827128933841));
            Assert.Equal(-1.0, expm1(-40.0)); // −1 + 4.2e−18 rounds to −1
            Assert.Equal(-1.0, expm1(-745.2));
        }

        Assert.Equal(float.PositiveInfinity, StableMath.Exp(89f));
        Assert.Equal(0f, StableMath.Exp(-104f));
        Assert.Equal(float.PositiveInfinity, StableMath.Expm1(float.PositiveInfinity));
        Assert.Equal(-1f, StableMath.Expm1(float.NegativeInfinity));
        Assert.True(float.IsNaN(StableMath.Exp(float.NaN)));
        Assert.True(float.IsNaN(StableMath.Expm1(float.NaN)));
    }
}
