using System;
using AutoDiffGen.Training;

namespace VanishingGradientsSample;

/// <summary>Builds a chain for a <see cref="Configuration"/> and measures its gradient, layer by layer.</summary>
public static class Experiment
{
    /// <summary>
    /// Draws the weights (biases 0), then accumulates the gradient of the mean loss over a batch of N(0, 1)
    /// inputs with targets in [0, 1), and reports the norm of ∂loss/∂Wₗ for every layer.
    /// </summary>
    /// <param name="configuration">The activation and initialisation.</param>
    /// <param name="layers">The depth.</param>
    /// <param name="width">The width of every layer.</param>
    /// <param name="batch">The number of inputs the gradient is averaged over.</param>
    /// <param name="seed">Seeds the weights and, separately, the data (the same data for every configuration).</param>
    /// <returns>The report, one group per layer ("layer 1" nearest the input), and the mean loss.</returns>
    public static (GradientHealth Health, double MeanLoss) Run(Configuration configuration, int layers, int width,
        int batch, int seed)
    {
        int perLayer = width * width;
        var w = new double[layers * perLayer];
        var b = new double[layers * width];
        var weightRandom = new Random(seed);
        for (int l = 0; l < layers; l++)
        {
            configuration.Initialize(w.AsSpan(l * perLayer, perLayer), width, weightRandom);
        }

        var dataRandom = new Random(seed + 1);
        var x = new double[width];
        var target = new double[width];
        var dW = new double[w.Length];
        var dB = new double[b.Length];
        double meanLoss = 0.0;
        for (int n = 0; n < batch; n++)
        {
            Initializers.Normal(x, 1.0, dataRandom);
            for (int j = 0; j < width; j++) target[j] = dataRandom.NextDouble();
            // Backward adds seed·gradient: with seed 1/batch the accumulators end up holding the mean's gradient.
            meanLoss += DeepChain.LossBackward(x, target, w, b, layers, configuration.Activation, 1.0 / batch, dW, dB) / batch;
        }

        var health = new GradientHealth();
        for (int l = 0; l < layers; l++)
        {
            health.Add<double>($"layer {l + 1}", dW.AsSpan(l * perLayer, perLayer));
        }

        return (health, meanLoss);
    }
}
