using System;

namespace ToyModelSample;

/// <summary>
/// The eight trainable parameters of <see cref="ToyModel.Loss"/>, kept in an array so the
/// gradient-descent step and the printing can loop over them by index.
/// </summary>
public sealed class ToyParameters
{
    public static readonly string[] Names = { "beta0", "omega0", "beta1", "omega1", "beta2", "omega2", "beta3", "omega3" };

    public readonly double[] Values;

    public ToyParameters(double beta0, double omega0, double beta1, double omega1,
        double beta2, double omega2, double beta3, double omega3)
    {
        Values = new[] { beta0, omega0, beta1, omega1, beta2, omega2, beta3, omega3 };
    }

    private ToyParameters(double[] values) => Values = values;

    public ToyParameters Clone() => new((double[])Values.Clone());

    /// <summary>The loss of one sample at these parameters (calls the user's forward method).</summary>
    public double Loss(double x, double y)
    {
        double[] p = Values;
        return ToyModel.Loss(x, y, p[0], p[1], p[2], p[3], p[4], p[5], p[6], p[7]);
    }

    /// <summary>The model output f3 (what the loss compares with y), written out independently of the generated code.</summary>
    public double Predict(double x)
    {
        double[] p = Values;
        double f0 = p[0] + p[1] * x;
        double f1 = p[2] + p[3] * Math.Sin(f0);
        double f2 = p[4] + p[5] * Math.Exp(f1);
        return p[6] + p[7] * Math.Cos(f2);
    }
}
