using System;
using System.Globalization;
using AutoDiffGen.Functional.Tests.Gmm;

namespace AutoDiffGen.Benchmarks.Gmm;

/// <summary>A benchmark size; its text is what BenchmarkDotNet prints in the Size column.</summary>
public sealed record GmmSize(int D, int K, int N)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"d={D} K={K} N={N}");
}

/// <summary>A GMM problem in ADBench's layout with its constant term precomputed.</summary>
public sealed class GmmProblem
{
    public int D { get; init; }
    public int K { get; init; }
    public int N { get; init; }
    public double[] Alphas { get; init; } = Array.Empty<double>();
    public double[] Means { get; init; } = Array.Empty<double>();
    public double[] Icf { get; init; } = Array.Empty<double>();
    public double[] X { get; init; } = Array.Empty<double>();
    public double WishartGamma { get; init; }
    public int WishartM { get; init; }
    public double Constant { get; init; }

    /// <summary>Seeded data distributed as in ADBench's gmm-data-gen.py: alphas, icf, x ~ N(0, 1), means ~ U(0, 1), γ = 1, m = 0.</summary>
    public static GmmProblem Random(GmmSize size, int seed, double wishartGamma = 1.0, int wishartM = 0)
    {
        var random = new Random(seed);
        double Normal() => Math.Sqrt(-2.0 * Math.Log(1.0 - random.NextDouble())) * Math.Cos(2.0 * Math.PI * random.NextDouble());
        double[] Fill(int count, Func<double> draw)
        {
            var values = new double[count];
            for (int i = 0; i < count; i++) values[i] = draw();
            return values;
        }

        (int d, int k, int n) = (size.D, size.K, size.N);
        return new GmmProblem
        {
            D = d, K = k, N = n,
            Alphas = Fill(k, Normal),
            Means = Fill(k * d, random.NextDouble),
            Icf = Fill(k * (d * (d + 1) / 2), Normal),
            X = Fill(n * d, Normal),
            WishartGamma = wishartGamma, WishartM = wishartM,
            Constant = GmmObjective.Constant(d, k, n, wishartGamma, wishartM),
        };
    }
}
