using System;

namespace StableLogisticSample;

/// <summary>
/// A deterministic synthetic data set: features on scales 1, 100 and 1000 (left unnormalised on
/// purpose, so logits grow large after a few gradient steps), labelled by the sign of a known
/// linear function with a few labels flipped so the classes are not perfectly separable.
/// </summary>
public sealed class Dataset
{
    public static readonly double[] Scales = { 1.0, 100.0, 1000.0 };

    public double[][] X { get; }

    public double[] Y { get; }

    public double[] TrueW { get; }

    public double TrueB { get; }

    private Dataset(double[][] x, double[] y, double[] trueW, double trueB)
    {
        X = x;
        Y = y;
        TrueW = trueW;
        TrueB = trueB;
    }

    public static Dataset Generate(double[] trueW, double trueB, int count, double labelNoise, int seed)
    {
        // A fixed seed keeps every run, and so the printed table, identical.
        var random = new Random(seed);
        var x = new double[count][];
        var y = new double[count];
        for (int n = 0; n < count; n++)
        {
            x[n] = new double[Scales.Length];
            double z = trueB;
            for (int i = 0; i < Scales.Length; i++)
            {
                x[n][i] = Scales[i] * (2.0 * random.NextDouble() - 1.0);
                z += trueW[i] * x[n][i];
            }

            bool positive = z > 0;
            if (random.NextDouble() < labelNoise)
            {
                positive = !positive;
            }

            y[n] = positive ? 1.0 : 0.0;
        }

        return new Dataset(x, y, trueW, trueB);
    }

    /// <summary>The fraction of samples on the right side of the decision boundary w·x + b = 0.</summary>
    public double Accuracy(double[] w, double b)
    {
        int correct = 0;
        for (int n = 0; n < Y.Length; n++)
        {
            double z = b;
            for (int i = 0; i < w.Length; i++)
            {
                z += w[i] * X[n][i];
            }

            if ((z > 0) == (Y[n] == 1.0))
            {
                correct++;
            }
        }

        return (double)correct / Y.Length;
    }
}
