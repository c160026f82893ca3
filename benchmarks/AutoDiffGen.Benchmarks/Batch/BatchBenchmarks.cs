using System;
using AutoDiffGen;
using BenchmarkDotNet.Attributes;

namespace AutoDiffGen.Benchmarks.Batch;

/// <summary>
/// The toy model's summed gradient over a batch: the generated batched gradient, the generated scalar
/// gradient in a loop over the samples, and a hand-written chunked TensorPrimitives gradient (baseline).
/// Goals (issue 5): batched ≤ 1.25× the hand-written TensorPrimitives time, ≥ 4× faster than the scalar loop.
/// </summary>
[MemoryDiagnoser]
public class BatchBenchmarks
{
    private static readonly double[] P = { 0.3, 1.2, -0.4, 0.8, 0.5, -0.7, 0.2, 1.5 };
    private double[] x = Array.Empty<double>(), y = Array.Empty<double>();
    private readonly double[] gradient = new double[8];
    private readonly HandWrittenBatchGradient<double> handWritten = new();

    [Params(100, 10_000, 1_000_000)]
    public int Samples { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        (x, y) = BatchData.Make(Samples);
        BatchAgreement.Check(x, y, P);
    }

    [Benchmark]
    public double GeneratedBatch()
    {
        double loss = BatchToyModel.LossBatchGradient(x, y, P[0], P[1], P[2], P[3], P[4], P[5], P[6], P[7],
            out double d0, out double d1, out double d2, out double d3, out double d4, out double d5, out double d6, out double d7);
        return loss + d0 + d1 + d2 + d3 + d4 + d5 + d6 + d7;
    }

    [Benchmark]
    public double GeneratedBatchParallel()
    {
        double loss = BatchToyModel.LossBatchGradient(x, y, P[0], P[1], P[2], P[3], P[4], P[5], P[6], P[7],
            out double d0, out double d1, out double d2, out double d3, out double d4, out double d5, out double d6, out double d7,
            BatchOptions.Parallel);
        return loss + d0 + d1 + d2 + d3 + d4 + d5 + d6 + d7;
    }

    [Benchmark]
    public double GeneratedScalarLoop()
    {
        double d0 = 0, d1 = 0, d2 = 0, d3 = 0, d4 = 0, d5 = 0, d6 = 0, d7 = 0, loss = 0;
        for (int i = 0; i < x.Length; i++)
        {
            loss += BatchToyModel.LossBackward(x[i], y[i], P[0], P[1], P[2], P[3], P[4], P[5], P[6], P[7], 1.0,
                ref d0, ref d1, ref d2, ref d3, ref d4, ref d5, ref d6, ref d7);
        }
        return loss + d0 + d1 + d2 + d3 + d4 + d5 + d6 + d7;
    }

    [Benchmark(Baseline = true)]
    public double HandWrittenTensorPrimitives()
    {
        double loss = handWritten.Loss(x, y, P, gradient);
        return loss + gradient[0] + gradient[7];
    }
}

/// <summary>The same in float.</summary>
[MemoryDiagnoser]
public class BatchFloatBenchmarks
{
    private static readonly float[] P = { 0.3f, 1.2f, -0.4f, 0.8f, 0.5f, -0.7f, 0.2f, 1.5f };
    private float[] x = Array.Empty<float>(), y = Array.Empty<float>();
    private readonly float[] gradient = new float[8];
    private readonly HandWrittenBatchGradient<float> handWritten = new();

    [Params(100, 10_000, 1_000_000)]
    public int Samples { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        (double[] xd, double[] yd) = BatchData.Make(Samples);
        x = Array.ConvertAll(xd, v => (float)v);
        y = Array.ConvertAll(yd, v => (float)v);
    }

    [Benchmark]
    public float GeneratedBatch()
    {
        float loss = BatchToyModel.LossFloatBatchGradient(x, y, P[0], P[1], P[2], P[3], P[4], P[5], P[6], P[7],
            out float d0, out float d1, out float d2, out float d3, out float d4, out float d5, out float d6, out float d7);
        return loss + d0 + d1 + d2 + d3 + d4 + d5 + d6 + d7;
    }

    [Benchmark]
    public float GeneratedBatchParallel()
    {
        float loss = BatchToyModel.LossFloatBatchGradient(x, y, P[0], P[1], P[2], P[3], P[4], P[5], P[6], P[7],
            out float d0, out float d1, out float d2, out float d3, out float d4, out float d5, out float d6, out float d7,
            BatchOptions.Parallel);
        return loss + d0 + d1 + d2 + d3 + d4 + d5 + d6 + d7;
    }

    [Benchmark]
    public float GeneratedScalarLoop()
    {
        float d0 = 0, d1 = 0, d2 = 0, d3 = 0, d4 = 0, d5 = 0, d6 = 0, d7 = 0, loss = 0;
        for (int i = 0; i < x.Length; i++)
        {
            loss += BatchToyModel.LossFloatBackward(x[i], y[i], P[0], P[1], P[2], P[3], P[4], P[5], P[6], P[7], 1f,
                ref d0, ref d1, ref d2, ref d3, ref d4, ref d5, ref d6, ref d7);
        }
        return loss + d0 + d1 + d2 + d3 + d4 + d5 + d6 + d7;
    }

    [Benchmark(Baseline = true)]
    public float HandWrittenTensorPrimitives()
    {
        float loss = handWritten.Loss(x, y, P, gradient);
        return loss + gradient[0] + gradient[7];
    }
}

/// <summary>Samples of the toy model's data: x in [-1, 1], y = a smooth function of x plus noise.</summary>
internal static class BatchData
{
    public static (double[] X, double[] Y) Make(int count)
    {
        var random = new Random(2026);
        double[] x = new double[count], y = new double[count];
        for (int i = 0; i < count; i++)
        {
            x[i] = 2 * random.NextDouble() - 1;
            y[i] = Math.Sin(2 * x[i]) + 0.1 * (random.NextDouble() - 0.5);
        }
        return (x, y);
    }
}

/// <summary>Fails before any timing if the three gradients being compared are not the same function.</summary>
internal static class BatchAgreement
{
    public static void Check(double[] x, double[] y, double[] p)
    {
        double[] hand = new double[8];
        double handLoss = new HandWrittenBatchGradient<double>().Loss(x, y, p, hand);
        double loss = BatchToyModel.LossBatchGradient(x, y, p[0], p[1], p[2], p[3], p[4], p[5], p[6], p[7],
            out double d0, out double d1, out double d2, out double d3, out double d4, out double d5, out double d6, out double d7);
        double[] generated = { d0, d1, d2, d3, d4, d5, d6, d7 };
        Agree("loss", handLoss, loss);
        for (int k = 0; k < 8; k++) Agree("gradient " + k, hand[k], generated[k]);
    }

    private static void Agree(string what, double expected, double actual)
    {
        if (Math.Abs(expected - actual) > 1e-9 * Math.Max(1, Math.Abs(expected)))
        {
            throw new InvalidOperationException("Batched toy " + what + ": generated " + actual + ", hand-written " + expected);
        }
    }
}
