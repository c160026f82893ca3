using AutoDiffGen.Generator.Tests.Infrastructure;
using Xunit;

namespace AutoDiffGen.Generator.Tests.Snapshots;

/// <summary>Array and span parameters: Span outputs, length checks, [NoDiff] data arrays, foreach.</summary>
public sealed class ArraySnapshots
{
    [Fact]
    public void HornerOverArray() => SnapshotTest.Run("""
        using AutoDiffGen;

        namespace Samples;

        public static partial class Poly
        {
            [Differentiable]
            public static double F(double[] c, double x)
            {
                double r = 0;
                for (int i = c.Length - 1; i >= 0; i--)
                {
                    r = r * x + c[i];
                }
                return r;
            }
        }
        """);

    [Fact]
    public void SpanMeanSquaredErrorWithNoDiffData() => SnapshotTest.Run("""
        using System;
        using AutoDiffGen;

        namespace Samples;

        public static partial class Fit
        {
            [Differentiable]
            public static double F(ReadOnlySpan<double> w, [NoDiff] double[] xs, [NoDiff] double[] ys)
            {
                double loss = 0;
                for (int k = 0; k < ys.Length; k++)
                {
                    double e = w[0] + w[1] * xs[k] - ys[k];
                    loss += e * e;
                }
                return loss / ys.Length;
            }
        }
        """);

    [Fact]
    public void ForeachOverFloatSpan() => SnapshotTest.Run("""
        using System;
        using AutoDiffGen;

        namespace Samples;

        public static partial class Sums
        {
            [Differentiable]
            public static float F(Span<float> x, int[] weights)
            {
                float s = 0f;
                foreach (float v in x)
                {
                    s += MathF.Exp(v) * weights.Length;
                }
                return s;
            }
        }
        """);
}
