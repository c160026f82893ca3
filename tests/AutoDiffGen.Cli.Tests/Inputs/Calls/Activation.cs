using System;
using AutoDiffGen;

namespace Viewer.Samples;

public static partial class Activation
{
    [Differentiable]
    public static double Softplus(double z) => Math.Log(1.0 + Math.Exp(z));
}
