using AutoDiffGen.Generator.Tests.Infrastructure;
using Xunit;

namespace AutoDiffGen.Generator.Tests.Snapshots;

/// <summary>
/// Calls of the runtime's Vec primitives: a vector operation is a call into a local array in the forward
/// pass and a call of its pullback with the adjoint arrays in the backward pass; a scalar one is called
/// through its pullback like a [Differentiable] callee. Data inputs get <c>default</c> (not wanted).
/// </summary>
public sealed class VectorOpSnapshots
{
    [Fact]
    public void MlpLoss() => SnapshotTest.Run("""
        using AutoDiffGen;

        namespace Samples;

        public static partial class Mlp
        {
            [Differentiable]
            public static double Loss(double[] w1, double[] b1, double[] w2, double[] b2, [NoDiff] double[] x, [NoDiff] double[] y)
            {
                double[] z = new double[4];
                Vec.MatVec(w1, 4, 3, x, z);
                double[] a = new double[4];
                Vec.Add(z, b1, a);
                double[] h = new double[4];
                Vec.Relu(a, h);
                double[] logit = { Vec.Dot(w2, h) + b2[0] };
                return Vec.BinaryCrossEntropyWithLogits(logit, y);
            }
        }
        """);

    [Fact]
    public void EveryVectorOperation() => SnapshotTest.Run("""
        using AutoDiffGen;

        namespace Samples;

        public static partial class Shapes
        {
            [Differentiable]
            public static double F(double[] a, double[] b, [NoDiff] double[] target, double slope)
            {
                double[] p = new double[6];
                Vec.MatMul(a, 2, 3, b, 3, p);
                double[] q = new double[6];
                Vec.Multiply(p, b, q);
                double[] r = new double[6];
                Vec.Subtract(q, a, r);
                double[] s = new double[6];
                Vec.Sigmoid(r, s);
                double[] t = new double[6];
                Vec.Tanh(s, t);
                double[] u = new double[6];
                Vec.Softplus(t, u);
                double[] v = new double[6];
                Vec.LeakyRelu(u, 0.01, v);
                double[] sm = new double[6];
                Vec.Softmax(v, sm);
                double[] ls = new double[6];
                Vec.LogSoftmax(v, ls);
                return Vec.Sum(sm) * slope + Vec.MeanSquaredError(ls, target) + Vec.SoftmaxCrossEntropy(v, target) + Vec.LogSumExp(u);
            }
        }
        """);

    [Fact]
    public void BranchDataAndFloat() => SnapshotTest.Run("""
        using AutoDiffGen;

        namespace Samples;

        public static partial class Mixed
        {
            [Differentiable]
            public static float F(float[] w, [NoDiff] float[] data, bool activate)
            {
                float[] scaled = new float[3];
                Vec.Relu(data, scaled);          // data only: no backward call
                float[] h = new float[3];
                if (activate)
                {
                    Vec.Multiply(w, scaled, h);  // the data input gets default
                }
                return Vec.Dot(h, data);
            }
        }
        """);
}
