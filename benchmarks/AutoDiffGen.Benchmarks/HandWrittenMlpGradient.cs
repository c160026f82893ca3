using System;
using System.Numerics.Tensors;

namespace AutoDiffGen.Benchmarks;

/// <summary>
/// The gradient of <see cref="Mlp.Loss"/> written by hand on TensorPrimitives, as one would without a
/// generator: the forward keeps what the backward needs in buffers allocated once (the generated code
/// allocates its local arrays and their adjoints on every call), and the backward pass is fused by hand.
/// </summary>
public sealed class HandWrittenMlpGradient
{
    private readonly double[] _a = new double[Mlp.Hidden];
    private readonly double[] _h = new double[Mlp.Hidden];
    private readonly double[] _dA = new double[Mlp.Hidden];

    public double Loss(double[] w1, double[] b1, double[] w2, double[] b2, double[] x, double[] y,
        Span<double> dW1, Span<double> dB1, Span<double> dW2, Span<double> dB2)
    {
        for (int i = 0; i < Mlp.Hidden; i++)
        {
            _a[i] = TensorPrimitives.Dot<double>(w1.AsSpan(i * Mlp.Inputs, Mlp.Inputs), x) + b1[i];
        }
        TensorPrimitives.Max(_a, 0.0, _h);
        double logit = TensorPrimitives.Dot<double>(w2, _h) + b2[0];
        double loss = Math.Max(logit, 0.0) - logit * y[0] + StableMath.Log1p(Math.Exp(-Math.Abs(logit)));

        // ∂loss/∂logit = σ(logit) − y; then back through the output layer, the ReLU and the hidden layer.
        double g = StableMath.Sigmoid(logit) - y[0];
        TensorPrimitives.Multiply(_h, g, dW2);
        dB2[0] = g;
        for (int i = 0; i < Mlp.Hidden; i++)
        {
            _dA[i] = _a[i] > 0.0 ? g * w2[i] : 0.0;
        }
        _dA.CopyTo(dB1);
        for (int i = 0; i < Mlp.Hidden; i++)
        {
            TensorPrimitives.Multiply<double>(x, _dA[i], dW1.Slice(i * Mlp.Inputs, Mlp.Inputs));
        }
        return loss;
    }
}
