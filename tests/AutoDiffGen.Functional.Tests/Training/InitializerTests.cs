using System;
using AutoDiffGen.Training;
using Xunit;

namespace AutoDiffGen.Functional.Tests.TrainingTests;

/// <summary>
/// The initialisers' draws against the distributions the papers state. With n = 200 000 draws the sample
/// variance's relative standard error is √((κ − 1)/n): 0.2 % for a uniform (κ = 9/5), 0.32 % for a normal
/// (κ = 3), so the 2 % bounds are over 6 standard errors; the mean's bound is 6 σ/√n.
/// </summary>
public class InitializerTests
{
    private const int N = 200_000;

    [Fact]
    public void XavierUniformHasTheGlorotLimitAndVariance()
    {
        var w = new double[N];
        Initializers.XavierUniform(w, fanIn: 30, fanOut: 20, new Random(1));

        double limit = Math.Sqrt(6.0 / 50.0); // Glorot & Bengio eq. 16
        Assert.True(SampleStatistics.MaxMagnitude(w) <= limit);
        Assert.True(SampleStatistics.MaxMagnitude(w) > 0.999 * limit); // the range is used up to its ends
        AssertCentred(w, Math.Sqrt(2.0 / 50.0));
        AssertVariance(2.0 / 50.0, w); // a²/3 = 2/(fanIn + fanOut)
        // Uniform: the fraction within a/2 is 1/2 (a normal of the same variance would give 0.61).
        Assert.InRange(SampleStatistics.FractionWithin(w, limit / 2), 0.495, 0.505);
    }

    [Fact]
    public void XavierNormalHasTheGlorotVarianceAndANormalShape()
    {
        var w = new double[N];
        Initializers.XavierNormal(w, fanIn: 30, fanOut: 20, new Random(2));

        double sigma = Math.Sqrt(2.0 / 50.0);
        AssertCentred(w, sigma);
        AssertVariance(sigma * sigma, w);
        AssertNormalShape(w, sigma);
    }

    [Fact]
    public void HeUniformHasTheHeLimitAndVariance()
    {
        var w = new double[N];
        Initializers.HeUniform(w, fanIn: 50, new Random(3));

        double limit = Math.Sqrt(6.0 / 50.0);
        Assert.True(SampleStatistics.MaxMagnitude(w) <= limit);
        Assert.True(SampleStatistics.MaxMagnitude(w) > 0.999 * limit);
        AssertCentred(w, Math.Sqrt(2.0 / 50.0));
        AssertVariance(2.0 / 50.0, w); // He et al. eq. 10: Var = 2/fanIn
    }

    [Fact]
    public void HeNormalHasTheHeVarianceAndANormalShape()
    {
        var w = new double[N];
        Initializers.HeNormal(w, fanIn: 8, new Random(4));

        double sigma = 0.5; // √(2/8)
        AssertCentred(w, sigma);
        AssertVariance(sigma * sigma, w);
        AssertNormalShape(w, sigma);
    }

    [Fact]
    public void FloatOverloadsDrawTheSameDistribution()
    {
        var w = new float[N];
        Initializers.HeNormal(w, fanIn: 2, new Random(5));
        var wide = Array.ConvertAll(w, v => (double)v);
        AssertVariance(1.0, wide);
        AssertNormalShape(wide, 1.0);

        var u = new float[N];
        Initializers.XavierUniform(u, fanIn: 1, fanOut: 1, new Random(6));
        var uWide = Array.ConvertAll(u, v => (double)v);
        Assert.True(SampleStatistics.MaxMagnitude(uWide) <= Math.Sqrt(3.0) * (1 + 1e-7)); // float rounding of a
        AssertVariance(1.0, uWide);
    }

    [Fact]
    public void UniformAndNormalUseTheGivenScale()
    {
        var u = new double[N];
        Initializers.Uniform(u, 2.0, new Random(7));
        Assert.True(SampleStatistics.MaxMagnitude(u) <= 2.0);
        AssertVariance(4.0 / 3.0, u);

        var n = new double[N];
        Initializers.Normal(n, 3.0, new Random(8));
        AssertVariance(9.0, n);
        AssertNormalShape(n, 3.0);

        var zero = new double[] { 1.0, 2.0, 3.0 };
        Initializers.Normal(zero, 0.0, new Random(9));
        Assert.Equal(new double[] { 0.0, 0.0, 0.0 }, zero);
    }

    [Fact]
    public void TheSameSeedGivesTheSameWeightsAndAnotherSeedOthers()
    {
        double[] a = Draw(42), b = Draw(42), c = Draw(43);
        Assert.Equal(a, b);
        Assert.NotEqual(a, c);

        static double[] Draw(int seed)
        {
            var w = new double[64];
            Initializers.XavierNormal(w, 8, 8, new Random(seed));
            return w;
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)] // Box–Muller makes pairs: an odd length must still fill its last element
    [InlineData(7)]
    public void NormalFillsEveryElementOfOddLengths(int length)
    {
        var w = new double[length];
        Array.Fill(w, double.NaN);
        Initializers.HeNormal(w, 4, new Random(10));
        Assert.All(w, v => Assert.True(double.IsFinite(v) && v != 0.0));
    }

    [Fact]
    public void InvalidArgumentsAreRejectedWithTheirNames()
    {
        var w = new double[4];
        Assert.Equal("fanIn", Assert.Throws<ArgumentOutOfRangeException>(() => Initializers.XavierUniform(w, 0, 4, new Random(1))).ParamName);
        Assert.Equal("fanOut", Assert.Throws<ArgumentOutOfRangeException>(() => Initializers.XavierNormal(w, 4, -1, new Random(1))).ParamName);
        Assert.Equal("fanIn", Assert.Throws<ArgumentOutOfRangeException>(() => Initializers.HeUniform(w, -3, new Random(1))).ParamName);
        Assert.Equal("fanIn", Assert.Throws<ArgumentOutOfRangeException>(() => Initializers.HeNormal(w, 0, new Random(1))).ParamName);
        Assert.Equal("limit", Assert.Throws<ArgumentOutOfRangeException>(() => Initializers.Uniform(w, double.NaN, new Random(1))).ParamName);
        Assert.Equal("standardDeviation", Assert.Throws<ArgumentOutOfRangeException>(() => Initializers.Normal(w, -1.0, new Random(1))).ParamName);
        Assert.Equal("random", Assert.Throws<ArgumentNullException>(() => Initializers.HeNormal(w, 4, null!)).ParamName);
        Assert.Equal("random", Assert.Throws<ArgumentNullException>(() => Initializers.XavierUniform(w, 4, 4, null!)).ParamName);
    }

    private static void AssertCentred(double[] w, double sigma) =>
        Assert.InRange(SampleStatistics.Mean(w), -6 * sigma / Math.Sqrt(w.Length), 6 * sigma / Math.Sqrt(w.Length));

    private static void AssertVariance(double expected, double[] w) =>
        Assert.InRange(SampleStatistics.VarianceAboutZero(w), 0.98 * expected, 1.02 * expected);

    // P(|Z| ≤ 1) = erf(1/√2) = 0.682689…, P(|Z| ≤ 2) = 0.954500…; binomial standard errors 0.10 % and 0.05 %.
    private static void AssertNormalShape(double[] w, double sigma)
    {
        Assert.InRange(SampleStatistics.FractionWithin(w, sigma), 0.6827 - 0.005, 0.6827 + 0.005);
        Assert.InRange(SampleStatistics.FractionWithin(w, 2 * sigma), 0.9545 - 0.003, 0.9545 + 0.003);
    }
}
