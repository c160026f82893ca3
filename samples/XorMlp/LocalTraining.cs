using System;

namespace XorMlpSample;

// replace with AutoDiffGen.Training once merged: Initializers.HeNormal and Adam (same Step signature).

/// <summary>He (Kaiming) normal initialisation: N(0, 2 / fanIn), suited to ReLU layers.</summary>
internal static class LocalInitializers
{
    public static void HeNormal(Span<double> weights, int fanIn, Random random)
    {
        double std = Math.Sqrt(2.0 / fanIn);
        for (int i = 0; i < weights.Length; i++)
        {
            // Box–Muller: 1 − U keeps the logarithm's argument in (0, 1].
            double u1 = 1.0 - random.NextDouble(), u2 = random.NextDouble();
            weights[i] = std * Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
        }
    }
}

/// <summary>Adam (Kingma &amp; Ba 2015) with bias-corrected moments, one instance per parameter array.</summary>
internal sealed class LocalAdam(int length, double learningRate = 0.05, double beta1 = 0.9, double beta2 = 0.999, double epsilon = 1e-8)
{
    private readonly double[] m = new double[length];
    private readonly double[] v = new double[length];
    private int t;

    public void Step(Span<double> parameters, ReadOnlySpan<double> gradient)
    {
        t++;
        double correction1 = 1.0 - Math.Pow(beta1, t), correction2 = 1.0 - Math.Pow(beta2, t);
        for (int i = 0; i < parameters.Length; i++)
        {
            m[i] = beta1 * m[i] + (1.0 - beta1) * gradient[i];
            v[i] = beta2 * v[i] + (1.0 - beta2) * gradient[i] * gradient[i];
            parameters[i] -= learningRate * (m[i] / correction1) / (Math.Sqrt(v[i] / correction2) + epsilon);
        }
    }
}
