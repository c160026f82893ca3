using AutoDiffGen;

namespace AutoDiffGen.Functional.Tests.VectorOps;

/// <summary>
/// [Differentiable] code calling Vec: a 3-4-1 MLP loss (MatVec → bias add → ReLU → Dot → binary cross-entropy
/// with logits) in double and float, and one method per call shape.
/// </summary>
public static partial class MlpFunctions
{
    [Differentiable]
    public static double MlpLoss(double[] w1, double[] b1, double[] w2, double[] b2, [NoDiff] double[] x, [NoDiff] double[] y)
    {
        double[] z = new double[4];
        Vec.MatVec(w1, 4, 3, x, z);
        double[] a = new double[4];
        Vec.Add(z, b1, a);
        double[] h = new double[4];
        Vec.Relu(a, h);
        double[] logit = { Vec.Dot(w2, h) + b2[0] };
        return Vec.BinaryCrossEntropyWithLogits(logit, y);
    }

    [Differentiable]
    public static float MlpLossFloat(float[] w1, float[] b1, float[] w2, float[] b2, [NoDiff] float[] x, [NoDiff] float[] y)
    {
        float[] z = new float[4];
        Vec.MatVec(w1, 4, 3, x, z);
        float[] a = new float[4];
        Vec.Add(z, b1, a);
        float[] h = new float[4];
        Vec.Relu(a, h);
        float[] logit = { Vec.Dot(w2, h) + b2[0] };
        return Vec.BinaryCrossEntropyWithLogits(logit, y);
    }
}
