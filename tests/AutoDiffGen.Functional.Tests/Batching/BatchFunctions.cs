using System;

namespace AutoDiffGen.Functional.Tests.Batching;

/// <summary>Per-sample functions with [PerSample] parameters, one per shape the batched members handle.</summary>
public static partial class BatchFunctions
{
    // The toy model: straight-line code, shared parameters only.
    [Differentiable]
    public static double Toy([PerSample, NoDiff] double x, [PerSample, NoDiff] double y,
        double beta0, double omega0, double beta1, double omega1, double beta2, double omega2, double beta3, double omega3)
    {
        double f0 = beta0 + omega0 * x;
        double h1 = Math.Sin(f0);
        double f1 = beta1 + omega1 * h1;
        double h2 = Math.Exp(f1);
        double f2 = beta2 + omega2 * h2;
        double h3 = Math.Cos(f2);
        double f3 = beta3 + omega3 * h3;
        return (f3 - y) * (f3 - y);
    }

    [Differentiable]
    public static float ToyFloat([PerSample, NoDiff] float x, [PerSample, NoDiff] float y,
        float beta0, float omega0, float beta1, float omega1, float beta2, float omega2, float beta3, float omega3)
    {
        float f0 = beta0 + omega0 * x;
        float h1 = MathF.Sin(f0);
        float f1 = beta1 + omega1 * h1;
        float h2 = MathF.Exp(f1);
        float f2 = beta2 + omega2 * h2;
        float h3 = MathF.Cos(f2);
        float f3 = beta3 + omega3 * h3;
        return (f3 - y) * (f3 - y);
    }

    // A branch on a per-sample value whose dead side is NaN (log and sqrt of a negative x):
    // the batch must select, never multiply by a mask, or NaN·0 leaks into the gradient.
    [Differentiable]
    public static double Branchy([PerSample, NoDiff] double x, double w, double b)
    {
        double a;
        if (x > 0)
        {
            a = w * Math.Log(x) + Math.Sqrt(x) * b;
        }
        else
        {
            a = w * x - b * b;
        }
        double c = x > 1 ? Math.Sqrt(x - 1) * w : b * x;
        return a * a + c;
    }

    // Nested branches, the inner one on a shared value, the outer on a per-sample one.
    [Differentiable]
    public static double Nested([PerSample, NoDiff] double x, [PerSample, NoDiff] double y, double w, double b)
    {
        double r = w * x + b - y;
        if (r > 0)
        {
            if (w > 0.5) r = r * r * w;
            else r = Math.Exp(r) - b;
        }
        else if (r < -1)
        {
            r = -r * b;
        }
        return r;
    }

    // Per-sample inputs that are differentiated too (dX per sample), a shared intermediate (w2),
    // and a term that does not depend on the samples (the penalty is counted once per sample).
    [Differentiable]
    public static double PerSampleGradient([PerSample] double x, [PerSample, NoDiff] double y, double w, double b)
    {
        double w2 = w * w;
        double z = Math.Tanh(w * x + b);
        return (z - y) * (z - y) + 0.01 * w2 + Math.Abs(x - b) * 0.1;
    }

    // Logistic loss through the stability rewrite (log(1 + exp(z)) becomes Softplus) and a StableMath call:
    // element loops where TensorPrimitives has no kernel.
    [Differentiable]
    public static double Logistic([PerSample, NoDiff] double x1, [PerSample, NoDiff] double x2, [PerSample, NoDiff] double label,
        double w1, double w2, double b)
    {
        double z = w1 * x1 + w2 * x2 + b;
        return Math.Log(1 + Math.Exp(z)) - label * z + 0.5 * StableMath.Sigmoid(w1) * Math.Max(z, 0.0);
    }

    // A loop in the body has no span form: the batch loops over the scalar backward pass (ADGEN0031).
#pragma warning disable ADGEN0031
    [Differentiable]
    public static double Looping([PerSample, NoDiff] double x, double w, int steps)
    {
        double s = x;
        for (int k = 0; k < steps; k++) s = Math.Sin(s * w);
        return s;
    }
#pragma warning restore ADGEN0031
}

public static partial class BatchFunctions
{
    /// <summary>The scalar toy gradient with the parameters as an array (test convenience).</summary>
    internal static double TotGradient(double x, double y, double[] p, out double[] gradient)
    {
        double value = ToyGradient(x, y, p[0], p[1], p[2], p[3], p[4], p[5], p[6], p[7],
            out double d0, out double d1, out double d2, out double d3, out double d4, out double d5, out double d6, out double d7);
        gradient = new[] { d0, d1, d2, d3, d4, d5, d6, d7 };
        return value;
    }
}
