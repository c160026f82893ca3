using System;
using BenchmarkDotNet.Attributes;

namespace AutoDiffGen.Benchmarks;

/// <summary>
/// One forward+backward step of a 16-32-1 MLP on one sample: the forward loss alone, the generated
/// gradient (Vec pullbacks called from the generated backward pass) and a hand-written TensorPrimitives
/// gradient. The two gradients are checked to agree before timing.
/// </summary>
[MemoryDiagnoser]
public class MlpBenchmarks
{
    private readonly double[] _w1 = new double[Mlp.Hidden * Mlp.Inputs];
    private readonly double[] _b1 = new double[Mlp.Hidden];
    private readonly double[] _w2 = new double[Mlp.Hidden];
    private readonly double[] _b2 = { 0.1 };
    private readonly double[] _x = new double[Mlp.Inputs];
    private readonly double[] _y = { 1.0 };
    private readonly double[] _dW1 = new double[Mlp.Hidden * Mlp.Inputs];
    private readonly double[] _dB1 = new double[Mlp.Hidden];
    private readonly double[] _dW2 = new double[Mlp.Hidden];
    private readonly double[] _dB2 = new double[1];
    private readonly HandWrittenMlpGradient _handWritten = new();

    public MlpBenchmarks()
    {
        var random = new Random(42);
        void Fill(double[] v, double scale)
        {
            for (int i = 0; i < v.Length; i++) v[i] = scale * (2 * random.NextDouble() - 1);
        }
        Fill(_w1, 0.5);
        Fill(_b1, 0.1);
        Fill(_w2, 0.5);
        Fill(_x, 1.0);
    }

    [GlobalSetup]
    public void CheckGeneratedAgreesWithHandWritten()
    {
        double[] dW1 = new double[_dW1.Length], dB1 = new double[_dB1.Length], dW2 = new double[_dW2.Length], dB2 = new double[1];
        double generated = Mlp.LossGradient(_w1, _b1, _w2, _b2, _x, _y, dW1, dB1, dW2, dB2);
        double hand = _handWritten.Loss(_w1, _b1, _w2, _b2, _x, _y, _dW1, _dB1, _dW2, _dB2);
        Agree(generated, hand, "loss");
        for (int i = 0; i < dW1.Length; i++) Agree(dW1[i], _dW1[i], "dW1");
        for (int i = 0; i < dB1.Length; i++) Agree(dB1[i], _dB1[i], "dB1");
        for (int i = 0; i < dW2.Length; i++) Agree(dW2[i], _dW2[i], "dW2");
        Agree(dB2[0], _dB2[0], "dB2");
    }

    private static void Agree(double a, double b, string what)
    {
        if (Math.Abs(a - b) > 1e-12 * Math.Max(1.0, Math.Abs(a)))
        {
            throw new InvalidOperationException($"MLP gradients disagree on {what}: generated {a:R}, hand-written {b:R}.");
        }
    }

    [Benchmark]
    public double Forward() => Mlp.Loss(_w1, _b1, _w2, _b2, _x, _y);

    [Benchmark]
    public double GeneratedGradient() => Mlp.LossGradient(_w1, _b1, _w2, _b2, _x, _y, _dW1, _dB1, _dW2, _dB2) + _dW1[0];

    [Benchmark(Baseline = true)]
    public double HandWrittenGradient() => _handWritten.Loss(_w1, _b1, _w2, _b2, _x, _y, _dW1, _dB1, _dW2, _dB2) + _dW1[0];
}
