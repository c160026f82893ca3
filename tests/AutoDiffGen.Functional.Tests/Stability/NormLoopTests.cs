using System;
using System.Linq;
using AutoDiffGen;
using AutoDiffGen.Functional.Tests.Reference;
using Xunit;

namespace AutoDiffGen.Functional.Tests.Stability;

/// <summary>
/// R18 written as a loop, the textbook way: √(Σ xᵢ²). It runs as written, and again with every term scaled
/// by a power of two only when the plain sum of squares overflowed, underflowed or is 0 (Rewrites/NormAccumulators).
/// </summary>
public static partial class NormLoops
{
    [Differentiable]
    public static double Norm(double[] x)
    {
        double s = 0;
        for (int i = 0; i < x.Length; i++) s += x[i] * x[i];
        return Math.Sqrt(s);
    }

    [Differentiable(StabilityRewrites = false)]
    public static double NormAsWritten(double[] x)
    {
        double s = 0;
        for (int i = 0; i < x.Length; i++) s += x[i] * x[i];
        return Math.Sqrt(s);
    }

    [Differentiable]
    public static float NormFloat(float[] x)
    {
        float s = 0;
        for (int i = 0; i < x.Length; i++) s += x[i] * x[i];
        return MathF.Sqrt(s);
    }

    /// <summary>A distance between two points, the difference held in a loop local the redo declares again.</summary>
    [Differentiable]
    public static double Distance(double[] a, [NoDiff] double[] b)
    {
        double s = 0;
        for (int i = 0; i < a.Length; i++)
        {
            double d = a[i] - b[i];
            s += d * d;
        }
        return 2 * Math.Sqrt(s);
    }
}

public class NormLoopTests
{
    [Fact]
    public void Catalogue_points()
    {
        // stability-catalog R18 (mpmath): ‖[1e155, 1e155, 1e155]‖ = 1.7320508075688773e155, gradient 0.57735026918962576 each,
        // where the loop as written gives ∞ and [0, 0, 0].
        var d = new double[3];
        Approx.AssertClose(1.7320508075688773e155, NormLoops.NormGradient(new[] { 1e155, 1e155, 1e155 }, d), 1e-15, 0);
        foreach (double g in d) Approx.AssertClose(0.57735026918962576, g, 1e-15, 0, "d");
        Assert.Equal(double.PositiveInfinity, NormLoops.NormAsWrittenGradient(new[] { 1e155, 1e155, 1e155 }, d));

        // ‖0‖ = 0 with gradient 0 by convention, where the loop as written has NaN.
        Assert.Equal(0.0, NormLoops.NormGradient(new double[3], d));
        Assert.All(d, g => Assert.Equal(0.0, g));
        NormLoops.NormAsWrittenGradient(new double[3], d);
        Assert.All(d, g => Assert.True(double.IsNaN(g)));
    }

    [Theory]
    [InlineData(3e-170, 4e-170, 5e-170)]   // squares underflow: the plain sum is 0
    [InlineData(3e-155, 4e-155, 5e-155)]   // squares subnormal, the plain sum inexact
    [InlineData(3e200, 4e200, 5e200)]      // squares overflow
    [InlineData(1e308, 1e307, 1e308)]      // near double.MaxValue
    [InlineData(5e-324, 0, 5e-324)]        // the smallest subnormal: its square is 0
    [InlineData(3.0, 4.0, 5.0)]            // ordinary: as written
    public void Scaled_pairs_against_the_closed_form(double x, double y, double norm)
    {
        // ‖(x, y)‖ for y = 4x/3 is 5x/3 exactly in the reals; the gradient is (x, y)/‖(x, y)‖.
        var d = new double[2];
        double value = NormLoops.NormGradient(new[] { x, y }, d);
        double exact = Math.Sqrt((x / norm) * (x / norm) + (y / norm) * (y / norm)) * norm; // terms of order 1: no overflow
        Approx.AssertClose(exact, value, 1e-15, 0);
        Approx.AssertClose(x / exact, d[0], 1e-15, 0, "dx");
        Approx.AssertClose(y / exact, d[1], 1e-15, 1e-300, "dy");
    }

    [Fact]
    public void A_tiny_term_beside_a_huge_one_gets_its_gradient()
    {
        // ‖(1e300, 1e-300)‖ = 1e300, gradient (1, 1e-600 → 0): the plain sum overflowed, the scaled one did not.
        var d = new double[2];
        Assert.Equal(1e300, NormLoops.NormGradient(new[] { 1e300, 1e-300 }, d), 1e285);
        Assert.Equal(1.0, d[0], 1e-15);
        Assert.Equal(0.0, d[1]);
    }

    [Fact]
    public void In_the_ordinary_range_the_value_is_the_formula_as_written_bit_for_bit()
    {
        var random = new Random(3);
        for (int trial = 0; trial < 200; trial++)
        {
            double[] x = Enumerable.Range(0, 1 + trial % 12).Select(_ => 20 * random.NextDouble() - 10).ToArray();
            double s = 0;
            foreach (double v in x) s += v * v;
            var d = new double[x.Length];
            Assert.Equal(Math.Sqrt(s), NormLoops.NormGradient(x, d));
            for (int i = 0; i < x.Length; i++) Approx.AssertClose(x[i] / Math.Sqrt(s), d[i], 1e-15, 1e-300, "d" + i);
        }
    }

    [Theory]
    [InlineData(1e200)]
    [InlineData(1e-170)]
    [InlineData(1.0)]
    public void A_loop_local_and_a_factor_outside_the_root(double scale)
    {
        // 2‖a − b‖ with a − b = scale·(3, 4): 10·scale, gradient 2(a − b)/‖a − b‖ = (1.2, 1.6).
        double[] b = { 1.0 * scale, -2.0 * scale };
        double[] a = { b[0] + 3 * scale, b[1] + 4 * scale };
        var d = new double[2];
        double value = NormLoops.DistanceGradient(a, b, d);
        double da = a[0] - b[0], db = a[1] - b[1];
        double norm = Math.Abs(db) * Math.Sqrt(1 + (da / db) * (da / db));
        Approx.AssertClose(2 * norm, value, 1e-15, 0);
        Approx.AssertClose(2 * da / norm, d[0], 1e-15, 0, "d0");
        Approx.AssertClose(2 * db / norm, d[1], 1e-15, 0, "d1");

        var acc = new[] { 1.0, 1.0 };
        NormLoops.DistanceBackward(a, b, 0.5, acc);
        Approx.AssertClose(1 + da / norm, acc[0], 1e-15, 0, "Backward d0");
        Approx.AssertClose(1 + db / norm, acc[1], 1e-15, 0, "Backward d1");
    }

    [Theory]
    [InlineData(3e20f, 4e20f)]   // float squares overflow (9e40)
    [InlineData(3e-25f, 4e-25f)] // float squares underflow (9e-50)
    [InlineData(3e-44f, 4e-44f)] // subnormal inputs
    [InlineData(2e38f, 1e38f)]   // near float.MaxValue (the norm, 2.24e38, is below it)
    [InlineData(1.4e-45f, 0f)]   // the smallest subnormal float
    [InlineData(3f, 4f)]         // ordinary: as written
    public void Float(float x, float y)
    {
        var d = new float[2];
        double exact = Math.Sqrt(((double)x * x) + ((double)y * y));
        // A subnormal float norm is judged by absolute error (its spacing is 1.4e-45).
        Approx.AssertClose(exact, NormLoops.NormFloatGradient(new[] { x, y }, d), Approx.FloatRel, 3e-45);
        Approx.AssertClose(x / exact, d[0], Approx.FloatRel, 0, "dx");
        Approx.AssertClose(y / exact, d[1], Approx.FloatRel, 0, "dy");

        Assert.Equal(0f, NormLoops.NormFloatGradient(new float[2], d));
        Assert.All(d, g => Assert.Equal(0f, g));
    }
}
