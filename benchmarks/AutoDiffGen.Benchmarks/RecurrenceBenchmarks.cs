using System;
using BenchmarkDotNet.Attributes;

namespace AutoDiffGen.Benchmarks;

/// <summary>
/// A 100-step recurrence: forward, the generated gradient (its loop keeps values on AutoDiffGen.Tape),
/// and a hand-written gradient with a stack buffer. Target: generated ≤ 1.5× hand-written, 0 bytes.
/// </summary>
[MemoryDiagnoser]
public class RecurrenceBenchmarks
{
    private double _x = 1.3, _y0 = 0.4;
    private int _steps = 100;

    [GlobalSetup]
    public void CheckAgreement()
    {
        double generated = Recurrence.IterateGradient(_x, _y0, _steps, out double gx, out double gy);
        double hand = HandWrittenRecurrence.Gradient(_x, _y0, _steps, out double hx, out double hy);
        if (generated != hand || Math.Abs(gx - hx) > 1e-12 * Math.Abs(hx) || Math.Abs(gy - hy) > 1e-12 * Math.Abs(hy) + 1e-300)
        {
            throw new InvalidOperationException($"Recurrence gradients disagree: generated ({gx}, {gy}), hand-written ({hx}, {hy}).");
        }
    }

    [Benchmark]
    public double Forward() => Recurrence.Iterate(_x, _y0, _steps);

    [Benchmark]
    public double GeneratedGradient() => Recurrence.IterateGradient(_x, _y0, _steps, out double dX, out double dY0) + dX + dY0;

    [Benchmark(Baseline = true)]
    public double HandWrittenGradient() => HandWrittenRecurrence.Gradient(_x, _y0, _steps, out double dX, out double dY0) + dX + dY0;
}
