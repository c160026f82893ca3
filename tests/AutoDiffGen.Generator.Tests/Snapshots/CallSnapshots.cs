using AutoDiffGen.Generator.Tests.Infrastructure;
using Xunit;

namespace AutoDiffGen.Generator.Tests.Snapshots;

/// <summary>Calls of [Differentiable] methods go through the callee's generated Backward.</summary>
public sealed class CallSnapshots
{
    [Fact]
    public void CallToAnotherDifferentiableMethod() => SnapshotTest.Run("""
        using System;
        using AutoDiffGen;

        namespace Samples;

        public static partial class Library
        {
            [Differentiable]
            public static double Softplus(double v, [NoDiff] double k, int n) => Math.Log(1 + Math.Exp(v * k)) * n;
        }

        public static partial class User
        {
            [Differentiable]
            public static double F(double x, double y) => Library.Softplus(x * y, 2.0, 3) + Math.Sin(y);
        }
        """);

    [Fact]
    public void Recursion() => SnapshotTest.Run("""
        using AutoDiffGen;

        namespace Samples;

        public static partial class Rec
        {
            [Differentiable]
            public static double Power(double x, int n)
            {
                if (n == 0)
                {
                    return 1;
                }
                return x * Power(x, n - 1);
            }
        }
        """);

    [Fact]
    public void CallThroughABackwardRuleAndStopGradient() => SnapshotTest.Run("""
        using System;
        using AutoDiffGen;

        namespace Samples;

        public static partial class Rules
        {
            public static double Erf(double x) => Math.Tanh(1.2 * x);

            [BackwardOf(nameof(Erf))]
            public static double ErfBackward(double x, double seed, ref double dX)
            {
                dX += seed * 2.0 / Math.Sqrt(Math.PI) * Math.Exp(-x * x);
                return Erf(x);
            }

            [Differentiable]
            public static double F(double x, double target) => Erf(x) * (x - Gradient.Stop(target * x));
        }
        """);

    [Fact]
    public void ArraysPassedToACallee() => SnapshotTest.Run("""
        using System;
        using AutoDiffGen;

        namespace Samples;

        public static partial class Linear
        {
            [Differentiable]
            public static double Dot(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
            {
                double s = 0;
                for (int i = 0; i < a.Length; i++) s += a[i] * b[i];
                return s;
            }

            [Differentiable]
            public static double Predict(double[] w, [NoDiff] double[] x, double bias) => Math.Tanh(Dot(w, x) + bias);
        }
        """);
}
