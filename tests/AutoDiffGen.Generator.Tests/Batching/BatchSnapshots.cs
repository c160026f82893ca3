using AutoDiffGen.Generator.Tests.Infrastructure;
using Xunit;

namespace AutoDiffGen.Generator.Tests.Batching;

/// <summary>The batched members (MBatchGradient, MBatchBackward) of each shape the span kernels handle, and the fallback.</summary>
public sealed class BatchSnapshots
{
    [Fact]
    public void ToyModelWithPerSampleData() => SnapshotTest.Run("""
        using System;
        using AutoDiffGen;

        namespace Samples;

        public static partial class Toy
        {
            [Differentiable]
            public static double Loss([PerSample, NoDiff] double x, [PerSample, NoDiff] double y,
                double beta0, double omega0, double beta1, double omega1,
                double beta2, double omega2, double beta3, double omega3)
            {
                double f0 = beta0 + omega0 * x;
                double h1 = Math.Sin(f0);
                double f1 = beta1 + omega1 * h1;
                double h2 = Math.Exp(f1);
                double f2 = beta2 + omega2 * h2;
                double h3 = Math.Cos(f2);
                double f3 = beta3 + omega3 * h3;
                return (f3 - y) * (f3 - y);
            }
        }
        """);

    [Fact]
    public void BranchesBecomeMasks() => SnapshotTest.Run("""
        using System;
        using AutoDiffGen;

        namespace Samples;

        public static partial class Branches
        {
            [Differentiable]
            public static float F([PerSample, NoDiff] float x, float w, float b)
            {
                float a;
                if (x > 0) a = w * MathF.Log(x);
                else a = w * x - b;
                if (w > 1) a = a * b;
                return x > 1 ? a * a : MathF.Sqrt(x + 2) * b;
            }
        }
        """);

    [Fact]
    public void PerSampleGradientSharedValueAndElementLoop() => SnapshotTest.Run("""
        using System;
        using AutoDiffGen;

        namespace Samples;

        public static partial class Logistic
        {
            [Differentiable]
            public static double Loss([PerSample] double x, [PerSample, NoDiff] double label, double w, double b)
            {
                double penalty = 0.5 * w * w;
                double z = w * x + b;
                return Math.Log(1 + Math.Exp(z)) - label * z + penalty;
            }
        }
        """);

    [Fact]
    public void LoopFallsBackToScalarBackward() => SnapshotTest.Run("""
        using System;
        using AutoDiffGen;

        namespace Samples;

        public static partial class Recurrence
        {
            [Differentiable]
            public static double F([PerSample, NoDiff] double x, double[] w)
            {
                double s = x;
                for (int k = 0; k < w.Length; k++) s = Math.Tanh(s * w[k]);
                return s;
            }
        }
        """, expectedWarning: "ADGEN0031");
}
