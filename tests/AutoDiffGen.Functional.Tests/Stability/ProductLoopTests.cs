using System;
using System.Linq;
using AutoDiffGen;
using AutoDiffGen.Functional.Tests.Reference;
using Xunit;

namespace AutoDiffGen.Functional.Tests.Stability;

/// <summary>
/// R16 written as a loop, the textbook way: the log of a running product. It runs as written, and again as a
/// sum of logs only when a partial product left the normal numbers or the product is not a normal positive
/// number (Rewrites/ProductAccumulators). d log|Π f| / d fᵢ = 1/fᵢ.
/// </summary>
public static partial class ProductLoops
{
    [Differentiable]
    public static double LogOfProduct(double[] x)
    {
        double p = 1;
        for (int i = 0; i < x.Length; i++) p *= x[i];
        return Math.Log(p);
    }

    [Differentiable(StabilityRewrites = false)]
    public static double LogOfProductAsWritten(double[] x)
    {
        double p = 1;
        for (int i = 0; i < x.Length; i++) p *= x[i];
        return Math.Log(p);
    }

    [Differentiable]
    public static float LogOfProductFloat(float[] x)
    {
        float p = 1;
        for (int i = 0; i < x.Length; i++) p *= x[i];
        return MathF.Log(p);
    }
}

public class ProductLoopTests
{
    [Theory]
    [InlineData(1100, 0.5, -762.46189861593984)] // stability-catalog R16 (mpmath): the product underflows to 0
    [InlineData(100, 1e-5, -1151.2925464970228)] // stability-catalog R16: 1e-500
    [InlineData(100, 1e10, 2302.5850929940457)]  // 1e1000 overflows: 1000·ln 10
    [InlineData(10, 0.5, -6.9314718055994531)]   // ordinary: as written
    public void Catalogue_points(int n, double factor, double exact)
    {
        double[] x = Enumerable.Repeat(factor, n).ToArray();
        var d = new double[n];
        // A sum of n logs carries n roundings: 2.4e-14 relative for 1100 terms, within the 1e-12 bar.
        Approx.AssertClose(exact, ProductLoops.LogOfProductGradient(x, d), Approx.Rel, 0);
        foreach (double g in d) Approx.AssertClose(1 / factor, g, 1e-13, 0, "d");

        var acc = Enumerable.Repeat(1.0, n).ToArray();
        ProductLoops.LogOfProductBackward(x, 0.5, acc);
        foreach (double g in acc) Approx.AssertClose(1 + 0.5 / factor, g, 1e-13, 0, "Backward d");
    }

    [Fact]
    public void The_loop_as_written_fails_at_the_catalogue_points()
    {
        var d = new double[1100];
        Assert.Equal(double.NegativeInfinity, ProductLoops.LogOfProductAsWrittenGradient(Enumerable.Repeat(0.5, 1100).ToArray(), d));
    }

    [Fact]
    public void A_partial_product_that_dips_below_the_normal_numbers_and_comes_back()
    {
        // Π = 1, so log = 0, but 1e-160·1e-160 = 1e-320 is subnormal (four digits lost) before 1e160·1e160 restore it.
        double[] x = { 1e-160, 1e-160, 1e160, 1e160 };
        var d = new double[4];
        Assert.Equal(0.0, ProductLoops.LogOfProductGradient(x, d), 1e-15);
        for (int i = 0; i < 4; i++) Approx.AssertClose(1 / x[i], d[i], 1e-15, 0, "d" + i);
    }

    [Theory]
    [InlineData(-2.0, -3.0)] // an even number of negative factors: log 6
    [InlineData(-1e-200, -1e-200)] // and 1e-400 as well
    public void Negative_factors_with_a_positive_product(double a, double b)
    {
        var d = new double[2];
        Approx.AssertClose(Math.Log(-a) + Math.Log(-b), ProductLoops.LogOfProductGradient(new[] { a, b }, d), 1e-15, 0);
        Approx.AssertClose(1 / a, d[0], 1e-15, 0, "d0");
        Approx.AssertClose(1 / b, d[1], 1e-15, 0, "d1");
    }

    [Fact]
    public void A_negative_product_is_not_a_number_as_written()
    {
        var d = new double[2];
        Assert.True(double.IsNaN(ProductLoops.LogOfProductGradient(new[] { -2.0, 3.0 }, d)));
        Assert.True(double.IsNaN(ProductLoops.LogOfProductGradient(new[] { -1e-200, 1e-200 }, d)));
    }

    [Fact]
    public void A_zero_factor_gives_minus_infinity_and_the_other_factors_their_derivatives()
    {
        // d/df₀ = 1/0 has no sign: NaN, documented; the others keep 1/fᵢ.
        var d = new double[3];
        Assert.Equal(double.NegativeInfinity, ProductLoops.LogOfProductGradient(new[] { 0.0, 2.0, 4.0 }, d));
        Assert.True(double.IsNaN(d[0]));
        Assert.Equal(0.5, d[1]);
        Assert.Equal(0.25, d[2]);
    }

    [Fact]
    public void In_the_ordinary_range_the_loop_is_the_formula_as_written_bit_for_bit()
    {
        var random = new Random(16);
        for (int trial = 0; trial < 200; trial++)
        {
            double[] x = Enumerable.Range(0, 1 + trial % 30).Select(_ => 0.05 + random.NextDouble()).ToArray();
            var stable = new double[x.Length];
            var naive = new double[x.Length];
            Assert.Equal(ProductLoops.LogOfProductAsWrittenGradient(x, naive), ProductLoops.LogOfProductGradient(x, stable));
            Assert.Equal(naive, stable);
        }
    }

    [Fact]
    public void Float()
    {
        // 0.5²⁰⁰ = 6e-61 underflows in float: log = 200·ln ½, derivative 2.
        float[] x = Enumerable.Repeat(0.5f, 200).ToArray();
        var d = new float[200];
        Approx.AssertClose(200 * Math.Log(0.5), ProductLoops.LogOfProductFloatGradient(x, d), Approx.FloatRel, 0); // 200 float roundings
        foreach (float g in d) Approx.AssertClose(2, g, 1e-6, 0, "d");
    }
}
