using AutoDiffGen;

namespace XorMlpSample;

/// <summary>
/// A 3-4-1 network on the XOR data: inputs (x1, x2, 1) — the constant column is the hidden layer's bias —,
/// a ReLU hidden layer of 4 units, one output logit with its own bias, and the binary cross-entropy of the
/// logits (stable: the sigmoid is never formed). All four samples go through at once, as a 4×3 matrix.
/// </summary>
public static partial class XorNetwork
{
    public const int Samples = 4, Inputs = 3, Hidden = 4;

    /// <summary>
    /// The mean binary cross-entropy over the samples. <c>LossGradient</c>/<c>LossBackward</c> are generated:
    /// their backward pass calls Vec.BinaryCrossEntropyWithLogitsBackward, Vec.MatVecBackward,
    /// Vec.ReluBackward and Vec.MatMulBackward in reverse order.
    /// </summary>
    /// <param name="w1">Hidden weights, row-major Inputs×Hidden (12).</param>
    /// <param name="w2">Output weights (4).</param>
    /// <param name="b2">Output bias (1).</param>
    /// <param name="x">The samples, row-major Samples×Inputs, bias column included.</param>
    /// <param name="y">The targets, 0 or 1.</param>
    [Differentiable]
    public static double Loss(double[] w1, double[] w2, double[] b2, [NoDiff] double[] x, [NoDiff] double[] y)
    {
        double[] z = new double[Samples * Hidden];
        Vec.MatMul(x, Samples, Inputs, w1, Hidden, z);
        double[] h = new double[Samples * Hidden];
        Vec.Relu(z, h);
        double[] o = new double[Samples];
        Vec.MatVec(h, Samples, Hidden, w2, o);
        double[] logits = new double[Samples];
        for (int i = 0; i < Samples; i++)
        {
            logits[i] = o[i] + b2[0];
        }
        return Vec.BinaryCrossEntropyWithLogits(logits, y);
    }

    /// <summary>The network's probabilities σ(logit) for the samples: the forward pass of <see cref="Loss"/>, then a sigmoid.</summary>
    public static double[] Predict(double[] w1, double[] w2, double[] b2, double[] x)
    {
        double[] z = new double[Samples * Hidden];
        Vec.MatMul(x, Samples, Inputs, w1, Hidden, z);
        Vec.Relu(z, z);
        double[] logits = new double[Samples];
        Vec.MatVec(z, Samples, Hidden, w2, logits);
        for (int i = 0; i < Samples; i++)
        {
            logits[i] += b2[0];
        }
        double[] probabilities = new double[Samples];
        Vec.Sigmoid(logits, probabilities);
        return probabilities;
    }
}
