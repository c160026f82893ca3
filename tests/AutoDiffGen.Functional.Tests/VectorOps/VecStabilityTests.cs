using System;
using AutoDiffGen.Functional.Tests.Reference;
using Xunit;

namespace AutoDiffGen.Functional.Tests.VectorOps;

/// <summary>
/// Vec at the extremes where the textbook formulas overflow, cancel or lose a tiny value, against closed
/// forms; and the argument checks (lengths, overlap) with the parameter they name.
/// </summary>
public class VecStabilityTests
{
    [Fact]
    public void SoftplusKeepsTinyValuesAndDoesNotOverflow()
    {
        double[] result = new double[3];
        Vec.Softplus([-46.0, 800.0, -800.0], result);
        Approx.AssertClose(Math.Exp(-46.0) - Math.Exp(-92.0) / 2, result[0], 1e-14, 0.0, "softplus(-46)"); // log1p(e^-46), Taylor
        Assert.Equal(800.0, result[1]);
        Assert.Equal(0.0, result[2]); // e^-800 underflows: the exact value rounds to 0
    }

    [Fact]
    public void SigmoidAndTanhPullbacksKeepTinyDerivatives()
    {
        double[] x = [40.0, -40.0];
        double[] s = new double[2];
        Vec.Sigmoid(x, s);
        double[] dX = new double[2];
        Vec.SigmoidBackward(x, s, [1.0, 1.0], dX);
        double e = Math.Exp(-40.0);
        Approx.AssertClose(e / ((1 + e) * (1 + e)), dX[0], 1e-14, 0.0, "σ'(40)"); // 1 − σ(40) would be 0
        Approx.AssertClose(e / ((1 + e) * (1 + e)), dX[1], 1e-14, 0.0, "σ'(-40)");

        double[] t = new double[1];
        double[] dT = new double[1];
        Vec.TanhBackward([20.0], t, [1.0], dT);
        double sech = 2.0 / (Math.Exp(20.0) + Math.Exp(-20.0));
        Approx.AssertClose(sech * sech, dT[0], 1e-13, 0.0, "tanh'(20)");
    }

    [Fact]
    public void SoftmaxAndLogSoftmaxAreMaxShifted()
    {
        double[] p = new double[2];
        Vec.Softmax([1000.0, 0.0], p);
        Assert.Equal([1.0, 0.0], p);
        Vec.Softmax([double.NegativeInfinity, double.NegativeInfinity], p);
        Assert.Equal([0.0, 0.0], p);

        double[] logP = new double[2];
        Vec.LogSoftmax([0.0, -800.0], logP);
        Assert.Equal(-800.0, logP[1]);
        Assert.Equal(0.0, logP[0], 1e-300);
        // log softmax of the largest of [30, 0]: −log1p(e^-30), which log(sum) would round to 0.
        Vec.LogSoftmax([30.0, 0.0], logP);
        Approx.AssertClose(-Math.Exp(-30.0), logP[0], 1e-13, 0.0, "log softmax(30 | 0)");
    }

    [Fact]
    public void BinaryCrossEntropyWithLogitsIsFiniteForConfidentLogits()
    {
        double[] dZ = new double[2];
        double loss = Vec.BinaryCrossEntropyWithLogitsBackward([1000.0, -1000.0], [0.0, 1.0], 1.0, dZ, Span<double>.Empty);
        Assert.Equal(1000.0, loss); // (1000 + 1000) / 2
        Assert.Equal([0.5, -0.5], dZ);

        double[] dConfident = new double[1];
        double small = Vec.BinaryCrossEntropyWithLogitsBackward([40.0], [1.0], 1.0, dConfident, Span<double>.Empty);
        Approx.AssertClose(Math.Exp(-40.0), small, 1e-14, 0.0, "loss(40, 1)");
        Approx.AssertClose(-Math.Exp(-40.0) / (1 + Math.Exp(-40.0)), dConfident[0], 1e-14, 0.0, "∂loss/∂z at (40, 1)");
    }

    [Fact]
    public void SoftmaxCrossEntropyOfLargeLogitsIsFinite()
    {
        double[] dZ = new double[3];
        double loss = Vec.SoftmaxCrossEntropyBackward([1000.0, 0.0, 999.0], [0.0, 0.0, 1.0], 1.0, dZ, Span<double>.Empty);
        double lse = 1000.0 + Math.Log(1 + Math.Exp(-1.0));
        Approx.AssertClose(lse - 999.0, loss, 1e-13, 0.0, "loss");
        Approx.AssertClose(1 / (1 + Math.Exp(-1.0)), dZ[0], 1e-14, 0.0, "∂/∂z0");
        Approx.AssertClose(Math.Exp(-1.0) / (1 + Math.Exp(-1.0)) - 1, dZ[2], 1e-14, 0.0, "∂/∂z2");
    }

    [Fact]
    public void LengthMismatchesThrowNamingTheParameter()
    {
        double[] two = new double[2], three = new double[3];
        Assert.Equal("b", Assert.Throws<ArgumentException>(() => Vec.Dot(two, three)).ParamName);
        Assert.Equal("result", Assert.Throws<ArgumentException>(() => Vec.Relu(two, three)).ParamName);
        Assert.Equal("target", Assert.Throws<ArgumentException>(() => Vec.MeanSquaredError(two, three)).ParamName);
        Assert.Equal("matrix", Assert.Throws<ArgumentException>(() => Vec.MatVec(three, 2, 2, two, two)).ParamName);
        Assert.Equal("x", Assert.Throws<ArgumentException>(() => Vec.MatVec(new double[6], 2, 3, two, two)).ParamName);
        Assert.Equal("dResult", Assert.Throws<ArgumentException>(() => Vec.ReluBackward(two, two, three, two)).ParamName);
        Assert.Equal("rows", Assert.Throws<ArgumentOutOfRangeException>(() => Vec.MatVec(two, -1, 2, two, two)).ParamName);
    }

    [Fact]
    public void ProductsRejectAResultThatOverlapsAnInput()
    {
        double[] x = [1.0, 2.0];
        double[] matrix = [1.0, 0.0, 0.0, 1.0];
        Assert.Equal("result", Assert.Throws<ArgumentException>(() => Vec.MatVec(matrix, 2, 2, x, x)).ParamName);
        Assert.Equal("result", Assert.Throws<ArgumentException>(() => Vec.MatMul(matrix, 2, 2, matrix, 2, matrix)).ParamName);
        Assert.Equal("result", Assert.Throws<ArgumentException>(() => Vec.LogSoftmax(x, x)).ParamName);
    }

    [Fact]
    public void EmptyMeansAreNaNAndEmptySumsAreZero()
    {
        ReadOnlySpan<double> none = [];
        Assert.True(double.IsNaN(Vec.MeanSquaredError(none, none)));
        Assert.True(double.IsNaN(Vec.BinaryCrossEntropyWithLogits(none, none)));
        Assert.Equal(0.0, Vec.SoftmaxCrossEntropy(none, none));
        Assert.Equal(0.0, Vec.Dot(none, none));
    }
}
