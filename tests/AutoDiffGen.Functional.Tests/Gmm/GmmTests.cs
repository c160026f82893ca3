using System;
using AutoDiffGen.Functional.Tests.Reference;
using Xunit;

namespace AutoDiffGen.Functional.Tests.Gmm;

/// <summary>
/// The generated gradient of the ADBench GMM objective against ADBench's published values, central
/// finite differences, and the Backward contract.
/// </summary>
public class GmmTests
{
    // ADBench's published results for its GMM test instance (d = 2, K = 3; data/gmm/test.txt, here
    // gmm1.txt with its first point only, see Gmm/Data/README.md). The same numbers appear in
    //   microsoft/ADBench test/cpp/modules/common/GmmTests.cpp   (ObjectiveCalculationCorrectness, JacobianCalculationCorrectness)
    //   microsoft/ADBench test/dotnet/modules/GMMTests.cs         (CheckObjectiveCalculation, CheckJacobianCalculation; tolerance 1e-10)
    //   microsoft/ADBench test/python/modules/common/gmm_tests.py (objective_calculation_correctness, jacobian_calculation_correctness)
    private const double PublishedObjective = 8.07380408004975791e+00;

    // Gradient order as in ADBench: alphas[3], means[3·2], icf[3·3].
    private static readonly double[] PublishedGradient =
    {
        1.08662855508652456e-01, -7.41270039523898472e-01, 6.32607184015246071e-01,
        1.11692576532787013e+00, 1.63333013551455269e-01, -2.19989824071193142e-02,
        2.27778292254236098e-01, 1.20963025612832187e+00, -6.06375920733956339e-02,
        2.58529994051162237e+00, 1.12632694524213789e-01, 3.85744309849611777e-01,
        7.35180573182305508e-02, 5.41836362715595232e+00, -3.21494409677446469e-01,
        1.71892309775004937e+00, 8.60091090790866875e-01, -9.94640930466322848e-01,
    };

    // The values are printed with 17 significant digits. ADBench's C++ objective uses
    // PI = 3.14159265359 (src/cpp/shared/defs.h), which alone moves the objective by 6.6e-14 here.
    // Measured: objective 4.2e-15 relative, gradient at most 2.6e-16 relative (essentially bitwise).
    // The bar is 1e-13 (ADBench's own .NET test uses 1e-10, its C++ test 1e-8 absolute).
    private const double PublishedRel = 1e-13;

    private static GmmInstance Published() => GmmInstance.FromResource("gmm1.txt", maxPoints: 1);

    [Fact]
    public void ReadsThePublishedInstance()
    {
        GmmInstance g = Published();
        Assert.Equal((2, 3, 1), (g.D, g.K, g.N));
        Assert.Equal(new[] { 1.175171, 2.029160 }, g.X);
        Assert.Equal((1.0, 0), (g.WishartGamma, g.WishartM));
        Assert.Equal(18, g.Alphas.Length + g.Means.Length + g.Icf.Length);
    }

    [Fact]
    public void ObjectiveMatchesPublishedValue()
    {
        GmmInstance g = Published();
        Approx.AssertClose(PublishedObjective, g.Evaluate(), PublishedRel, 0, "objective", "(ADBench test instance)");
    }

    [Fact]
    public void GradientMatchesPublishedValues()
    {
        GmmInstance g = Published();
        var (value, gradient) = Gradient(g);
        Approx.AssertClose(PublishedObjective, value, PublishedRel, 0, "objective", "(ADBench test instance)");
        Assert.Equal(PublishedGradient.Length, gradient.Length);
        for (int i = 0; i < gradient.Length; i++)
        {
            Approx.AssertClose(PublishedGradient[i], gradient[i], PublishedRel, 0, Name(g, i), "(ADBench test instance)");
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void GradientMatchesCentralDifferences(int seed)
    {
        // d = 3, K = 4, N = 20; a non-trivial Wishart m so that its term is exercised too.
        GmmInstance g = GmmInstance.Random(3, 4, 20, seed, wishartGamma: 1.3, wishartM: 2);
        var (value, gradient) = Gradient(g);
        Approx.SameValue(g.Evaluate(), value);

        double[] point = Flatten(g.Alphas, g.Means, g.Icf);
        Func<double[], double> f = p => Unflatten(g, p).Evaluate();
        string where = "(random d=3 K=4 N=20, seed " + seed + ")";
        for (int i = 0; i < point.Length; i++)
        {
            double expected = FiniteDifference.Partial(f, point, i);
            // Central differences with h = 1e-6: about 1e-8 absolute error at |objective| ≈ 100, so the
            // bar is 1e-6 relative with a floor of 1e-6 for partials near zero.
            Approx.AssertClose(expected, gradient[i], 1e-6, 1e-6, Name(g, i), where);
        }
    }

    [Fact]
    public void GradientMatchesCentralDifferencesOnTheWholePublishedFile()
    {
        // All 100 points of gmm1.txt (ADBench publishes no gradient for it; this checks the generated
        // gradient on real ADBench data with N > 1).
        GmmInstance g = GmmInstance.FromResource("gmm1.txt");
        Assert.Equal(100, g.N);
        var (_, gradient) = Gradient(g);
        double[] point = Flatten(g.Alphas, g.Means, g.Icf);
        Func<double[], double> f = p => Unflatten(g, p).Evaluate();
        for (int i = 0; i < point.Length; i++)
        {
            Approx.AssertClose(FiniteDifference.Partial(f, point, i), gradient[i], 1e-6, 1e-6, Name(g, i), "(gmm1.txt, N=100)");
        }
    }

    [Fact]
    public void BackwardAddsSeedTimesGradientIntoAccumulators()
    {
        GmmInstance g = GmmInstance.Random(3, 4, 20, seed: 11, wishartGamma: 0.8, wishartM: 1);
        var (value, gradient) = Gradient(g);

        const double Seed = -2.75;
        var start = new Random(5);
        double[] dAlphas = Start(g.Alphas.Length, start), dMeans = Start(g.Means.Length, start), dIcf = Start(g.Icf.Length, start);
        double[] before = Flatten(dAlphas, dMeans, dIcf);

        double returned = GmmObjective.ObjectiveBackward(g.Alphas, g.Means, g.Icf, g.X, g.D, g.K, g.N,
            g.WishartGamma, g.WishartM, g.Constant, Seed, dAlphas, dMeans, dIcf);

        Assert.Equal(value, returned); // the value, not seed·value
        double[] after = Flatten(dAlphas, dMeans, dIcf);
        for (int i = 0; i < after.Length; i++)
        {
            Approx.AssertClose(before[i] + Seed * gradient[i], after[i], 1e-12, 1e-13, Name(g, i), "(Backward, seed -2.75)");
        }
    }

    [Fact]
    public void BackwardWithSeedOneOnZeroAccumulatorsIsTheGradient()
    {
        GmmInstance g = GmmInstance.Random(2, 5, 7, seed: 3);
        var (_, gradient) = Gradient(g);
        var dAlphas = new double[g.Alphas.Length];
        var dMeans = new double[g.Means.Length];
        var dIcf = new double[g.Icf.Length];
        GmmObjective.ObjectiveBackward(g.Alphas, g.Means, g.Icf, g.X, g.D, g.K, g.N,
            g.WishartGamma, g.WishartM, g.Constant, 1.0, dAlphas, dMeans, dIcf);
        Assert.Equal(gradient, Flatten(dAlphas, dMeans, dIcf));
    }

    [Fact]
    public void StreamingLogSumExpIsStableForFarApartComponents()
    {
        // Components so far from the point that exp(term) underflows: the streaming log-sum-exp keeps
        // the value finite, and the gradient stays the finite-difference one.
        GmmInstance g = GmmInstance.Random(2, 3, 4, seed: 9);
        for (int i = 0; i < g.Means.Length; i++) g.Means[i] = (30.0 + i) * (i % 2 == 0 ? 1 : -1);
        double value = g.Evaluate();
        Assert.True(double.IsFinite(value), $"objective {value}");
        for (int ik = 0; ik < g.K; ik++)
        {
            // Every component's term is below log(double.Epsilon) ≈ -745 at every point.
            for (int ix = 0; ix < g.N; ix++) Assert.True(Term(g, ix, ik) < -745, $"term({ix}, {ik}) = {Term(g, ix, ik)}");
        }
        var (_, gradient) = Gradient(g);
        double[] point = Flatten(g.Alphas, g.Means, g.Icf);
        Func<double[], double> f = p => Unflatten(g, p).Evaluate();
        for (int i = 0; i < point.Length; i++)
        {
            Assert.True(double.IsFinite(gradient[i]), Name(g, i) + " is not finite");
            // |objective| ≈ 1e4 here, so the central difference itself is only good to ≈ 1e-16·1e4/1e-6 = 1e-6.
            Approx.AssertClose(FiniteDifference.Partial(f, point, i), gradient[i], 1e-6, 1e-5, Name(g, i), "(far components)");
        }
    }

    // alpha_k + Σ_j q_kj − ½‖Q_k (x_i − μ_k)‖², written out with Q as a matrix (an independent re-statement).
    private static double Term(GmmInstance g, int ix, int ik)
    {
        int d = g.D, off = ik * g.IcfSize;
        var q = new double[d, d];
        int next = off + d;
        for (int col = 0; col < d; col++)
        {
            q[col, col] = Math.Exp(g.Icf[off + col]);
            for (int row = col + 1; row < d; row++) q[row, col] = g.Icf[next++];
        }
        double sumQ = 0, sq = 0;
        for (int j = 0; j < d; j++)
        {
            sumQ += g.Icf[off + j];
            double r = 0;
            for (int i = 0; i < d; i++) r += q[j, i] * (g.X[ix * d + i] - g.Means[ik * d + i]);
            sq += r * r;
        }
        return g.Alphas[ik] + sumQ - 0.5 * sq;
    }

    [Theory]
    [InlineData(1.0, 0.0)]
    [InlineData(0.5, 0.57236494292470008)]  // log √π
    [InlineData(5.0, 3.1780538303479458)]   // log 24
    [InlineData(4.5, 2.4537365708424423)]   // log(105√π/16)
    public void LogGammaOfHalfInteger(double z, double expected) =>
        Approx.AssertClose(expected, GmmObjective.LogGammaOfHalfInteger(z), 1e-15, 1e-16, "log Γ", "(z=" + z + ")");

    private static (double Value, double[] Gradient) Gradient(GmmInstance g)
    {
        var dAlphas = new double[g.Alphas.Length];
        var dMeans = new double[g.Means.Length];
        var dIcf = new double[g.Icf.Length];
        double value = GmmObjective.ObjectiveGradient(g.Alphas, g.Means, g.Icf, g.X, g.D, g.K, g.N,
            g.WishartGamma, g.WishartM, g.Constant, dAlphas, dMeans, dIcf);
        return (value, Flatten(dAlphas, dMeans, dIcf));
    }

    private static double[] Flatten(double[] a, double[] b, double[] c)
    {
        var all = new double[a.Length + b.Length + c.Length];
        a.CopyTo(all, 0);
        b.CopyTo(all, a.Length);
        c.CopyTo(all, a.Length + b.Length);
        return all;
    }

    private static GmmInstance Unflatten(GmmInstance g, double[] p) => new()
    {
        D = g.D, K = g.K, N = g.N, X = g.X, WishartGamma = g.WishartGamma, WishartM = g.WishartM,
        Alphas = p[..g.K], Means = p[g.K..(g.K + g.K * g.D)], Icf = p[(g.K + g.K * g.D)..],
    };

    private static double[] Start(int length, Random random)
    {
        var values = new double[length];
        for (int i = 0; i < length; i++) values[i] = 4.0 * random.NextDouble() - 2.0;
        return values;
    }

    private static string Name(GmmInstance g, int i) =>
        i < g.K ? $"alphas[{i}]" : i < g.K + g.K * g.D ? $"means[{i - g.K}]" : $"icf[{i - g.K - g.K * g.D}]";
}
