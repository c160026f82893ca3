using System;
using System.Diagnostics;
using AutoDiffGen.Training;

namespace ToyModelSample;

/// <summary>
/// Part 3 of the sample: train on 100,000 samples with the generated batched gradient. One call of
/// <c>LossBatchBackward</c> per step runs the forward and backward pass over all samples with span
/// kernels (TensorPrimitives) in cache-sized chunks; Adam updates the eight parameters in place.
/// </summary>
public static class BatchTraining
{
    public static void Run(ToyParameters truth, ToyParameters start, int samples, int steps)
    {
        (double[] xs, double[] ys) = TrainingData.Generate(truth, samples, seed: 7);
        double[] p = start.Clone().Values;
        double[] gradient = new double[p.Length];
        double seed = 1.0 / samples; // the gradient of the mean loss

        CompareWithScalarLoop(xs, ys, p, seed);

        var adam = new Adam<double>(p.Length, learningRate: 0.01);
        var clock = Stopwatch.StartNew();
        Console.WriteLine($"{"step",8}  {"mean loss",14}");
        for (int step = 0; step <= steps; step++)
        {
            Array.Clear(gradient);
            double meanLoss = seed * ToyModel.LossBatchBackward(xs, ys, p[0], p[1], p[2], p[3], p[4], p[5], p[6], p[7], seed,
                ref gradient[0], ref gradient[1], ref gradient[2], ref gradient[3],
                ref gradient[4], ref gradient[5], ref gradient[6], ref gradient[7]);
            if (step % (steps / 5) == 0) Console.WriteLine($"{step,8}  {meanLoss,14:0.000e+00}");
            adam.Step(p, gradient);
        }
        double seconds = clock.Elapsed.TotalSeconds;
        Console.WriteLine($"{steps + 1} steps × {samples} samples in {seconds:F2} s ({seconds * 1e9 / ((steps + 1.0) * samples):F1} ns per sample and step)");
    }

    /// <summary>One step's gradient both ways: the batched call and the scalar LossBackward summed in a loop.</summary>
    private static void CompareWithScalarLoop(double[] xs, double[] ys, double[] p, double seed)
    {
        double[] batched = new double[p.Length];
        const int Repeats = 5;
        // Warm-up on a few thousand samples, so that neither timing includes compiling the code it times.
        for (int r = 0; r < 50; r++)
        {
            ToyModel.LossBatchBackward(xs.AsSpan(0, 4096), ys.AsSpan(0, 4096), p[0], p[1], p[2], p[3], p[4], p[5], p[6], p[7], seed,
                ref batched[0], ref batched[1], ref batched[2], ref batched[3], ref batched[4], ref batched[5], ref batched[6], ref batched[7]);
            for (int i = 0; i < 4096; i++)
            {
                ToyModel.LossBackward(xs[i], ys[i], p[0], p[1], p[2], p[3], p[4], p[5], p[6], p[7], seed,
                    ref batched[0], ref batched[1], ref batched[2], ref batched[3], ref batched[4], ref batched[5], ref batched[6], ref batched[7]);
            }
        }
        var clock = Stopwatch.StartNew();
        for (int r = 0; r < Repeats; r++)
        {
            Array.Clear(batched);
            ToyModel.LossBatchBackward(xs, ys, p[0], p[1], p[2], p[3], p[4], p[5], p[6], p[7], seed,
                ref batched[0], ref batched[1], ref batched[2], ref batched[3], ref batched[4], ref batched[5], ref batched[6], ref batched[7]);
        }
        double batchSeconds = clock.Elapsed.TotalSeconds / Repeats;

        clock.Restart();
        double[] scalar = new double[p.Length];
        for (int r = 0; r < Repeats; r++)
        {
            Array.Clear(scalar);
            for (int i = 0; i < xs.Length; i++)
            {
                ToyModel.LossBackward(xs[i], ys[i], p[0], p[1], p[2], p[3], p[4], p[5], p[6], p[7], seed,
                    ref scalar[0], ref scalar[1], ref scalar[2], ref scalar[3], ref scalar[4], ref scalar[5], ref scalar[6], ref scalar[7]);
            }
        }
        double scalarSeconds = clock.Elapsed.TotalSeconds / Repeats;

        double largest = 0;
        for (int k = 0; k < p.Length; k++) largest = Math.Max(largest, Math.Abs(batched[k] - scalar[k]) / Math.Max(Math.Abs(scalar[k]), 1e-300));
        Console.WriteLine($"One gradient over {xs.Length} samples: batched {batchSeconds * 1e3:F2} ms, scalar loop {scalarSeconds * 1e3:F2} ms " +
            $"({scalarSeconds / batchSeconds:F1}× faster); largest relative difference {largest:0.0e+00}.");
        if (IsDebugBuild()) Console.WriteLine("(A Debug build: run with -c Release for representative timings.)");
    }

    private static bool IsDebugBuild() =>
        typeof(BatchTraining).Assembly.GetCustomAttributes(typeof(DebuggableAttribute), false) is [DebuggableAttribute { IsJITOptimizerDisabled: true }, ..];
}
