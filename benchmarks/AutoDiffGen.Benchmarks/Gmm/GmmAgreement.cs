using System;
using System.Globalization;
using AutoDiffGen.Functional.Tests.Gmm;

namespace AutoDiffGen.Benchmarks.Gmm;

/// <summary>
/// Before timing: the generated and hand-written GMM gradients (and objectives) must be the same
/// function to 1e-10 relative, otherwise the comparison means nothing.
/// </summary>
public static class GmmAgreement
{
    private const double Tolerance = 1e-10;

    /// <summary>Both benchmark sizes plus a few small problems with a non-trivial Wishart prior.</summary>
    public static void Check()
    {
        foreach (GmmSize size in GmmBenchmarks.Sizes) Check(GmmProblem.Random(size, seed: 31337));
        Check(GmmProblem.Random(new GmmSize(3, 4, 20), seed: 1, wishartGamma: 1.3, wishartM: 2));
        Check(GmmProblem.Random(new GmmSize(1, 1, 5), seed: 2, wishartGamma: 0.7, wishartM: 1));
        Check(GmmProblem.Random(new GmmSize(7, 3, 50), seed: 3));
    }

    public static void Check(GmmProblem p)
    {
        var gen = new double[3][] { new double[p.Alphas.Length], new double[p.Means.Length], new double[p.Icf.Length] };
        var hand = new double[3][] { new double[p.Alphas.Length], new double[p.Means.Length], new double[p.Icf.Length] };
        double objective = GmmObjective.Objective(p.Alphas, p.Means, p.Icf, p.X, p.D, p.K, p.N, p.WishartGamma, p.WishartM, p.Constant);
        double handObjective = HandWrittenGmm.Objective(p.Alphas, p.Means, p.Icf, p.X, p.D, p.K, p.N, p.WishartGamma, p.WishartM, p.Constant);
        double generated = GmmObjective.ObjectiveGradient(p.Alphas, p.Means, p.Icf, p.X, p.D, p.K, p.N, p.WishartGamma, p.WishartM, p.Constant,
            gen[0], gen[1], gen[2]);
        double byHand = HandWrittenGmm.Gradient(p.Alphas, p.Means, p.Icf, p.X, p.D, p.K, p.N, p.WishartGamma, p.WishartM, p.Constant,
            hand[0], hand[1], hand[2]);
        string where = string.Create(CultureInfo.InvariantCulture, $"GMM d={p.D} K={p.K} N={p.N}");
        if (generated != objective)
        {
            throw new InvalidOperationException($"{where}: the generated gradient returns {generated:R}, the objective is {objective:R}.");
        }
        Compare(where, "objective (hand-written forward)", objective, handObjective);
        Compare(where, "objective (hand-written gradient)", objective, byHand);
        string[] names = { "alphas", "means", "icf" };
        for (int a = 0; a < 3; a++)
        {
            for (int i = 0; i < gen[a].Length; i++) Compare(where, $"d{names[a]}[{i}]", gen[a][i], hand[a][i]);
        }
    }

    private static void Compare(string where, string what, double generated, double byHand)
    {
        if (!(Math.Abs(generated - byHand) <= Tolerance * Math.Abs(byHand)))
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture,
                $"{where}: generated and hand-written disagree on {what}: {generated:R} vs {byHand:R} (relative {Math.Abs(generated - byHand) / Math.Abs(byHand):E2})."));
        }
    }
}
