using System;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace AutoDiffGen.Benchmarks;

/// <summary>
/// What each stability rewrite costs in the ordinary range (issue goal: stable ≤ 1.2× naive). For each
/// catalogue entry, the generated gradient of the same naive formula (<see cref="StabilityCost"/>) with
/// rewrites on (Stable) and off (Naive, the baseline of its category, so the Ratio column is the cost),
/// over <see cref="StabilityCostInputs.Count"/> inputs. Value and every gradient output are summed
/// into the return value so that no work is dead.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class StabilityCostBenchmarks
{
    private readonly StabilityCostInputs _in = new(seed: 11);

    /// <summary>Times only pairs that compute the same function here (to 1e-12), or the ratio compares different work.</summary>
    [GlobalSetup]
    public void CheckAgreement() => StabilityCostAgreement.Check(_in);

    [Benchmark(Baseline = true), BenchmarkCategory("R01 Sigmoid")]
    public double SigmoidNaive()
    {
        double[] x = _in.X;
        double sum = 0;
        for (int i = 0; i < x.Length; i++)
        {
            sum += StabilityCost.SigmoidAsWrittenGradient(x[i], out double dX) + dX;
        }

        return sum;
    }

    [Benchmark, BenchmarkCategory("R01 Sigmoid")]
    public double SigmoidStable()
    {
        double[] x = _in.X;
        double sum = 0;
        for (int i = 0; i < x.Length; i++)
        {
            sum += StabilityCost.SigmoidGradient(x[i], out double dX) + dX;
        }

        return sum;
    }

    [Benchmark(Baseline = true), BenchmarkCategory("R02 LogSigmoid")]
    public double LogSigmoidNaive()
    {
        double[] x = _in.X;
        double sum = 0;
        for (int i = 0; i < x.Length; i++)
        {
            sum += StabilityCost.LogSigmoidAsWrittenGradient(x[i], out double dX) + dX;
        }

        return sum;
    }

    [Benchmark, BenchmarkCategory("R02 LogSigmoid")]
    public double LogSigmoidStable()
    {
        double[] x = _in.X;
        double sum = 0;
        for (int i = 0; i < x.Length; i++)
        {
            sum += StabilityCost.LogSigmoidGradient(x[i], out double dX) + dX;
        }

        return sum;
    }

    [Benchmark(Baseline = true), BenchmarkCategory("R03 Softplus")]
    public double SoftplusNaive()
    {
        double[] x = _in.X;
        double sum = 0;
        for (int i = 0; i < x.Length; i++)
        {
            sum += StabilityCost.SoftplusAsWrittenGradient(x[i], out double dX) + dX;
        }

        return sum;
    }

    [Benchmark, BenchmarkCategory("R03 Softplus")]
    public double SoftplusStable()
    {
        double[] x = _in.X;
        double sum = 0;
        for (int i = 0; i < x.Length; i++)
        {
            sum += StabilityCost.SoftplusGradient(x[i], out double dX) + dX;
        }

        return sum;
    }

    [Benchmark(Baseline = true), BenchmarkCategory("R04 LogOneMinusSigmoid")]
    public double LogOneMinusSigmoidNaive()
    {
        double[] x = _in.X;
        double sum = 0;
        for (int i = 0; i < x.Length; i++)
        {
            sum += StabilityCost.LogOneMinusSigmoidAsWrittenGradient(x[i], out double dX) + dX;
        }

        return sum;
    }

    [Benchmark, BenchmarkCategory("R04 LogOneMinusSigmoid")]
    public double LogOneMinusSigmoidStable()
    {
        double[] x = _in.X;
        double sum = 0;
        for (int i = 0; i < x.Length; i++)
        {
            sum += StabilityCost.LogOneMinusSigmoidGradient(x[i], out double dX) + dX;
        }

        return sum;
    }

    [Benchmark(Baseline = true), BenchmarkCategory("R05 CrossEntropy")]
    public double CrossEntropyNaive()
    {
        double[] a = _in.X, b = _in.Label;
        double sum = 0;
        for (int i = 0; i < a.Length; i++)
        {
            sum += StabilityCost.CrossEntropyAsWrittenGradient(a[i], b[i], out double dA) + dA;
        }

        return sum;
    }

    [Benchmark, BenchmarkCategory("R05 CrossEntropy")]
    public double CrossEntropyStable()
    {
        double[] a = _in.X, b = _in.Label;
        double sum = 0;
        for (int i = 0; i < a.Length; i++)
        {
            sum += StabilityCost.CrossEntropyGradient(a[i], b[i], out double dA) + dA;
        }

        return sum;
    }

    [Benchmark(Baseline = true), BenchmarkCategory("R06 LogAddExp")]
    public double LogAddExpNaive()
    {
        double[] a = _in.X, b = _in.Y;
        double sum = 0;
        for (int i = 0; i < a.Length; i++)
        {
            sum += StabilityCost.LogAddExpAsWrittenGradient(a[i], b[i], out double dA, out double dB) + dA + dB;
        }

        return sum;
    }

    [Benchmark, BenchmarkCategory("R06 LogAddExp")]
    public double LogAddExpStable()
    {
        double[] a = _in.X, b = _in.Y;
        double sum = 0;
        for (int i = 0; i < a.Length; i++)
        {
            sum += StabilityCost.LogAddExpGradient(a[i], b[i], out double dA, out double dB) + dA + dB;
        }

        return sum;
    }

    [Benchmark(Baseline = true), BenchmarkCategory("R07 LogSumExp")]
    public double LogSumExpNaive()
    {
        double[] x = _in.X;
        Span<double> dX = stackalloc double[StabilityCostInputs.GroupSize];
        double sum = 0;
        for (int start = 0; start < x.Length; start += StabilityCostInputs.GroupSize)
        {
            sum += StabilityCost.LogSumExpAsWrittenGradient(x.AsSpan(start, StabilityCostInputs.GroupSize), dX);
            foreach (double d in dX)
            {
                sum += d;
            }
        }

        return sum;
    }

    [Benchmark, BenchmarkCategory("R07 LogSumExp")]
    public double LogSumExpStable()
    {
        double[] x = _in.X;
        Span<double> dX = stackalloc double[StabilityCostInputs.GroupSize];
        double sum = 0;
        for (int start = 0; start < x.Length; start += StabilityCostInputs.GroupSize)
        {
            sum += StabilityCost.LogSumExpGradient(x.AsSpan(start, StabilityCostInputs.GroupSize), dX);
            foreach (double d in dX)
            {
                sum += d;
            }
        }

        return sum;
    }

    [Benchmark(Baseline = true), BenchmarkCategory("R18 NormLoop")]
    public double NormLoopNaive()
    {
        double[] x = _in.X;
        Span<double> dX = stackalloc double[StabilityCostInputs.GroupSize];
        double sum = 0;
        for (int start = 0; start < x.Length; start += StabilityCostInputs.GroupSize)
        {
            sum += StabilityCost.NormLoopAsWrittenGradient(x.AsSpan(start, StabilityCostInputs.GroupSize), dX);
            foreach (double d in dX)
            {
                sum += d;
            }
        }

        return sum;
    }

    [Benchmark, BenchmarkCategory("R18 NormLoop")]
    public double NormLoopStable()
    {
        double[] x = _in.X;
        Span<double> dX = stackalloc double[StabilityCostInputs.GroupSize];
        double sum = 0;
        for (int start = 0; start < x.Length; start += StabilityCostInputs.GroupSize)
        {
            sum += StabilityCost.NormLoopGradient(x.AsSpan(start, StabilityCostInputs.GroupSize), dX);
            foreach (double d in dX)
            {
                sum += d;
            }
        }

        return sum;
    }

    [Benchmark(Baseline = true), BenchmarkCategory("R16 LogOfProductLoop")]
    public double LogOfProductLoopNaive()
    {
        double[] x = _in.Positive;
        Span<double> dX = stackalloc double[StabilityCostInputs.GroupSize];
        double sum = 0;
        for (int start = 0; start < x.Length; start += StabilityCostInputs.GroupSize)
        {
            sum += StabilityCost.LogOfProductLoopAsWrittenGradient(x.AsSpan(start, StabilityCostInputs.GroupSize), dX);
            foreach (double d in dX)
            {
                sum += d;
            }
        }

        return sum;
    }

    [Benchmark, BenchmarkCategory("R16 LogOfProductLoop")]
    public double LogOfProductLoopStable()
    {
        double[] x = _in.Positive;
        Span<double> dX = stackalloc double[StabilityCostInputs.GroupSize];
        double sum = 0;
        for (int start = 0; start < x.Length; start += StabilityCostInputs.GroupSize)
        {
            sum += StabilityCost.LogOfProductLoopGradient(x.AsSpan(start, StabilityCostInputs.GroupSize), dX);
            foreach (double d in dX)
            {
                sum += d;
            }
        }

        return sum;
    }

    [Benchmark(Baseline = true), BenchmarkCategory("R11 Log1p")]
    public double Log1pNaive()
    {
        double[] x = _in.Positive;
        double sum = 0;
        for (int i = 0; i < x.Length; i++)
        {
            sum += StabilityCost.Log1pAsWrittenGradient(x[i], out double dX) + dX;
        }

        return sum;
    }

    [Benchmark, BenchmarkCategory("R11 Log1p")]
    public double Log1pStable()
    {
        double[] x = _in.Positive;
        double sum = 0;
        for (int i = 0; i < x.Length; i++)
        {
            sum += StabilityCost.Log1pGradient(x[i], out double dX) + dX;
        }

        return sum;
    }

    [Benchmark(Baseline = true), BenchmarkCategory("R12 Expm1")]
    public double Expm1Naive()
    {
        double[] x = _in.X;
        double sum = 0;
        for (int i = 0; i < x.Length; i++)
        {
            sum += StabilityCost.Expm1AsWrittenGradient(x[i], out double dX) + dX;
        }

        return sum;
    }

    [Benchmark, BenchmarkCategory("R12 Expm1")]
    public double Expm1Stable()
    {
        double[] x = _in.X;
        double sum = 0;
        for (int i = 0; i < x.Length; i++)
        {
            sum += StabilityCost.Expm1Gradient(x[i], out double dX) + dX;
        }

        return sum;
    }

    [Benchmark(Baseline = true), BenchmarkCategory("R17 Hypot")]
    public double HypotNaive()
    {
        double[] a = _in.X, b = _in.Y;
        double sum = 0;
        for (int i = 0; i < a.Length; i++)
        {
            sum += StabilityCost.HypotAsWrittenGradient(a[i], b[i], out double dA, out double dB) + dA + dB;
        }

        return sum;
    }

    [Benchmark, BenchmarkCategory("R17 Hypot")]
    public double HypotStable()
    {
        double[] a = _in.X, b = _in.Y;
        double sum = 0;
        for (int i = 0; i < a.Length; i++)
        {
            sum += StabilityCost.HypotGradient(a[i], b[i], out double dA, out double dB) + dA + dB;
        }

        return sum;
    }

    [Benchmark(Baseline = true), BenchmarkCategory("R20 Xlogy")]
    public double XlogyNaive()
    {
        double[] a = _in.X, b = _in.Positive;
        double sum = 0;
        for (int i = 0; i < a.Length; i++)
        {
            sum += StabilityCost.XlogyAsWrittenGradient(a[i], b[i], out double dA, out double dB) + dA + dB;
        }

        return sum;
    }

    [Benchmark, BenchmarkCategory("R20 Xlogy")]
    public double XlogyStable()
    {
        double[] a = _in.X, b = _in.Positive;
        double sum = 0;
        for (int i = 0; i < a.Length; i++)
        {
            sum += StabilityCost.XlogyGradient(a[i], b[i], out double dA, out double dB) + dA + dB;
        }

        return sum;
    }

    [Benchmark(Baseline = true), BenchmarkCategory("R22 LogCosh")]
    public double LogCoshNaive()
    {
        double[] x = _in.X;
        double sum = 0;
        for (int i = 0; i < x.Length; i++)
        {
            sum += StabilityCost.LogCoshAsWrittenGradient(x[i], out double dX) + dX;
        }

        return sum;
    }

    [Benchmark, BenchmarkCategory("R22 LogCosh")]
    public double LogCoshStable()
    {
        double[] x = _in.X;
        double sum = 0;
        for (int i = 0; i < x.Length; i++)
        {
            sum += StabilityCost.LogCoshGradient(x[i], out double dX) + dX;
        }

        return sum;
    }

    [Benchmark(Baseline = true), BenchmarkCategory("R33 PowSquare")]
    public double PowSquareNaive()
    {
        double[] x = _in.X;
        double sum = 0;
        for (int i = 0; i < x.Length; i++)
        {
            sum += StabilityCost.PowSquareAsWrittenGradient(x[i], out double dX) + dX;
        }

        return sum;
    }

    [Benchmark, BenchmarkCategory("R33 PowSquare")]
    public double PowSquareStable()
    {
        double[] x = _in.X;
        double sum = 0;
        for (int i = 0; i < x.Length; i++)
        {
            sum += StabilityCost.PowSquareGradient(x[i], out double dX) + dX;
        }

        return sum;
    }

    [Benchmark(Baseline = true), BenchmarkCategory("R33 PowHalf")]
    public double PowHalfNaive()
    {
        double[] x = _in.Positive;
        double sum = 0;
        for (int i = 0; i < x.Length; i++)
        {
            sum += StabilityCost.PowHalfAsWrittenGradient(x[i], out double dX) + dX;
        }

        return sum;
    }

    [Benchmark, BenchmarkCategory("R33 PowHalf")]
    public double PowHalfStable()
    {
        double[] x = _in.Positive;
        double sum = 0;
        for (int i = 0; i < x.Length; i++)
        {
            sum += StabilityCost.PowHalfGradient(x[i], out double dX) + dX;
        }

        return sum;
    }
}
