using System.Collections.Generic;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using AutoDiffGen.Functional.Tests.Gmm;

namespace AutoDiffGen.Benchmarks.Gmm;

/// <summary>
/// The ADBench GMM objective (d = 2 and 10, K = 5, N = 1000; seeded data drawn like ADBench's
/// gmm-data-gen.py): the [Differentiable] objective, its generated gradient, and a hand-written gradient.
/// The number reported is gradient time / objective time, BenchmarkDotNet's Ratio column with
/// <see cref="Objective"/> as the baseline (ADBench: 1.9 for its hand-written gradient, 3.7 for
/// Tapenade; our target ≤ 2.5). <see cref="HandWrittenObjective"/> is the same objective with exp(q)
/// computed once per component instead of once per point, the faster denominator.
/// Run: dotnet run -c Release --project benchmarks/AutoDiffGen.Benchmarks -- --filter '*GmmBenchmarks*'
/// </summary>
[MemoryDiagnoser]
public class GmmBenchmarks
{
    private GmmProblem _p = null!;
    private double[] _dAlphas = null!, _dMeans = null!, _dIcf = null!;

    public static IEnumerable<GmmSize> Sizes => new[] { new GmmSize(2, 5, 1000), new GmmSize(10, 5, 1000) };

    [ParamsSource(nameof(Sizes))]
    public GmmSize Size { get; set; } = new GmmSize(2, 5, 1000);

    [GlobalSetup]
    public void Setup()
    {
        _p = GmmProblem.Random(Size, seed: 31337);
        _dAlphas = new double[_p.Alphas.Length];
        _dMeans = new double[_p.Means.Length];
        _dIcf = new double[_p.Icf.Length];
        GmmAgreement.Check(_p);
    }

    [Benchmark(Baseline = true)]
    public double Objective() =>
        GmmObjective.Objective(_p.Alphas, _p.Means, _p.Icf, _p.X, _p.D, _p.K, _p.N, _p.WishartGamma, _p.WishartM, _p.Constant);

    [Benchmark]
    public double HandWrittenObjective() =>
        HandWrittenGmm.Objective(_p.Alphas, _p.Means, _p.Icf, _p.X, _p.D, _p.K, _p.N, _p.WishartGamma, _p.WishartM, _p.Constant);

    [Benchmark]
    public double GeneratedGradient() =>
        GmmObjective.ObjectiveGradient(_p.Alphas, _p.Means, _p.Icf, _p.X, _p.D, _p.K, _p.N, _p.WishartGamma, _p.WishartM, _p.Constant,
            _dAlphas, _dMeans, _dIcf) + _dAlphas[0] + _dMeans[0] + _dIcf[0];

    [Benchmark]
    public double HandWrittenGradient() =>
        HandWrittenGmm.Gradient(_p.Alphas, _p.Means, _p.Icf, _p.X, _p.D, _p.K, _p.N, _p.WishartGamma, _p.WishartM, _p.Constant,
            _dAlphas, _dMeans, _dIcf) + _dAlphas[0] + _dMeans[0] + _dIcf[0];
}
