using System;
using AutoDiffGen.Training;

namespace VanishingGradientsSample;

/// <summary>One way to build the chain: an activation and how the weights of each layer are drawn.</summary>
/// <param name="Name">The name in the table and the plot's legend.</param>
/// <param name="Activation">One of <see cref="DeepChain"/>'s activation constants.</param>
/// <param name="Initialize">Fills one layer's width × width weights (fanIn = fanOut = width).</param>
/// <param name="Colour">The line's colour in the plot.</param>
public sealed record Configuration(string Name, int Activation, Action<Span<double>, int, Random> Initialize, string Colour)
{
    /// <summary>
    /// The compared configurations: each activation with a "naive" N(0, 1) draw (the scale ignores the width)
    /// and with the initialisation derived for it.
    /// </summary>
    public static Configuration[] All { get; } =
    {
        new("sigmoid, N(0,1)", DeepChain.Sigmoid, (w, _, r) => Initializers.Normal(w, 1.0, r), "#d62728"),
        new("sigmoid, Xavier", DeepChain.Sigmoid, (w, n, r) => Initializers.XavierNormal(w, n, n, r), "#ff7f0e"),
        new("tanh, Xavier", DeepChain.Tanh, (w, n, r) => Initializers.XavierNormal(w, n, n, r), "#9467bd"),
        new("ReLU, N(0,1)", DeepChain.Relu, (w, _, r) => Initializers.Normal(w, 1.0, r), "#1f77b4"),
        new("ReLU, He", DeepChain.Relu, (w, n, r) => Initializers.HeNormal(w, n, r), "#2ca02c"),
    };
}
