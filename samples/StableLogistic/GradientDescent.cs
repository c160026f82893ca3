using System;
using System.Collections.Generic;

namespace StableLogisticSample;

/// <summary>
/// The shape shared by the generated <c>LogisticLoss.LossBackward</c> methods and
/// <see cref="TextbookGradient.Backward"/>: the loss of one sample, with seed · gradient added into the accumulators.
/// </summary>
public delegate double SampleBackward(double[] x, double y, double[] w, double b, double seed, Span<double> dW, ref double dB);

/// <summary>The mean loss and the length of its gradient at the start of one step.</summary>
public readonly record struct StepRecord(int Step, double MeanLoss, double GradientNorm);

/// <summary>Where a run ended, what it printed along the way, and the first step whose loss or gradient was NaN or ∞ (null if none).</summary>
public sealed record TrainingRun(double[] W, double B, List<StepRecord> History, int? FirstNonFiniteStep);

/// <summary>
/// Full-batch gradient descent on the mean loss with a fixed learning rate: plain on purpose, so the
/// only difference between the runs is the gradient. Each step sums one backward call per sample,
/// seeded with 1/n so the sum is the gradient of the mean.
/// </summary>
public static class GradientDescent
{
    public static TrainingRun Run(Dataset data, SampleBackward backward,
        double learningRate, int steps, int recordEvery)
    {
        double[] w = new double[Dataset.Scales.Length];
        double b = 0;
        double[] dW = new double[w.Length];
        double seed = 1.0 / data.Y.Length;
        var history = new List<StepRecord>();
        int? firstNonFinite = null;

        for (int step = 0; step <= steps; step++)
        {
            Array.Clear(dW);
            double dB = 0;
            double meanLoss = 0;
            for (int n = 0; n < data.Y.Length; n++)
            {
                meanLoss += seed * backward(data.X[n], data.Y[n], w, b, seed, dW, ref dB);
            }

            double norm = Norm(dW, dB);
            if (firstNonFinite is null && !(double.IsFinite(meanLoss) && double.IsFinite(norm)))
            {
                firstNonFinite = step;
            }

            if (step % recordEvery == 0)
            {
                history.Add(new StepRecord(step, meanLoss, norm));
            }

            if (step == steps)
            {
                break;
            }

            for (int i = 0; i < w.Length; i++)
            {
                w[i] -= learningRate * dW[i];
            }

            b -= learningRate * dB;
        }

        return new TrainingRun(w, b, history, firstNonFinite);
    }

    private static double Norm(double[] dW, double dB)
    {
        double sum = dB * dB;
        foreach (double d in dW)
        {
            sum += d * d;
        }

        return Math.Sqrt(sum);
    }
}
