using System;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace AutoDiffGen.Benchmarks;

/// <summary>
/// Each StableMath function against the naive formula it replaces, on ordinary-range inputs (1024 values in
/// [−5, 5], seeded) where the naive formula is still accurate: the price of stability where it is not needed.
/// Each pair is a category, the naive form its baseline, so the Ratio column is stable / naive. Every result
/// is summed into the return value so nothing is dropped as dead code.
/// dotnet run -c Release --project benchmarks/AutoDiffGen.Benchmarks -- --filter '*StableMath*'
/// </summary>
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class StableMathBenchmarks
{
    private const int N = 1024;
    private readonly double[] _x = new double[N];     // [−5, 5]
    private readonly double[] _y = new double[N];     // [−5, 5], a second argument
    private readonly double[] _pos = new double[N];   // (0.01, 5]
    private readonly double[] _neg = new double[N];   // [−5, −0.01)
    private readonly double[] _unit = new double[N];  // [0, 1]
    private readonly double[] _scratch = new double[N];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20240611);
        for (int i = 0; i < N; i++)
        {
            _x[i] = random.NextDouble() * 10.0 - 5.0;
            _y[i] = random.NextDouble() * 10.0 - 5.0;
            _pos[i] = 0.01 + random.NextDouble() * 4.99;
            _neg[i] = -_pos[i];
            _unit[i] = random.NextDouble();
        }
    }

    // One line per benchmark: the loop and the formula, nothing shared, so each call inlines into its loop.
    [Benchmark(Baseline = true), BenchmarkCategory("Sigmoid")]
    public double SigmoidNaive() { double s = 0; foreach (double v in _x) s += 1.0 / (1.0 + Math.Exp(-v)); return s; }

    [Benchmark, BenchmarkCategory("Sigmoid")]
    public double SigmoidStable() { double s = 0; foreach (double v in _x) s += StableMath.Sigmoid(v); return s; }

    [Benchmark(Baseline = true), BenchmarkCategory("LogSigmoid")]
    public double LogSigmoidNaive() { double s = 0; foreach (double v in _x) s += Math.Log(1.0 / (1.0 + Math.Exp(-v))); return s; }

    [Benchmark, BenchmarkCategory("LogSigmoid")]
    public double LogSigmoidStable() { double s = 0; foreach (double v in _x) s += StableMath.LogSigmoid(v); return s; }

    [Benchmark(Baseline = true), BenchmarkCategory("Softplus")]
    public double SoftplusNaive() { double s = 0; foreach (double v in _x) s += Math.Log(1.0 + Math.Exp(v)); return s; }

    [Benchmark, BenchmarkCategory("Softplus")]
    public double SoftplusStable() { double s = 0; foreach (double v in _x) s += StableMath.Softplus(v); return s; }

    [Benchmark(Baseline = true), BenchmarkCategory("SoftplusInverse")]
    public double SoftplusInverseNaive() { double s = 0; foreach (double v in _pos) s += Math.Log(Math.Exp(v) - 1.0); return s; }

    [Benchmark, BenchmarkCategory("SoftplusInverse")]
    public double SoftplusInverseStable() { double s = 0; foreach (double v in _pos) s += StableMath.SoftplusInverse(v); return s; }

    [Benchmark(Baseline = true), BenchmarkCategory("Log1p")]
    public double Log1pNaive() { double s = 0; foreach (double v in _pos) s += Math.Log(1.0 + v); return s; }

    [Benchmark, BenchmarkCategory("Log1p")]
    public double Log1pDotNet() { double s = 0; foreach (double v in _pos) s += double.LogP1(v); return s; }

    [Benchmark, BenchmarkCategory("Log1p")]
    public double Log1pStable() { double s = 0; foreach (double v in _pos) s += StableMath.Log1p(v); return s; }

    [Benchmark(Baseline = true), BenchmarkCategory("Expm1")]
    public double Expm1Naive() { double s = 0; foreach (double v in _x) s += Math.Exp(v) - 1.0; return s; }

    [Benchmark, BenchmarkCategory("Expm1")]
    public double Expm1Stable() { double s = 0; foreach (double v in _x) s += StableMath.Expm1(v); return s; }

    [Benchmark(Baseline = true), BenchmarkCategory("Log1mexp")]
    public double Log1mexpNaive() { double s = 0; foreach (double v in _neg) s += Math.Log(1.0 - Math.Exp(v)); return s; }

    [Benchmark, BenchmarkCategory("Log1mexp")]
    public double Log1mexpStable() { double s = 0; foreach (double v in _neg) s += StableMath.Log1mexp(v); return s; }

    [Benchmark(Baseline = true), BenchmarkCategory("LogAddExp")]
    public double LogAddExpNaive() { double s = 0; for (int i = 0; i < N; i++) s += Math.Log(Math.Exp(_x[i]) + Math.Exp(_y[i])); return s; }

    [Benchmark, BenchmarkCategory("LogAddExp")]
    public double LogAddExpStable() { double s = 0; for (int i = 0; i < N; i++) s += StableMath.LogAddExp(_x[i], _y[i]); return s; }

    [Benchmark(Baseline = true), BenchmarkCategory("LogDiffExp")]
    public double LogDiffExpNaive() { double s = 0; for (int i = 0; i < N; i++) s += Math.Log(Math.Exp(_x[i]) - Math.Exp(_x[i] - _pos[i])); return s; }

    [Benchmark, BenchmarkCategory("LogDiffExp")]
    public double LogDiffExpStable() { double s = 0; for (int i = 0; i < N; i++) s += StableMath.LogDiffExp(_x[i], _x[i] - _pos[i]); return s; }

    [Benchmark(Baseline = true), BenchmarkCategory("LogSumExp")]
    public double LogSumExpNaive() { double s = 0; foreach (double v in _x) s += Math.Exp(v); return Math.Log(s); }

    [Benchmark, BenchmarkCategory("LogSumExp")]
    public double LogSumExpStable() => StableMath.LogSumExp(_x);

    [Benchmark(Baseline = true), BenchmarkCategory("Softmax")]
    public double SoftmaxNaive()
    {
        double sum = 0;
        for (int i = 0; i < N; i++) { _scratch[i] = Math.Exp(_x[i]); sum += _scratch[i]; }
        for (int i = 0; i < N; i++) _scratch[i] /= sum;
        return _scratch[N - 1];
    }

    [Benchmark, BenchmarkCategory("Softmax")]
    public double SoftmaxStable() { StableMath.Softmax(_x, _scratch); return _scratch[N - 1]; }

    [Benchmark(Baseline = true), BenchmarkCategory("LogSoftmax")]
    public double LogSoftmaxNaive()
    {
        double sum = 0;
        foreach (double v in _x) sum += Math.Exp(v);
        for (int i = 0; i < N; i++) _scratch[i] = Math.Log(Math.Exp(_x[i]) / sum);
        return _scratch[N - 1];
    }

    [Benchmark, BenchmarkCategory("LogSoftmax")]
    public double LogSoftmaxStable() { StableMath.LogSoftmax(_x, _scratch); return _scratch[N - 1]; }

    [Benchmark(Baseline = true), BenchmarkCategory("LogSumExpBackward")]
    public double LogSumExpBackwardNaive()
    {
        double sum = 0;
        foreach (double v in _x) sum += Math.Exp(v);
        for (int i = 0; i < N; i++) _scratch[i] += Math.Exp(_x[i]) / sum;
        return Math.Log(sum);
    }

    [Benchmark, BenchmarkCategory("LogSumExpBackward")]
    public double LogSumExpBackwardStable() => StableMath.LogSumExpBackward(_x, 1.0, _scratch);

    [Benchmark(Baseline = true), BenchmarkCategory("Hypot")]
    public double HypotNaive() { double s = 0; for (int i = 0; i < N; i++) s += Math.Sqrt(_x[i] * _x[i] + _y[i] * _y[i]); return s; }

    [Benchmark, BenchmarkCategory("Hypot")]
    public double HypotDotNet() { double s = 0; for (int i = 0; i < N; i++) s += double.Hypot(_x[i], _y[i]); return s; }

    [Benchmark, BenchmarkCategory("Hypot")]
    public double HypotStable() { double s = 0; for (int i = 0; i < N; i++) s += StableMath.Hypot(_x[i], _y[i]); return s; }

    [Benchmark(Baseline = true), BenchmarkCategory("Norm")]
    public double NormNaive() { double s = 0; foreach (double v in _x) s += v * v; return Math.Sqrt(s); }

    [Benchmark, BenchmarkCategory("Norm")]
    public double NormStable() => StableMath.Norm(_x);

    [Benchmark(Baseline = true), BenchmarkCategory("NormBackward")]
    public double NormBackwardNaive()
    {
        double s = 0;
        foreach (double v in _x) s += v * v;
        double n = Math.Sqrt(s);
        for (int i = 0; i < N; i++) _scratch[i] += _x[i] / n;
        return n;
    }

    [Benchmark, BenchmarkCategory("NormBackward")]
    public double NormBackwardStable() => StableMath.NormBackward(_x, 1.0, _scratch);

    [Benchmark(Baseline = true), BenchmarkCategory("Xlogy")]
    public double XlogyNaive() { double s = 0; for (int i = 0; i < N; i++) s += _x[i] * Math.Log(_pos[i]); return s; }

    [Benchmark, BenchmarkCategory("Xlogy")]
    public double XlogyStable() { double s = 0; for (int i = 0; i < N; i++) s += StableMath.Xlogy(_x[i], _pos[i]); return s; }

    [Benchmark(Baseline = true), BenchmarkCategory("Xlog1py")]
    public double Xlog1pyNaive() { double s = 0; for (int i = 0; i < N; i++) s += _x[i] * Math.Log(1.0 + _pos[i]); return s; }

    [Benchmark, BenchmarkCategory("Xlog1py")]
    public double Xlog1pyStable() { double s = 0; for (int i = 0; i < N; i++) s += StableMath.Xlog1py(_x[i], _pos[i]); return s; }

    [Benchmark(Baseline = true), BenchmarkCategory("LogCosh")]
    public double LogCoshNaive() { double s = 0; foreach (double v in _x) s += Math.Log(Math.Cosh(v)); return s; }

    [Benchmark, BenchmarkCategory("LogCosh")]
    public double LogCoshStable() { double s = 0; foreach (double v in _x) s += StableMath.LogCosh(v); return s; }

    [Benchmark(Baseline = true), BenchmarkCategory("Log1pSquare")]
    public double Log1pSquareNaive() { double s = 0; foreach (double v in _x) s += Math.Log(1.0 + v * v); return s; }

    [Benchmark, BenchmarkCategory("Log1pSquare")]
    public double Log1pSquareStable() { double s = 0; foreach (double v in _x) s += StableMath.Log1pSquare(v); return s; }

    [Benchmark(Baseline = true), BenchmarkCategory("OneMinusCos")]
    public double OneMinusCosNaive() { double s = 0; foreach (double v in _x) s += 1.0 - Math.Cos(v); return s; }

    [Benchmark, BenchmarkCategory("OneMinusCos")]
    public double OneMinusCosStable() { double s = 0; foreach (double v in _x) s += StableMath.OneMinusCos(v); return s; }

    [Benchmark(Baseline = true), BenchmarkCategory("Sinc")]
    public double SincNaive() { double s = 0; foreach (double v in _x) s += Math.Sin(v) / v; return s; }

    [Benchmark, BenchmarkCategory("Sinc")]
    public double SincStable() { double s = 0; foreach (double v in _x) s += StableMath.Sinc(v); return s; }

    [Benchmark(Baseline = true), BenchmarkCategory("Sqrt1pm1")]
    public double Sqrt1pm1Naive() { double s = 0; foreach (double v in _pos) s += Math.Sqrt(1.0 + v) - 1.0; return s; }

    [Benchmark, BenchmarkCategory("Sqrt1pm1")]
    public double Sqrt1pm1Stable() { double s = 0; foreach (double v in _pos) s += StableMath.Sqrt1pm1(v); return s; }

    [Benchmark(Baseline = true), BenchmarkCategory("BinaryCrossEntropy")]
    public double BinaryCrossEntropyNaive()
    {
        double s = 0;
        for (int i = 0; i < N; i++)
        {
            double p = 1.0 / (1.0 + Math.Exp(-_x[i]));
            s += -(_unit[i] * Math.Log(p) + (1.0 - _unit[i]) * Math.Log(1.0 - p));
        }

        return s;
    }

    [Benchmark, BenchmarkCategory("BinaryCrossEntropy")]
    public double BinaryCrossEntropyStable() { double s = 0; for (int i = 0; i < N; i++) s += StableMath.BinaryCrossEntropyWithLogits(_x[i], _unit[i]); return s; }

    [Benchmark(Baseline = true), BenchmarkCategory("SigmoidDerivative")]
    public double SigmoidDerivativeNaive() { double s = 0; foreach (double v in _x) { double y = 1.0 / (1.0 + Math.Exp(-v)); s += y * (1.0 - y); } return s; }

    [Benchmark, BenchmarkCategory("SigmoidDerivative")]
    public double SigmoidDerivativeStable() { double s = 0; foreach (double v in _x) s += StableMath.SigmoidDerivative(v); return s; }

    [Benchmark(Baseline = true), BenchmarkCategory("TanhDerivative")]
    public double TanhDerivativeNaive() { double s = 0; foreach (double v in _x) { double t = Math.Tanh(v); s += 1.0 - t * t; } return s; }

    [Benchmark, BenchmarkCategory("TanhDerivative")]
    public double TanhDerivativeStable() { double s = 0; foreach (double v in _x) s += StableMath.TanhDerivative(v); return s; }

    [Benchmark(Baseline = true), BenchmarkCategory("SincDerivative")]
    public double SincDerivativeNaive() { double s = 0; foreach (double v in _x) s += (v * Math.Cos(v) - Math.Sin(v)) / (v * v); return s; }

    [Benchmark, BenchmarkCategory("SincDerivative")]
    public double SincDerivativeStable() { double s = 0; foreach (double v in _x) s += StableMath.SincDerivative(v); return s; }

    [Benchmark(Baseline = true), BenchmarkCategory("Log1pSquareDerivative")]
    public double Log1pSquareDerivativeNaive() { double s = 0; foreach (double v in _x) s += 2.0 * v / (1.0 + v * v); return s; }

    [Benchmark, BenchmarkCategory("Log1pSquareDerivative")]
    public double Log1pSquareDerivativeStable() { double s = 0; foreach (double v in _x) s += StableMath.Log1pSquareDerivative(v); return s; }

    [Benchmark(Baseline = true), BenchmarkCategory("LogAddExpPartial")]
    public double LogAddExpPartialNaive() { double s = 0; for (int i = 0; i < N; i++) { double ea = Math.Exp(_x[i]); s += ea / (ea + Math.Exp(_y[i])); } return s; }

    [Benchmark, BenchmarkCategory("LogAddExpPartial")]
    public double LogAddExpPartialStable()
    {
        double s = 0;
        for (int i = 0; i < N; i++) s += StableMath.LogAddExpPartial(_x[i], StableMath.LogAddExp(_x[i], _y[i]));
        return s;
    }
}
