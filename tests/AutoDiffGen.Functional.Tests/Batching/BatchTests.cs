using System;
using System.Linq;
using AutoDiffGen.Functional.Tests.Reference;
using Xunit;

namespace AutoDiffGen.Functional.Tests.Batching;

/// <summary>
/// The batched members against their definition: the scalar generated gradient summed over the samples
/// (itself checked against complex step and closed forms elsewhere), to 1e-12 relative to the sum of
/// the per-sample magnitudes (a sum that cancels cannot promise more), at batch sizes that cover an
/// empty batch, a partial chunk, exactly one chunk, and several chunks with a partial last one.
/// </summary>
public class BatchTests
{
    public static readonly TheoryData<int> Sizes = new() { 0, 1, 7, 1024, 1025, 3000 };

    private static readonly double[] ToyParameters = { 0.3, 1.2, -0.4, 0.8, 0.5, -0.7, 0.2, 1.5 };

    private static double[] Samples(int count, int seed, double low, double high)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, count).Select(_ => low + (high - low) * random.NextDouble()).ToArray();
    }

    /// <summary>Σ over samples of the scalar gradient, and Σ of their magnitudes (the tolerance scale).</summary>
    private sealed class Reference
    {
        public readonly double[] Sum;
        public readonly double[] Magnitude;

        public Reference(int outputs)
        {
            Sum = new double[outputs];
            Magnitude = new double[outputs];
        }

        public void Add(params double[] values)
        {
            for (int k = 0; k < values.Length; k++)
            {
                Sum[k] += values[k];
                Magnitude[k] += Math.Abs(values[k]);
            }
        }

        public void AssertMatches(string[] names, params double[] batch)
        {
            for (int k = 0; k < batch.Length; k++)
            {
                Approx.AssertClose(Sum[k], batch[k], Approx.Rel, 1e-12 * Magnitude[k] + 1e-300, names[k], "batch of samples");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Sizes))]
    public void ToyBatchGradientIsTheSumOfScalarGradients(int count)
    {
        double[] xs = Samples(count, 1, -1, 1), ys = Samples(count, 2, -0.5, 2);
        double[] p = ToyParameters;
        var reference = new Reference(9);
        for (int i = 0; i < count; i++)
        {
            double value = BatchFunctions.TotGradient(xs[i], ys[i], p, out double[] g);
            reference.Add(new[] { value }.Concat(g).ToArray());
        }

        double total = BatchFunctions.ToyBatchGradient(xs, ys, p[0], p[1], p[2], p[3], p[4], p[5], p[6], p[7],
            out double d0, out double d1, out double d2, out double d3, out double d4, out double d5, out double d6, out double d7);

        reference.AssertMatches(new[] { "value", "dBeta0", "dOmega0", "dBeta1", "dOmega1", "dBeta2", "dOmega2", "dBeta3", "dOmega3" },
            total, d0, d1, d2, d3, d4, d5, d6, d7);
    }

    [Theory]
    [MemberData(nameof(Sizes))]
    public void ToyBatchBackwardAddsSeedTimesTheSum(int count)
    {
        double[] xs = Samples(count, 3, -1, 1), ys = Samples(count, 4, -0.5, 2);
        double[] p = ToyParameters;
        const double seed = 2.5;
        var reference = new Reference(9);
        reference.Add(0, 1, 2, 3, 4, 5, 6, 7, 8); // the accumulators' starting values
        for (int i = 0; i < count; i++)
        {
            double value = BatchFunctions.TotGradient(xs[i], ys[i], p, out double[] g);
            reference.Add(new[] { value }.Concat(g.Select(v => seed * v)).ToArray());
        }

        double d0 = 1, d1 = 2, d2 = 3, d3 = 4, d4 = 5, d5 = 6, d6 = 7, d7 = 8;
        double total = BatchFunctions.ToyBatchBackward(xs, ys, p[0], p[1], p[2], p[3], p[4], p[5], p[6], p[7], seed,
            ref d0, ref d1, ref d2, ref d3, ref d4, ref d5, ref d6, ref d7);

        reference.AssertMatches(new[] { "value", "dBeta0", "dOmega0", "dBeta1", "dOmega1", "dBeta2", "dOmega2", "dBeta3", "dOmega3" },
            total, d0, d1, d2, d3, d4, d5, d6, d7);
    }

    [Theory]
    [MemberData(nameof(Sizes))]
    public void FloatToyBatchMatchesTheFloatScalarGradient(int count)
    {
        float[] xs = Samples(count, 5, -1, 1).Select(v => (float)v).ToArray();
        float[] ys = Samples(count, 6, -0.5, 2).Select(v => (float)v).ToArray();
        float[] p = ToyParameters.Select(v => (float)v).ToArray();
        var reference = new Reference(9);
        for (int i = 0; i < count; i++)
        {
            float value = BatchFunctions.ToyFloatGradient(xs[i], ys[i], p[0], p[1], p[2], p[3], p[4], p[5], p[6], p[7],
                out float g0, out float g1, out float g2, out float g3, out float g4, out float g5, out float g6, out float g7);
            reference.Add(value, g0, g1, g2, g3, g4, g5, g6, g7);
        }

        float total = BatchFunctions.ToyFloatBatchGradient(xs, ys, p[0], p[1], p[2], p[3], p[4], p[5], p[6], p[7],
            out float d0, out float d1, out float d2, out float d3, out float d4, out float d5, out float d6, out float d7);

        // Float: each per-sample term is rounded to float and summed in another order.
        double[] batch = { total, d0, d1, d2, d3, d4, d5, d6, d7 };
        for (int k = 0; k < batch.Length; k++)
        {
            Approx.AssertClose(reference.Sum[k], batch[k], 1e-5, 1e-5 * reference.Magnitude[k] + 1e-30, "output " + k, "float batch");
        }
    }

    [Theory]
    [MemberData(nameof(Sizes))]
    public void BranchesSelectPerSampleAndDeadBranchesLeakNoNaN(int count)
    {
        double[] xs = Samples(count, 7, -3, 3);
        var reference = new Reference(3);
        for (int i = 0; i < count; i++)
        {
            double value = BatchFunctions.BranchyGradient(xs[i], 0.7, -1.3, out double dW, out double dB);
            reference.Add(value, dW, dB);
        }

        double total = BatchFunctions.BranchyBatchGradient(xs, 0.7, -1.3, out double w, out double b);

        Assert.True(double.IsFinite(total) && double.IsFinite(w) && double.IsFinite(b));
        reference.AssertMatches(new[] { "value", "dW", "dB" }, total, w, b);
    }

    [Theory]
    [InlineData(0.9)]
    [InlineData(0.2)]
    public void NestedBranchesOnSharedAndPerSampleValues(double w)
    {
        double[] xs = Samples(2500, 8, -2, 2), ys = Samples(2500, 9, -1, 1);
        var reference = new Reference(3);
        for (int i = 0; i < xs.Length; i++)
        {
            double value = BatchFunctions.NestedGradient(xs[i], ys[i], w, 0.4, out double dW, out double dB);
            reference.Add(value, dW, dB);
        }

        double total = BatchFunctions.NestedBatchGradient(xs, ys, w, 0.4, out double gw, out double gb);

        reference.AssertMatches(new[] { "value", "dW", "dB" }, total, gw, gb);
    }

    [Theory]
    [MemberData(nameof(Sizes))]
    public void PerSampleParameterGetsItsOwnGradientPerSample(int count)
    {
        double[] xs = Samples(count, 10, -2, 2), ys = Samples(count, 11, -1, 1);
        var reference = new Reference(3);
        double[] expectedDx = new double[count];
        for (int i = 0; i < count; i++)
        {
            double value = BatchFunctions.PerSampleGradientGradient(xs[i], ys[i], 0.8, -0.3, out expectedDx[i], out double dW, out double dB);
            reference.Add(value, dW, dB);
        }

        double[] dX = new double[count];
        double total = BatchFunctions.PerSampleGradientBatchGradient(xs, ys, 0.8, -0.3, dX, out double w, out double b);

        reference.AssertMatches(new[] { "value", "dW", "dB" }, total, w, b);
        for (int i = 0; i < count; i++) Approx.Grad(expectedDx[i], dX[i], "dX[" + i + "]", "x = " + xs[i]);
    }

    [Fact]
    public void PerSampleGradientsAccumulateInBatchBackward()
    {
        double[] xs = Samples(1500, 12, -2, 2), ys = Samples(1500, 13, -1, 1);
        double[] dX = Enumerable.Range(0, xs.Length).Select(i => (double)i).ToArray();
        double w = 0, b = 0;
        BatchFunctions.PerSampleGradientBatchBackward(xs, ys, 0.8, -0.3, -2.0, dX, ref w, ref b);
        for (int i = 0; i < xs.Length; i++)
        {
            BatchFunctions.PerSampleGradientGradient(xs[i], ys[i], 0.8, -0.3, out double expected, out _, out _);
            Approx.AssertClose(i - 2.0 * expected, dX[i], 1e-12, 1e-12 * (i + 1), "dX[" + i + "]", "accumulated");
        }
    }

    [Theory]
    [MemberData(nameof(Sizes))]
    public void StableFormsAndStableMathCallsRunElementwise(int count)
    {
        double[] x1 = Samples(count, 14, -300, 300), x2 = Samples(count, 15, -5, 5);
        double[] labels = Samples(count, 16, 0, 1).Select(v => v < 0.5 ? 0.0 : 1.0).ToArray();
        var reference = new Reference(4);
        for (int i = 0; i < count; i++)
        {
            double value = BatchFunctions.LogisticGradient(x1[i], x2[i], labels[i], 0.9, -1.1, 0.2, out double g1, out double g2, out double gb);
            reference.Add(value, g1, g2, gb);
        }

        double total = BatchFunctions.LogisticBatchGradient(x1, x2, labels, 0.9, -1.1, 0.2, out double w1, out double w2, out double b);

        Assert.True(double.IsFinite(total), "the stable form keeps the batch finite at |z| in the hundreds");
        reference.AssertMatches(new[] { "value", "dW1", "dW2", "dB" }, total, w1, w2, b);
    }

    [Theory]
    [MemberData(nameof(Sizes))]
    public void BodyWithALoopFallsBackToTheScalarBackwardPerSample(int count)
    {
        double[] xs = Samples(count, 17, -1, 1);
        var reference = new Reference(2);
        for (int i = 0; i < count; i++)
        {
            double value = BatchFunctions.LoopingGradient(xs[i], 1.3, 5, out double dW);
            reference.Add(value, dW);
        }

        double total = BatchFunctions.LoopingBatchGradient(xs, 1.3, 5, out double w);

        reference.AssertMatches(new[] { "value", "dW" }, total, w);
    }

    [Fact]
    public void SampleSpansOfDifferentLengthsThrowNamingTheParameter()
    {
        var e = Assert.Throws<ArgumentException>(() =>
            BatchFunctions.ToyBatchGradient(new double[5], new double[4], 0, 0, 0, 0, 0, 0, 0, 0, out _, out _, out _, out _, out _, out _, out _, out _));
        Assert.Equal("y", e.ParamName);

        var g = Assert.Throws<ArgumentException>(() =>
            BatchFunctions.PerSampleGradientBatchGradient(new double[5], new double[5], 0, 0, new double[3], out _, out _));
        Assert.Equal("dX", g.ParamName);
    }

    [Fact]
    public void PerSampleGradientSharingMemoryWithAnInputThrows()
    {
        double[] xs = new double[8];
        var e = Assert.Throws<ArgumentException>(() =>
            BatchFunctions.PerSampleGradientBatchGradient(xs, new double[8], 0, 0, xs, out _, out _));
        Assert.Equal("dX", e.ParamName);
    }

    [Fact]
    public void BatchGradientAllocatesNothingAfterWarmUp()
    {
        double[] xs = Samples(5000, 18, -1, 1), ys = Samples(5000, 19, -0.5, 2);
        double sink = BatchFunctions.ToyBatchGradient(xs, ys, 0.3, 1.2, -0.4, 0.8, 0.5, -0.7, 0.2, 1.5,
            out _, out _, out _, out _, out _, out _, out _, out _);
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 20; i++)
        {
            sink += BatchFunctions.ToyBatchGradient(xs, ys, 0.3, 1.2, -0.4, 0.8, 0.5, -0.7, 0.2, 1.5,
                out double d0, out _, out _, out _, out _, out _, out _, out double d7);
            sink += d0 + d7;
        }
        Assert.True(double.IsFinite(sink));
        Assert.Equal(0L, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void BatchResultDoesNotDependOnHowTheCallerSlicesNothingButTheBatch()
    {
        // The chunking is fixed by the batch, so the same batch gives bit-identical results on every call.
        double[] xs = Samples(4100, 20, -1, 1), ys = Samples(4100, 21, -0.5, 2);
        double a = BatchFunctions.ToyBatchGradient(xs, ys, 0.3, 1.2, -0.4, 0.8, 0.5, -0.7, 0.2, 1.5,
            out double a0, out _, out _, out _, out _, out _, out _, out double a7);
        double b = BatchFunctions.ToyBatchGradient(xs, ys, 0.3, 1.2, -0.4, 0.8, 0.5, -0.7, 0.2, 1.5,
            out double b0, out _, out _, out _, out _, out _, out _, out double b7);
        Assert.Equal(a, b);
        Assert.Equal(a0, b0);
        Assert.Equal(a7, b7);
    }
}

/// <summary>The overloads that take <see cref="BatchOptions"/>: bit-identical to the span overloads at every degree of parallelism.</summary>
public class ParallelBatchTests
{
    private static double[] Samples(int count, int seed, double low, double high)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, count).Select(_ => low + (high - low) * random.NextDouble()).ToArray();
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(500, 2)]
    [InlineData(5000, 1)]
    [InlineData(5000, 2)]
    [InlineData(5000, 4)]
    [InlineData(20_000, -1)]
    public void ParallelGradientIsBitIdenticalToTheSpanOverload(int count, int threads)
    {
        double[] xs = Samples(count, 30, -1, 1), ys = Samples(count, 31, -0.5, 2);
        double expected = BatchFunctions.ToyBatchGradient(xs, ys, 0.3, 1.2, -0.4, 0.8, 0.5, -0.7, 0.2, 1.5,
            out double e0, out double e1, out double e2, out double e3, out double e4, out double e5, out double e6, out double e7);

        double actual = BatchFunctions.ToyBatchGradient(xs, ys, 0.3, 1.2, -0.4, 0.8, 0.5, -0.7, 0.2, 1.5,
            out double a0, out double a1, out double a2, out double a3, out double a4, out double a5, out double a6, out double a7,
            new BatchOptions { MaxDegreeOfParallelism = threads });

        Assert.Equal(new[] { expected, e0, e1, e2, e3, e4, e5, e6, e7 }, new[] { actual, a0, a1, a2, a3, a4, a5, a6, a7 });
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(-1)]
    public void ParallelBackwardAccumulatesPerSampleAndSharedGradientsIdentically(int threads)
    {
        double[] xs = Samples(7000, 32, -2, 2), ys = Samples(7000, 33, -1, 1);
        double[] dXSpan = Enumerable.Range(0, xs.Length).Select(i => 0.5 * i).ToArray();
        double[] dXParallel = (double[])dXSpan.Clone();
        double w1 = 1, b1 = 2, w2 = 1, b2 = 2;

        double expected = BatchFunctions.PerSampleGradientBatchBackward(xs, ys, 0.8, -0.3, 0.25, dXSpan, ref w1, ref b1);
        double actual = BatchFunctions.PerSampleGradientBatchBackward(xs, ys, 0.8, -0.3, 0.25, dXParallel, ref w2, ref b2,
            new BatchOptions { MaxDegreeOfParallelism = threads });

        Assert.Equal(expected, actual);
        Assert.Equal(w1, w2);
        Assert.Equal(b1, b2);
        Assert.Equal(dXSpan, dXParallel);
    }

    [Fact]
    public void ParallelOverloadChecksLengthsAndOptions()
    {
        var e = Assert.Throws<ArgumentException>(() => BatchFunctions.ToyBatchGradient(new double[5], new double[4], 0, 0, 0, 0, 0, 0, 0, 0,
            out _, out _, out _, out _, out _, out _, out _, out _, BatchOptions.Parallel));
        Assert.Equal("y", e.ParamName);
        Assert.Throws<ArgumentNullException>(() => BatchFunctions.ToyBatchGradient(new double[5], new double[5], 0, 0, 0, 0, 0, 0, 0, 0,
            out _, out _, out _, out _, out _, out _, out _, out _, null!));
        Assert.Throws<ArgumentOutOfRangeException>(() => new BatchOptions { MaxDegreeOfParallelism = 0 });
        double[] shared = new double[3000];
        var overlap = Assert.Throws<ArgumentException>(() => BatchFunctions.PerSampleGradientBatchGradient(
            shared.AsMemory(0, 2000), new double[2000], 0.8, -0.3, shared.AsMemory(1000, 2000), out _, out _, BatchOptions.Parallel));
        Assert.Equal("dX", overlap.ParamName);
    }
}
