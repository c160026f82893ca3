using System;
using System.Collections.Generic;
using System.Linq;

namespace AutoDiffGen.Functional.Tests.VectorOps;

/// <summary>
/// Every Vec function with its naive reference (written here, not taken from the runtime) and its inputs.
/// Inputs stay away from kinks (ReLU at 0) and from the ranges where the naive references lose accuracy.
/// </summary>
internal static class VecOps
{
    private const double Slope = 0.05;

    public static IEnumerable<VecOp> All()
    {
        double[] a = { 0.7, -1.3, 2.1, 0.4, -0.9 };
        double[] b = { -0.6, 0.8, 1.5, -2.2, 0.35 };
        double[] probabilities = { 0.1, 0.2, 0.05, 0.6, 0.05 };
        double[] labels = { 1, 0, 1, 1, 0 };
        double[] m34 = { 0.5, -1.2, 0.3, 2.0, -0.7, 0.9, 1.1, -0.4, 0.25, -1.6, 0.8, 0.6 };
        double[] x4 = { 1.2, -0.5, 0.75, -2.0 };
        double[] m23 = { 0.3, -0.8, 1.4, 0.6, 0.2, -1.1 };

        yield return Scalar("Dot", x => Sum(x[0].Zip(x[1], (p, q) => p * q)), new[] { a, b },
            x => Vec.Dot(x[0], x[1]), (x, s, d) => Vec.DotBackward(x[0], x[1], s, d[0], d[1]),
            x => Vec.Dot(x[0], x[1]), (x, s, d) => Vec.DotBackward(x[0], x[1], s, d[0], d[1]));
        yield return Scalar("Sum", x => Sum(x[0]), new[] { a },
            x => Vec.Sum(x[0]), (x, s, d) => Vec.SumBackward(x[0], s, d[0]),
            x => Vec.Sum(x[0]), (x, s, d) => Vec.SumBackward(x[0], s, d[0]));
        yield return Scalar("LogSumExp", x => Math.Log(Sum(x[0].Select(v => Math.Exp(v)))), new[] { a },
            x => Vec.LogSumExp(x[0]), (x, s, d) => Vec.LogSumExpBackward(x[0], s, d[0]),
            x => Vec.LogSumExp(x[0]), (x, s, d) => Vec.LogSumExpBackward(x[0], s, d[0]));
        yield return Scalar("MeanSquaredError", x => Sum(x[0].Zip(x[1], (p, t) => (p - t) * (p - t))) / x[0].Length, new[] { a, b },
            x => Vec.MeanSquaredError(x[0], x[1]), (x, s, d) => Vec.MeanSquaredErrorBackward(x[0], x[1], s, d[0], d[1]),
            x => Vec.MeanSquaredError(x[0], x[1]), (x, s, d) => Vec.MeanSquaredErrorBackward(x[0], x[1], s, d[0], d[1]));
        yield return Scalar("BinaryCrossEntropyWithLogits", TextbookBce, new[] { a, labels },
            x => Vec.BinaryCrossEntropyWithLogits(x[0], x[1]), (x, s, d) => Vec.BinaryCrossEntropyWithLogitsBackward(x[0], x[1], s, d[0], d[1]),
            x => Vec.BinaryCrossEntropyWithLogits(x[0], x[1]), (x, s, d) => Vec.BinaryCrossEntropyWithLogitsBackward(x[0], x[1], s, d[0], d[1]));
        yield return Scalar("BinaryCrossEntropyWithLogits (soft targets)", TextbookBce, new[] { a, new[] { 0.3, 0.9, 0.5, 0.0, 0.75 } },
            x => Vec.BinaryCrossEntropyWithLogits(x[0], x[1]), (x, s, d) => Vec.BinaryCrossEntropyWithLogitsBackward(x[0], x[1], s, d[0], d[1]),
            x => Vec.BinaryCrossEntropyWithLogits(x[0], x[1]), (x, s, d) => Vec.BinaryCrossEntropyWithLogitsBackward(x[0], x[1], s, d[0], d[1]));
        yield return Scalar("SoftmaxCrossEntropy", x => -Sum(x[1].Zip(TextbookSoftmax(x[0]), (t, p) => t * Math.Log(p))), new[] { a, probabilities },
            x => Vec.SoftmaxCrossEntropy(x[0], x[1]), (x, s, d) => Vec.SoftmaxCrossEntropyBackward(x[0], x[1], s, d[0], d[1]),
            x => Vec.SoftmaxCrossEntropy(x[0], x[1]), (x, s, d) => Vec.SoftmaxCrossEntropyBackward(x[0], x[1], s, d[0], d[1]));

        yield return Vector("MatVec", x => TextbookMatMul(x[0], 3, 4, x[1], 1), new[] { m34, x4 },
            (x, r) => Vec.MatVec(x[0], 3, 4, x[1], r), (x, r, g, d) => Vec.MatVecBackward(x[0], 3, 4, x[1], r, g, d[0], d[1]),
            (x, r) => Vec.MatVec(x[0], 3, 4, x[1], r), (x, r, g, d) => Vec.MatVecBackward(x[0], 3, 4, x[1], r, g, d[0], d[1]), 3);
        yield return Vector("MatMul", x => TextbookMatMul(x[0], 2, 3, x[1], 4), new[] { m23, m34 },
            (x, r) => Vec.MatMul(x[0], 2, 3, x[1], 4, r), (x, r, g, d) => Vec.MatMulBackward(x[0], 2, 3, x[1], 4, r, g, d[0], d[1]),
            (x, r) => Vec.MatMul(x[0], 2, 3, x[1], 4, r), (x, r, g, d) => Vec.MatMulBackward(x[0], 2, 3, x[1], 4, r, g, d[0], d[1]), 8);
        yield return Vector("Add", x => x[0].Zip(x[1], (p, q) => p + q).ToArray(), new[] { a, b },
            (x, r) => Vec.Add(x[0], x[1], r), (x, r, g, d) => Vec.AddBackward(x[0], x[1], r, g, d[0], d[1]),
            (x, r) => Vec.Add(x[0], x[1], r), (x, r, g, d) => Vec.AddBackward(x[0], x[1], r, g, d[0], d[1]));
        yield return Vector("Subtract", x => x[0].Zip(x[1], (p, q) => p - q).ToArray(), new[] { a, b },
            (x, r) => Vec.Subtract(x[0], x[1], r), (x, r, g, d) => Vec.SubtractBackward(x[0], x[1], r, g, d[0], d[1]),
            (x, r) => Vec.Subtract(x[0], x[1], r), (x, r, g, d) => Vec.SubtractBackward(x[0], x[1], r, g, d[0], d[1]));
        yield return Vector("Multiply", x => x[0].Zip(x[1], (p, q) => p * q).ToArray(), new[] { a, b },
            (x, r) => Vec.Multiply(x[0], x[1], r), (x, r, g, d) => Vec.MultiplyBackward(x[0], x[1], r, g, d[0], d[1]),
            (x, r) => Vec.Multiply(x[0], x[1], r), (x, r, g, d) => Vec.MultiplyBackward(x[0], x[1], r, g, d[0], d[1]));
        yield return Vector("Sigmoid", x => x[0].Select(v => 1.0 / (1.0 + Math.Exp(-v))).ToArray(), new[] { a },
            (x, r) => Vec.Sigmoid(x[0], r), (x, r, g, d) => Vec.SigmoidBackward(x[0], r, g, d[0]),
            (x, r) => Vec.Sigmoid(x[0], r), (x, r, g, d) => Vec.SigmoidBackward(x[0], r, g, d[0]));
        yield return Vector("Tanh", x => x[0].Select(v => (Math.Exp(v) - Math.Exp(-v)) / (Math.Exp(v) + Math.Exp(-v))).ToArray(), new[] { a },
            (x, r) => Vec.Tanh(x[0], r), (x, r, g, d) => Vec.TanhBackward(x[0], r, g, d[0]),
            (x, r) => Vec.Tanh(x[0], r), (x, r, g, d) => Vec.TanhBackward(x[0], r, g, d[0]));
        yield return Vector("Relu", x => x[0].Select(v => v > 0 ? v : 0.0).ToArray(), new[] { a },
            (x, r) => Vec.Relu(x[0], r), (x, r, g, d) => Vec.ReluBackward(x[0], r, g, d[0]),
            (x, r) => Vec.Relu(x[0], r), (x, r, g, d) => Vec.ReluBackward(x[0], r, g, d[0]));
        yield return Vector("LeakyRelu", x => x[0].Select(v => v > 0 ? v : Slope * v).ToArray(), new[] { a },
            (x, r) => Vec.LeakyRelu(x[0], Slope, r), (x, r, g, d) => Vec.LeakyReluBackward(x[0], Slope, r, g, d[0]),
            (x, r) => Vec.LeakyRelu(x[0], (float)Slope, r), (x, r, g, d) => Vec.LeakyReluBackward(x[0], (float)Slope, r, g, d[0]));
        yield return Vector("Softplus", x => x[0].Select(v => Math.Log(1.0 + Math.Exp(v))).ToArray(), new[] { a },
            (x, r) => Vec.Softplus(x[0], r), (x, r, g, d) => Vec.SoftplusBackward(x[0], r, g, d[0]),
            (x, r) => Vec.Softplus(x[0], r), (x, r, g, d) => Vec.SoftplusBackward(x[0], r, g, d[0]));
        yield return Vector("Softmax", x => TextbookSoftmax(x[0]), new[] { a },
            (x, r) => Vec.Softmax(x[0], r), (x, r, g, d) => Vec.SoftmaxBackward(x[0], r, g, d[0]),
            (x, r) => Vec.Softmax(x[0], r), (x, r, g, d) => Vec.SoftmaxBackward(x[0], r, g, d[0]));
        yield return Vector("LogSoftmax", x => TextbookSoftmax(x[0]).Select(p => Math.Log(p)).ToArray(), new[] { a },
            (x, r) => Vec.LogSoftmax(x[0], r), (x, r, g, d) => Vec.LogSoftmaxBackward(x[0], r, g, d[0]),
            (x, r) => Vec.LogSoftmax(x[0], r), (x, r, g, d) => Vec.LogSoftmaxBackward(x[0], r, g, d[0]));

        // Long enough for the Vector<T> loops and their scalar tails (and for rented scratch beyond 256 elements).
        double[] longX = Enumerable.Range(0, 301).Select(i => Math.Sin(0.37 * i) * 3.0 + 0.05).ToArray();
        double[] longY = Enumerable.Range(0, 301).Select(i => (double)(i % 2)).ToArray();
        yield return Vector("Relu (301)", x => x[0].Select(v => v > 0 ? v : 0.0).ToArray(), new[] { longX },
            (x, r) => Vec.Relu(x[0], r), (x, r, g, d) => Vec.ReluBackward(x[0], r, g, d[0]),
            (x, r) => Vec.Relu(x[0], r), (x, r, g, d) => Vec.ReluBackward(x[0], r, g, d[0]));
        yield return Vector("LeakyRelu (301)", x => x[0].Select(v => v > 0 ? v : Slope * v).ToArray(), new[] { longX },
            (x, r) => Vec.LeakyRelu(x[0], Slope, r), (x, r, g, d) => Vec.LeakyReluBackward(x[0], Slope, r, g, d[0]),
            (x, r) => Vec.LeakyRelu(x[0], (float)Slope, r), (x, r, g, d) => Vec.LeakyReluBackward(x[0], (float)Slope, r, g, d[0]));
        yield return Vector("Softplus (301)", x => x[0].Select(v => Math.Log(1.0 + Math.Exp(v))).ToArray(), new[] { longX },
            (x, r) => Vec.Softplus(x[0], r), (x, r, g, d) => Vec.SoftplusBackward(x[0], r, g, d[0]),
            (x, r) => Vec.Softplus(x[0], r), (x, r, g, d) => Vec.SoftplusBackward(x[0], r, g, d[0]));
        yield return Vector("Sigmoid (301)", x => x[0].Select(v => 1.0 / (1.0 + Math.Exp(-v))).ToArray(), new[] { longX },
            (x, r) => Vec.Sigmoid(x[0], r), (x, r, g, d) => Vec.SigmoidBackward(x[0], r, g, d[0]),
            (x, r) => Vec.Sigmoid(x[0], r), (x, r, g, d) => Vec.SigmoidBackward(x[0], r, g, d[0]));
        yield return Scalar("BinaryCrossEntropyWithLogits (301)", TextbookBce, new[] { longX, longY },
            x => Vec.BinaryCrossEntropyWithLogits(x[0], x[1]), (x, s, d) => Vec.BinaryCrossEntropyWithLogitsBackward(x[0], x[1], s, d[0], d[1]),
            x => Vec.BinaryCrossEntropyWithLogits(x[0], x[1]), (x, s, d) => Vec.BinaryCrossEntropyWithLogitsBackward(x[0], x[1], s, d[0], d[1]));
    }

    public static IEnumerable<object[]> Names() => All().Select(op => new object[] { op.Name });

    public static VecOp Named(string name) => All().Single(op => op.Name == name);

    private static double Sum(IEnumerable<double> values) => values.Aggregate(0.0, (s, v) => s + v);

    private static double[] TextbookBce(double[][] x) => new[]
    {
        x[0].Zip(x[1], (z, y) =>
        {
            double p = 1.0 / (1.0 + Math.Exp(-z));
            return -(y * Math.Log(p) + (1 - y) * Math.Log(1 - p));
        }).Sum() / x[0].Length,
    };

    private static double[] TextbookSoftmax(double[] z)
    {
        double total = Sum(z.Select(v => Math.Exp(v)));
        return z.Select(v => Math.Exp(v) / total).ToArray();
    }

    private static double[] TextbookMatMul(double[] a, int m, int k, double[] b, int n)
    {
        var result = new double[m * n];
        for (int i = 0; i < m; i++)
            for (int j = 0; j < n; j++)
                for (int p = 0; p < k; p++)
                    result[i * n + j] += a[i * k + p] * b[p * n + j];
        return result;
    }

    private delegate T ScalarForward<T>(T[][] x);

    private delegate T ScalarBackward<T>(T[][] x, T seed, T[][] d);

    private delegate void VectorForward<T>(T[][] x, T[] result);

    private delegate void VectorBackward<T>(T[][] x, T[] result, T[] dResult, T[][] d);

    private static VecOp Scalar(string name, Func<double[][], double> reference, double[][] inputs,
        ScalarForward<double> forward, ScalarBackward<double> backward, ScalarForward<float> forwardF, ScalarBackward<float> backwardF) =>
        Scalar(name, x => new[] { reference(x) }, inputs, forward, backward, forwardF, backwardF);

    private static VecOp Scalar(string name, Func<double[][], double[]> reference, double[][] inputs,
        ScalarForward<double> forward, ScalarBackward<double> backward, ScalarForward<float> forwardF, ScalarBackward<float> backwardF) =>
        new(name, reference, inputs,
            new VecImplementation<double>(x => new[] { forward(x) }, (x, _, g, d) => backward(x, g[0], d)),
            new VecImplementation<float>(x => new[] { forwardF(x) }, (x, _, g, d) => backwardF(x, g[0], d)),
            ScalarValued: true);

    private static VecOp Vector(string name, Func<double[][], double[]> reference, double[][] inputs,
        VectorForward<double> forward, VectorBackward<double> backward, VectorForward<float> forwardF, VectorBackward<float> backwardF,
        int? resultLength = null) =>
        new(name, reference, inputs,
            new VecImplementation<double>(
                x => { var r = new double[resultLength ?? x[0].Length]; forward(x, r); return r; },
                (x, r, g, d) => { backward(x, r, g, d); return double.NaN; }),
            new VecImplementation<float>(
                x => { var r = new float[resultLength ?? x[0].Length]; forwardF(x, r); return r; },
                (x, r, g, d) => { backwardF(x, r, g, d); return float.NaN; }),
            ScalarValued: false);
}
