using AutoDiffGen;

namespace Viewer.Samples;

public static partial class Neuron
{
    [Differentiable]
    public static double Output([NoDiff] double x, double w, double b) => Activation.Softplus(w * x + b);
}
