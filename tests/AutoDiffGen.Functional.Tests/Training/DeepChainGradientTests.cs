using System;
using System.Numerics;
using AutoDiffGen.Functional.Tests.Reference;
using VanishingGradientsSample;
using Xunit;

namespace AutoDiffGen.Functional.Tests.TrainingTests;

/// <summary>
/// The generated gradient of the VanishingGradients sample's <see cref="DeepChain.Loss"/> against complex
/// step on a twin written over <see cref="Complex"/>. Complex step has no cancellation, so it stays exact for
/// the 1e−13 gradients of a vanishing chain, where central differences would give noise.
/// </summary>
public class DeepChainGradientTests
{
    [Theory]
    [InlineData(DeepChain.Sigmoid)]
    [InlineData(DeepChain.Tanh)]
    [InlineData(DeepChain.Relu)]
    public void EveryWeightAndBiasPartialMatchesComplexStep(int activation) =>
        AssertGradient(activation, layers: 6, width: 4, weightScale: 1.0, seed: 11 + activation);

    [Fact]
    public void TheVanishingGradientsOfTwentySigmoidLayersAreExact()
    {
        // The shape of the sample's first configuration: width 8, 20 sigmoid layers, weights of variance 1.
        double[] expected = AssertGradient(DeepChain.Sigmoid, layers: 20, width: 8, weightScale: 1.0, seed: 5);

        // The check above covered vanished partials: the first layer's are all below 1e−6.
        double firstLayerMax = 0.0;
        for (int i = 0; i < 64; i++) firstLayerMax = Math.Max(firstLayerMax, Math.Abs(expected[i]));
        Assert.InRange(firstLayerMax, 1e-300, 1e-6);
    }

    private static double[] AssertGradient(int activation, int layers, int width, double weightScale, int seed)
    {
        var random = new Random(seed);
        double[] x = Draw(random, width, 1.0), target = Draw(random, width, 1.0);
        double[] w = Draw(random, layers * width * width, weightScale), b = Draw(random, layers * width, 0.1);
        var dW = new double[w.Length];
        var dB = new double[b.Length];
        double value = DeepChain.LossGradient(x, target, w, b, layers, activation, dW, dB);
        Approx.SameValue(DeepChain.Loss(x, target, w, b, layers, activation), value);

        double[] point = [.. w, .. b];
        Complex Twin(Complex[] p) => ComplexLoss(x, target, p, w.Length, layers, activation);
        double[] expected = ComplexStep.Gradient(Twin, point);
        double[] actual = [.. dW, .. dB];

        // Per layer: relative to the layer's largest partial, so a partial that cancels to near 0 is judged
        // at the scale of its neighbours, not at its own.
        int perLayer = width * width;
        for (int i = 0; i < actual.Length; i++)
        {
            bool isWeight = i < w.Length;
            int layer = isWeight ? i / perLayer : (i - w.Length) / width;
            int start = isWeight ? layer * perLayer : w.Length + layer * width;
            int count = isWeight ? perLayer : width;
            double scale = 0.0;
            for (int k = start; k < start + count; k++) scale = Math.Max(scale, Math.Abs(expected[k]));
            Approx.AssertClose(expected[i], actual[i], 1e-10, 1e-10 * scale,
                isWeight ? $"dW[{i}]" : $"dB[{i - w.Length}]", $"(layer {layer + 1}, activation {activation})");
        }

        return expected;
    }

    // Uniform on ±√3·scale: mean 0, standard deviation scale.
    private static double[] Draw(Random random, int count, double scale)
    {
        var values = new double[count];
        for (int i = 0; i < count; i++) values[i] = scale * (2.0 * random.NextDouble() - 1.0) * Math.Sqrt(3.0);
        return values;
    }

    // DeepChain.Loss over Complex, parameters packed as [w…, b…].
    private static Complex ComplexLoss(double[] x, double[] target, Complex[] p, int weightCount, int layers, int activation)
    {
        int width = x.Length;
        var h = new Complex[width];
        for (int i = 0; i < width; i++) h[i] = x[i];
        var z = new Complex[width];
        for (int l = 0; l < layers; l++)
        {
            for (int j = 0; j < width; j++)
            {
                Complex s = p[weightCount + l * width + j];
                for (int i = 0; i < width; i++) s += p[(l * width + j) * width + i] * h[i];
                z[j] = s;
            }

            for (int j = 0; j < width; j++)
            {
                h[j] = activation switch
                {
                    DeepChain.Relu => z[j].Real > 0 ? z[j] : Complex.Zero,
                    DeepChain.Tanh => Complex.Tanh(z[j]),
                    _ => 1.0 / (1.0 + Complex.Exp(-z[j])),
                };
            }
        }

        Complex loss = 0.0;
        for (int j = 0; j < width; j++)
        {
            Complex e = h[j] - target[j];
            loss += e * e;
        }

        return 0.5 * loss;
    }
}
