using System;

namespace ToyModelSample;

/// <summary>Samples x uniformly in [-1, 1] and labels them with the model at known ("true") parameters.</summary>
public static class TrainingData
{
    public static (double[] Xs, double[] Ys) Generate(ToyParameters truth, int count, int seed)
    {
        // A fixed seed keeps the run reproducible.
        var random = new Random(seed);
        var xs = new double[count];
        var ys = new double[count];
        for (int i = 0; i < count; i++)
        {
            xs[i] = 2.0 * random.NextDouble() - 1.0;
            ys[i] = truth.Predict(xs[i]);
        }

        return (xs, ys);
    }
}
