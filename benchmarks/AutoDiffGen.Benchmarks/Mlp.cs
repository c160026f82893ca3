using AutoDiffGen;

namespace AutoDiffGen.Benchmarks;

/// <summary>
/// One sample through a 16-32-1 MLP: MatVec → bias add → ReLU → Dot + bias → binary cross-entropy with
/// logits, written with Vec calls; its gradient is generated.
/// </summary>
public static partial class Mlp
{
    public const int Inputs = 16, Hidden = 32;

    [Differentiable]
    public static double Loss(double[] w1, double[] b1, double[] w2, double[] b2, [NoDiff] double[] x, [NoDiff] double[] y)
    {
        double[] z = new double[Hidden];
        Vec.MatVec(w1, Hidden, Inputs, x, z);
        double[] a = new double[Hidden];
        Vec.Add(z, b1, a);
        double[] h = new double[Hidden];
        Vec.Relu(a, h);
        double[] logit = { Vec.Dot(w2, h) + b2[0] };
        return Vec.BinaryCrossEntropyWithLogits(logit, y);
    }
}
