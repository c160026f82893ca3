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

    [Fact]
    public void LocalArrayWrittenInALoop() => SnapshotTest.Run("""
        using System;
        using AutoDiffGen;

        namespace Samples;

        public static partial class Scratch
        {
            [Differentiable]
            public static double F(double[] x, double w)
            {
                double[] c = new double[x.Length];
                c[0] = x[0];
                for (int i = 1; i < x.Length; i++)
                {
                    c[i] = c[i - 1] * w + x[i];
                }
                return c[x.Length - 1] * c[0];
            }
        }
        """);

    [Fact]
    public void LocalArrayInitializerAndCompoundWrites() => SnapshotTest.Run("""
        using System;
        using AutoDiffGen;

        namespace Samples;

        public static partial class Scratch
        {
            [Differentiable]
            public static double F(double a, double b)
            {
                double[] p = { a, b, a * b };
                p[1] += Math.Sin(p[0]);
                p[2] *= p[1];
                return p[2];
            }
        }
        """);

    [Fact]
    public void LocalArrayDeclaredInALoop() => SnapshotTest.Run("""
        using System;
        using AutoDiffGen;

        namespace Samples;

        public static partial class Scratch
        {
            [Differentiable]
            public static double F(double[] mu, [NoDiff] double[] x, int d)
            {
                double total = 0;
                for (int i = 0; i < x.Length / d; i++)
                {
                    double[] xc = new double[d];
                    for (int j = 0; j < d; j++) xc[j] = x[i * d + j] - mu[j];
                    total += xc[0] * xc[d - 1];
                }
                return total;
            }
        }
        """);

    [Fact]
    public void WrittenArrayParameterIsCopied() => SnapshotTest.Run("""
        using System;
        using AutoDiffGen;

        namespace Samples;

        public static partial class InPlace
        {
            [Differentiable]
            public static double F(Span<double> s, double w)
            {
                for (int i = 1; i < s.Length; i++) s[i] += w * s[i - 1];
                return s[s.Length - 1];
            }
        }
        """);
}
