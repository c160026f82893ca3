using System;
using AutoDiffGen;

namespace VanishingGradientsSample;

/// <summary>
/// A deep fully connected chain of equal-width layers, hₗ = act(Wₗ·hₗ₋₁ + bₗ), with the squared error of the
/// last layer as its loss. Written as plain loops over flat arrays so the generator differentiates it; the
/// gradient of <c>w</c>, sliced per layer, shows how the gradient shrinks or grows on its way back.
/// </summary>
public static partial class DeepChain
{
    /// <summary>act(z) = 1/(1 + e^−z); its slope is at most 1/4.</summary>
    public const int Sigmoid = 0;

    /// <summary>act(z) = tanh z; slope 1 at 0, the case Glorot and Bengio's initialisation was derived for.</summary>
    public const int Tanh = 1;

    /// <summary>act(z) = max(0, z); slope 1 where active.</summary>
    public const int Relu = 2;

    /// <summary>
    /// ½·Σⱼ (h_L[j] − target[j])² for one input, through <paramref name="layers"/> layers of width x.Length.
    /// </summary>
    /// <param name="x">The input; its length is the width of every layer.</param>
    /// <param name="target">The wanted output, same length.</param>
    /// <param name="w">The weights, layer after layer, each layer row-major: w[(l·width + j)·width + i] links
    /// input i to unit j of layer l.</param>
    /// <param name="b">The biases, layer after layer: b[l·width + j].</param>
    /// <param name="layers">The depth.</param>
    /// <param name="activation"><see cref="Sigmoid"/>, <see cref="Tanh"/> or <see cref="Relu"/>.</param>
    [Differentiable]
    public static double Loss([NoDiff] double[] x, [NoDiff] double[] target, double[] w, double[] b,
        int layers, int activation)
    {
        int width = x.Length;
        double[] h = new double[width];
        for (int i = 0; i < width; i++) h[i] = x[i];
        double[] z = new double[width];
        for (int l = 0; l < layers; l++)
        {
            for (int j = 0; j < width; j++)
            {
                double s = b[l * width + j];
                for (int i = 0; i < width; i++) s += w[(l * width + j) * width + i] * h[i];
                z[j] = s;
            }

            for (int j = 0; j < width; j++)
            {
                h[j] = activation == Relu ? Math.Max(0.0, z[j])
                    : activation == Tanh ? Math.Tanh(z[j])
                    : 1.0 / (1.0 + Math.Exp(-z[j]));
            }
        }

        double loss = 0.0;
        for (int j = 0; j < width; j++)
        {
            double e = h[j] - target[j];
            loss += e * e;
        }

        return 0.5 * loss;
    }
}
