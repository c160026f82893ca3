using System;
using System.Diagnostics;

namespace ToyModelSample;

/// <summary>
/// Part 2 of the sample: fit the eight parameters by full-batch gradient descent on the mean loss.
/// Heavy-ball momentum (velocity = momentum·velocity − rate·gradient) carries the descent along the
/// long, shallow valleys of this loss, where plain steps crawl. Each step sums <c>LossBackward</c>
/// over the samples into eight local accumulators, so a step allocates nothing; the seed 1/n makes
/// the sum the gradient of the mean.
/// </summary>
public static class Fitting
{
    public static ToyParameters Run(double[] xs, double[] ys, ToyParameters start, ToyParameters truth,
        double learningRate, double momentum, int steps, int reportEvery)
    {
        ToyParameters fitted = start.Clone();
        double[] p = fitted.Values;
        double[] velocity = new double[p.Length];
        double seed = 1.0 / xs.Length;
        var clock = Stopwatch.StartNew();

        Console.WriteLine($"{"step",8}  {"mean loss",14}");
        for (int step = 0; step <= steps; step++)
        {
            double dBeta0 = 0, dOmega0 = 0, dBeta1 = 0, dOmega1 = 0, dBeta2 = 0, dOmega2 = 0, dBeta3 = 0, dOmega3 = 0;
            double meanLoss = 0;
            for (int i = 0; i < xs.Length; i++)
            {
                meanLoss += seed * ToyModel.LossBackward(xs[i], ys[i], p[0], p[1], p[2], p[3], p[4], p[5], p[6], p[7], seed,
                    ref dBeta0, ref dOmega0, ref dBeta1, ref dOmega1, ref dBeta2, ref dOmega2, ref dBeta3, ref dOmega3);
            }

            if (step % reportEvery == 0)
            {
                Console.WriteLine($"{step,8}  {meanLoss,14:0.000e+00}");
            }

            Step(p, velocity, 0, dBeta0, learningRate, momentum);
            Step(p, velocity, 1, dOmega0, learningRate, momentum);
            Step(p, velocity, 2, dBeta1, learningRate, momentum);
            Step(p, velocity, 3, dOmega1, learningRate, momentum);
            Step(p, velocity, 4, dBeta2, learningRate, momentum);
            Step(p, velocity, 5, dOmega2, learningRate, momentum);
            Step(p, velocity, 6, dBeta3, learningRate, momentum);
            Step(p, velocity, 7, dOmega3, learningRate, momentum);
        }

        Console.WriteLine($"{steps} steps × {xs.Length} samples in {clock.Elapsed.TotalSeconds:F2} s");
        Console.WriteLine();
        Console.WriteLine($"{"parameter",-10} {"start",10} {"fitted",12} {"true",10}");
        for (int i = 0; i < p.Length; i++)
        {
            Console.WriteLine($"{ToyParameters.Names[i],-10} {start.Values[i],10:F4} {p[i],12:F6} {truth.Values[i],10:F4}");
        }

        return fitted;
    }

    private static void Step(double[] p, double[] velocity, int i, double gradient, double learningRate, double momentum)
    {
        velocity[i] = momentum * velocity[i] - learningRate * gradient;
        p[i] += velocity[i];
    }
}
