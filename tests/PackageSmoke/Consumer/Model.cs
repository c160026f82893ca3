using System;
using AutoDiffGen;

namespace PackageSmoke;

public static partial class Model
{
    /// <summary>f(x, y, a) = x·sin(y) + exp(x·y) + a²·x, with a marked [NoDiff].</summary>
    [Differentiable]
    public static double F(double x, double y, [NoDiff] double a)
    {
        double p = x * y;
        return x * Math.Sin(y) + Math.Exp(p) + a * a * x;
    }

    /// <summary>g(x; w) = (w·x − 1)², one sample x: the package must also bring the batched members and their span kernels.</summary>
    [Differentiable]
    public static double G([PerSample, NoDiff] double x, double w) => (w * x - 1) * (w * x - 1);
}
