using System;
using System.Linq;
using AutoDiffGen;
using AutoDiffGen.Functional.Tests.Reference;
using Xunit;

namespace AutoDiffGen.Functional.Tests.Stability;

/// <summary>
/// R07 with its redo (Rewrites/LogSumExpRedo): the loop runs as written, and again max-shifted only when
/// the plain sum left [2⁻¹², MaxValue]. Each shape below is checked on both sides of that range against
/// closed forms: the log-sum-exp of a + (0, −1, −2) is a + ln(1 + e⁻¹ + e⁻²), its softmax e⁻ᵏ / (1 + e⁻¹ + e⁻²).
/// </summary>
public static partial class LogSumExpLoops
{
    [Differentiable]
    public static double Lse(double[] x)
    {
        double s = 0;
        for (int i = 0; i < x.Length; i++) s += Math.Exp(x[i]);
        return Math.Log(s);
    }

    /// <summary>The loop also changes a weight declared before it: the redo must start the weight again.</summary>
    [Differentiable]
    public static double Discounted(double[] x)
    {
        double s = 0;
        double w = 1;
        for (int i = 0; i < x.Length; i++)
        {
            s += Math.Exp(w * x[i]);
            w *= 0.5;
        }
        return Math.Log(s);
    }

    /// <summary>The loop writes a local array, which a second run would write again: no redo, streaming throughout.</summary>
    [Differentiable]
    public static double WritesArray(double[] x)
    {
        double[] copy = new double[x.Length];
        double s = 0;
        for (int i = 0; i < x.Length; i++)
        {
            copy[i] = x[i];
            s += Math.Exp(x[i]);
        }
        return Math.Log(s) + copy[0] - x[0];
    }

    /// <summary>One log-sum-exp per row, the sum declared in the outer loop's body: each row decides on its own.</summary>
    [Differentiable]
    public static double Rows(double[] x, int columns)
    {
        double total = 0;
        for (int r = 0; r < x.Length / columns; r++)
        {
            double s = 0;
            for (int c = 0; c < columns; c++) s += Math.Exp(x[r * columns + c]);
            total += Math.Log(s);
        }
        return total;
    }

    [Differentiable]
    public static float LseFloat(float[] x)
    {
        float s = 0;
        for (int i = 0; i < x.Length; i++) s += MathF.Exp(x[i]);
        return MathF.Log(s);
    }
}

public class LogSumExpRedoTests
{
    private static readonly double Z = 1 + Math.Exp(-1) + Math.Exp(-2);

    /// <summary>a + (0, −1, −2) for a on both sides of each end of the plain sum's range.</summary>
    public static TheoryData<double> Shifts => new()
    {
        -1000, -746, -740, -9.0, -8.5, 0, 3, 700, 709, 710, 1000,
    };

    [Theory]
    [MemberData(nameof(Shifts))]
    public void Value_and_softmax_against_the_closed_form(double a)
    {
        double[] x = { a, a - 1, a - 2 };
        var d = new double[3];
        double value = LogSumExpLoops.LseGradient(x, d);
        Approx.AssertClose(a + Math.Log(Z), value, 1e-14, 0, "value");
        for (int k = 0; k < 3; k++) Approx.AssertClose(Math.Exp(-k) / Z, d[k], 1e-14, 0, "d" + k);

        // Backward adds seed·softmax to what is there.
        var acc = new[] { 1.0, 2.0, 3.0 };
        Approx.AssertClose(a + Math.Log(Z), LogSumExpLoops.LseBackward(x, 2.0, acc), 1e-14, 0, "Backward value");
        for (int k = 0; k < 3; k++) Approx.AssertClose(k + 1 + 2 * Math.Exp(-k) / Z, acc[k], 1e-14, 0, "Backward d" + k);
    }

    [Fact]
    public void Near_the_lower_end_of_the_range_both_sides_agree_with_the_closed_form()
    {
        // Three equal terms a: log-sum-exp a + ln 3, softmax 1/3. The plain sum 3eᵃ is 2⁻¹² at a = ln(2⁻¹²/3) ≈ -9.4165.
        foreach (double a in new[] { -9.40, -9.4165, -9.4166, -9.43 })
        {
            var d = new double[3];
            Approx.AssertClose(a + Math.Log(3), LogSumExpLoops.LseGradient(new[] { a, a, a }, d), 1e-14, 0, "value at " + a);
            foreach (double g in d) Approx.AssertClose(1.0 / 3, g, 1e-14, 0, "softmax at " + a);
        }
    }

    [Fact]
    public void In_the_ordinary_range_the_loop_is_the_formula_as_written_bit_for_bit()
    {
        var random = new Random(12);
        for (int trial = 0; trial < 200; trial++)
        {
            double[] x = Enumerable.Range(0, 1 + trial % 20).Select(_ => 10 * random.NextDouble() - 5).ToArray();
            double s = 0;
            foreach (double v in x) s += Math.Exp(v);
            var d = new double[x.Length];
            Assert.Equal(Math.Log(s), LogSumExpLoops.LseGradient(x, d));
            for (int i = 0; i < x.Length; i++) Assert.Equal(1.0 / s * Math.Exp(x[i]), d[i]);
        }
    }

    [Fact]
    public void A_term_far_below_the_others_gets_its_subnormal_softmax()
    {
        // Plain sum 1 + e⁻⁷⁴⁰: in range. The softmax of -740 is e⁻⁷⁴⁰ (4.19e-322, subnormal), judged by absolute error.
        var d = new double[2];
        Assert.Equal(0.0, LogSumExpLoops.LseGradient(new[] { 0.0, -740.0 }, d));
        Assert.Equal(1.0, d[0]);
        Assert.Equal(4.18873988004805e-322, d[1], 1e-323); // mpmath exp(-740)
    }

    [Fact]
    public void Not_a_number_stays_not_a_number()
    {
        var d = new double[2];
        Assert.True(double.IsNaN(LogSumExpLoops.LseGradient(new[] { 0.0, double.NaN }, d)));
        Assert.True(double.IsNaN(LogSumExpLoops.LseGradient(new[] { 1000.0, double.NaN }, d)));
    }

    [Theory]
    [InlineData(0.3, -0.7)]
    [InlineData(-2000, -3990)] // terms -2000 and -1995: plain sum 0, the redo must weigh x₁ by ½ again
    [InlineData(2000, 10)]     // terms 2000 and 5: plain sum ∞
    public void The_redo_starts_the_loops_other_variables_again(double x0, double x1)
    {
        // Terms u = (x₀, x₁/2): log-sum-exp m + ln(1 + e^(−|u₀−u₁|)), ∂x₀ = σ(u₀ − u₁), ∂x₁ = ½σ(u₁ − u₀).
        double u0 = x0, u1 = 0.5 * x1, m = Math.Max(u0, u1);
        var d = new double[2];
        double value = LogSumExpLoops.DiscountedGradient(new[] { x0, x1 }, d);
        Approx.AssertClose(m + Math.Log(1 + Math.Exp(-Math.Abs(u0 - u1))), value, 1e-14, 0, "value");
        Approx.AssertClose(Sigmoid(u0 - u1), d[0], 1e-14, 1e-300, "d0");
        Approx.AssertClose(0.5 * Sigmoid(u1 - u0), d[1], 1e-14, 1e-300, "d1");
    }

    [Theory]
    [InlineData(1000)]
    [InlineData(-1000)]
    [InlineData(1)]
    public void A_loop_that_cannot_run_again_streams_throughout(double a)
    {
        var d = new double[3];
        Approx.AssertClose(a + Math.Log(Z), LogSumExpLoops.WritesArrayGradient(new[] { a, a - 1, a - 2 }, d), 1e-14, 0, "value");
        for (int k = 0; k < 3; k++) Approx.AssertClose(Math.Exp(-k) / Z, d[k], 1e-14, 0, "d" + k);
    }

    [Fact]
    public void Rows_out_of_range_and_in_range_in_one_call()
    {
        // Row 0 overflows as a plain sum (redo), row 1 is ordinary (as written), row 2 underflows (redo).
        double[] x = { 1000, 999, 998, 0, -1, -2, -1000, -1001, -1002 };
        var d = new double[9];
        double value = LogSumExpLoops.RowsGradient(x, 3, d);
        Approx.AssertClose(3 * Math.Log(Z), value, 0, 1e-12, "value"); // 1000 + ln Z − 1000 + ln Z: absolute
        for (int i = 0; i < 9; i++) Approx.AssertClose(Math.Exp(-(i % 3)) / Z, d[i], 1e-14, 0, "d" + i);
    }

    [Theory]
    [InlineData(100f)]  // float: e¹⁰⁰ overflows
    [InlineData(-110f)] // and e⁻¹¹⁰ is below float's smallest normal, so the plain sum is below 1
    [InlineData(0.5f)]
    public void Float(float a)
    {
        var d = new float[3];
        float value = LogSumExpLoops.LseFloatGradient(new[] { a, a - 1, a - 2 }, d);
        Approx.AssertClose(a + Math.Log(Z), value, 1e-6, 0, "value");
        for (int k = 0; k < 3; k++) Approx.AssertClose(Math.Exp(-k) / Z, d[k], 1e-6, 0, "d" + k);
    }

    private static double Sigmoid(double t) => t >= 0 ? 1 / (1 + Math.Exp(-t)) : Math.Exp(t) / (1 + Math.Exp(t));
}
