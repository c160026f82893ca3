using AutoDiffGen;

namespace AutoDiffGen.Functional.Tests.VectorOps;

/// <summary>[Differentiable] methods using each Vec call shape: every vector operation as a statement, every scalar one in an expression.</summary>
public static partial class VecCallShapeFunctions
{
    /// <summary>Element-wise operations and activations chained; scalar reductions at the end.</summary>
    [Differentiable]
    public static double Chain(double[] x, double[] w, double slope)
    {
        double[] p = new double[x.Length];
        Vec.Multiply(x, w, p);
        double[] s = new double[x.Length];
        Vec.Sigmoid(p, s);
        double[] t = new double[x.Length];
        Vec.Tanh(s, t);
        double[] u = new double[x.Length];
        Vec.Softplus(t, u);
        double[] v = new double[x.Length];
        Vec.LeakyRelu(u, 0.1, v);
        double[] d = new double[x.Length];
        Vec.Subtract(v, x, d);
        return Vec.Sum(d) * slope + Vec.MeanSquaredError(d, w);
    }

    /// <summary>Softmax, log-softmax and the softmax losses of one logit vector; the target is data.</summary>
    [Differentiable]
    public static double Softmaxes(double[] z, [NoDiff] double[] target)
    {
        double[] p = new double[z.Length];
        Vec.Softmax(z, p);
        double[] lp = new double[z.Length];
        Vec.LogSoftmax(z, lp);
        return Vec.Dot(p, lp) + Vec.SoftmaxCrossEntropy(z, target) + 0.5 * Vec.LogSumExp(z);
    }

    /// <summary>A matrix product, sizes from int parameters, and a squared norm of the result.</summary>
    [Differentiable]
    public static double Product(double[] a, double[] b, int m, int k, int n)
    {
        double[] c = new double[m * n];
        Vec.MatMul(a, m, k, b, n, c);
        return Vec.Dot(c, c);
    }

    /// <summary>A vector operation in a branch (runs at most once): the branch not taken leaves the zeros.</summary>
    [Differentiable]
    public static double InABranch(double[] z, bool activate)
    {
        double[] h = new double[z.Length];
        if (activate)
        {
            Vec.Relu(z, h);
        }
        return Vec.Sum(h) + Vec.Dot(z, z);
    }

    /// <summary>An input array written after the call: the backward pass restores it before the pullback reads it.</summary>
    [Differentiable]
    public static double InputWrittenAfter(double a, double b)
    {
        double[] z = { a * b, a - b, b };
        double[] s = new double[3];
        Vec.Sigmoid(z, s);
        z[0] = 5.0 * a;
        z[1] += s[2];
        return Vec.Dot(s, z);
    }

    /// <summary>Early returns after the call, and an element of the result read into a scalar.</summary>
    [Differentiable]
    public static double EarlyReturn(double[] x, double[] w)
    {
        double[] h = new double[x.Length];
        Vec.Add(x, w, h);
        double first = h[0];
        if (first > 0.0) return first * Vec.Sum(h);
        return Vec.Dot(h, x);
    }

    /// <summary>A float chain with a MatVec and a binary cross-entropy against data targets.</summary>
    [Differentiable]
    public static float FloatChain(float[] w, float[] x, [NoDiff] float[] y)
    {
        float[] z = new float[2];
        Vec.MatVec(w, 2, 3, x, z);
        float[] h = new float[2];
        Vec.Tanh(z, h);
        return Vec.BinaryCrossEntropyWithLogits(h, y);
    }

    /// <summary>After a loop that may return: the loop exits become flags and the call sits under 'if (!returning)'.</summary>
    [Differentiable]
    public static double AfterALoopThatMayReturn(double[] x, int n)
    {
        double s = 0;
        for (int i = 0; i < n; i++)
        {
            s += x[i % x.Length] * x[i % x.Length];
            if (s > 3.0) return s;
        }
        double[] h = new double[x.Length];
        Vec.Softplus(x, h);
        return Vec.Sum(h) * s;
    }

    /// <summary>The result array declared inside the branch that fills it (one array, reused by the generated code).</summary>
    [Differentiable]
    public static double DeclaredInABranch(double[] x, bool flag)
    {
        double r = Vec.Dot(x, x);
        if (flag)
        {
            double[] h = new double[x.Length];
            Vec.Tanh(x, h);
            r = Vec.Sum(h) * r;
        }
        return r;
    }
}
