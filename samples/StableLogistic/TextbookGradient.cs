using System;

namespace StableLogisticSample;

/// <summary>
/// The gradient of <see cref="LogisticLoss.Loss"/> coded by hand along the textbook chain rule,
/// dL/dz = dL/dp · dp/dz with dL/dp = -(y/p - (1-y)/(1-p)) and dp/dz = p(1-p). On paper this is
/// p - y; in doubles, p = 1 exactly makes it (1-y)/0 · 0 = NaN, which is the failure the
/// generator's rewrites avoid.
/// </summary>
public static class TextbookGradient
{
    /// <summary>Adds seed · ∂L/∂w into <paramref name="dW"/> and seed · ∂L/∂b into <paramref name="dB"/>, and returns L.</summary>
    public static double Backward(double[] x, double y, double[] w, double b, double seed, Span<double> dW, ref double dB)
    {
        double z = b;
        for (int i = 0; i < x.Length; i++)
        {
            z += w[i] * x[i];
        }

        double p = 1.0 / (1.0 + Math.Exp(-z));
        double loss = -(y * Math.Log(p) + (1 - y) * Math.Log(1 - p));

        double dLdp = -(y / p - (1 - y) / (1 - p));
        double dpdz = p * (1 - p);
        double dz = seed * dLdp * dpdz;
        for (int i = 0; i < x.Length; i++)
        {
            dW[i] += dz * x[i];
        }

        dB += dz;
        return loss;
    }
}
