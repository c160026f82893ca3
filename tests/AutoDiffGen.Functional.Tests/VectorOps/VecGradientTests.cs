using System;
using System.Linq;
using AutoDiffGen.Functional.Tests.Reference;
using Xunit;

namespace AutoDiffGen.Functional.Tests.VectorOps;

/// <summary>
/// Generated gradients of [Differentiable] code calling Vec: the MLP loss (double and float) and every call
/// shape, against central differences of the method itself; Backward adds seed·gradient into non-zero
/// accumulators.
/// </summary>
public class VecGradientTests
{
    private static readonly double[] W1 = { 0.5, -0.3, 0.8, -0.6, 0.9, 0.1, 0.4, 0.7, -0.2, -0.5, 0.2, 0.6 };
    private static readonly double[] B1 = { 0.1, -0.2, 0.05, 0.3 };
    private static readonly double[] W2 = { 0.7, -0.4, 0.9, 0.25 };
    private static readonly double[] B2 = { -0.1 };

    /// <summary>Central differences of f with respect to each element of each array, the others held.</summary>
    private static double[][] Differences(Func<double[][], double> f, params double[][] arrays) =>
        arrays.Select((array, k) => array.Select((_, i) => FiniteDifference.Partial(v =>
        {
            double[][] copy = arrays.Select(a => (double[])a.Clone()).ToArray();
            copy[k] = v;
            return f(copy);
        }, array, i)).ToArray()).ToArray();

    private static void AssertGradient(double[] expected, double[] actual, string name, double tolerance = 1e-7)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (int i = 0; i < expected.Length; i++) Approx.AssertClose(expected[i], actual[i], tolerance, tolerance, name + "[" + i + "]", "");
    }

    [Theory]
    [InlineData(1.0, 0.0, 1.0, 0.0)]
    [InlineData(0.0, 1.0, 1.0, 1.0)]
    [InlineData(1.0, 1.0, 1.0, 1.0)]
    [InlineData(0.3, -0.8, 1.0, 0.25)]
    public void MlpLossGradientMatchesCentralDifferences(double x0, double x1, double x2, double y)
    {
        double[] x = { x0, x1, x2 };
        double[] target = { y };
        double[] dW1 = new double[12], dB1 = new double[4], dW2 = new double[4], dB2 = new double[1];
        double value = MlpFunctions.MlpLossGradient(W1, B1, W2, B2, x, target, dW1, dB1, dW2, dB2);
        Approx.SameValue(MlpFunctions.MlpLoss(W1, B1, W2, B2, x, target), value);

        double[][] expected = Differences(p => MlpFunctions.MlpLoss(p[0], p[1], p[2], p[3], x, target), W1, B1, W2, B2);
        AssertGradient(expected[0], dW1, "dW1");
        AssertGradient(expected[1], dB1, "dB1");
        AssertGradient(expected[2], dW2, "dW2");
        AssertGradient(expected[3], dB2, "dB2");

        // Backward adds seed · gradient into what is there.
        double[] acc = Enumerable.Repeat(0.5, 12).ToArray();
        double[] accB1 = new double[4], accW2 = new double[4], accB2 = { -1.0 };
        MlpFunctions.MlpLossBackward(W1, B1, W2, B2, x, target, 2.5, acc, accB1, accW2, accB2);
        AssertGradient(expected[0].Select(g => 0.5 + 2.5 * g).ToArray(), acc, "Backward dW1");
        AssertGradient(expected[3].Select(g => -1.0 + 2.5 * g).ToArray(), accB2, "Backward dB2");
    }

    [Fact]
    public void FloatMlpLossGradientMatchesCentralDifferencesOfTheDoubleLoss()
    {
        float[] F(double[] a) => a.Select(v => (float)v).ToArray();
        double[] x = { 0.3, -0.8, 1.0 };
        double[] target = { 1.0 };
        float[] dW1 = new float[12], dB1 = new float[4], dW2 = new float[4], dB2 = new float[1];
        MlpFunctions.MlpLossFloatGradient(F(W1), F(B1), F(W2), F(B2), F(x), F(target), dW1, dB1, dW2, dB2);
        double[] D(double[] a) => F(a).Select(v => (double)v).ToArray();
        double[][] expected = Differences(p => MlpFunctions.MlpLoss(p[0], p[1], p[2], p[3], D(x), D(target)), D(W1), D(B1), D(W2), D(B2));
        AssertGradient(expected[0], dW1.Select(v => (double)v).ToArray(), "dW1", 1e-5);
        AssertGradient(expected[1], dB1.Select(v => (double)v).ToArray(), "dB1", 1e-5);
        AssertGradient(expected[2], dW2.Select(v => (double)v).ToArray(), "dW2", 1e-5);
        AssertGradient(expected[3], dB2.Select(v => (double)v).ToArray(), "dB2", 1e-5);
    }

    [Fact]
    public void ChainOfElementWiseOperationsAndActivations()
    {
        double[] x = { 0.4, -1.1, 0.9, 2.0, -0.3 }, w = { 1.3, 0.6, -0.8, 0.2, 1.7 };
        double slope = 0.75;
        double[] dX = new double[5], dW = new double[5];
        VecCallShapeFunctions.ChainGradient(x, w, slope, dX, dW, out double dSlope);
        double[][] expected = Differences(p => VecCallShapeFunctions.Chain(p[0], p[1], p[2][0]), x, w, new[] { slope });
        AssertGradient(expected[0], dX, "dX");
        AssertGradient(expected[1], dW, "dW");
        Approx.AssertClose(expected[2][0], dSlope, 1e-7, 1e-7, "dSlope", "");
    }

    [Fact]
    public void SoftmaxesAndSoftmaxLosses()
    {
        double[] z = { 0.3, -1.2, 2.2, 0.8 }, target = { 0.1, 0.2, 0.6, 0.1 };
        double[] dZ = new double[4];
        VecCallShapeFunctions.SoftmaxesGradient(z, target, dZ);
        AssertGradient(Differences(p => VecCallShapeFunctions.Softmaxes(p[0], target), z)[0], dZ, "dZ");
    }

    [Fact]
    public void MatrixProductWithSizesFromParameters()
    {
        double[] a = { 0.3, -0.8, 1.4, 0.6, 0.2, -1.1 }, b = { 0.5, -1.2, 0.3, 2.0, -0.7, 0.9 };
        double[] dA = new double[6], dB = new double[6];
        VecCallShapeFunctions.ProductGradient(a, b, 2, 3, 2, dA, dB);
        double[][] expected = Differences(p => VecCallShapeFunctions.Product(p[0], p[1], 2, 3, 2), a, b);
        AssertGradient(expected[0], dA, "dA");
        AssertGradient(expected[1], dB, "dB");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void VectorOperationInABranch(bool activate)
    {
        double[] z = { 0.5, -0.7, 1.5 };
        double[] dZ = new double[3];
        VecCallShapeFunctions.InABranchGradient(z, activate, dZ);
        AssertGradient(Differences(p => VecCallShapeFunctions.InABranch(p[0], activate), z)[0], dZ, "dZ");
    }

    [Fact]
    public void InputWrittenAfterTheCallIsRestoredForThePullback()
    {
        double a = 0.7, b = -1.3;
        double value = VecCallShapeFunctions.InputWrittenAfterGradient(a, b, out double dA, out double dB);
        Approx.SameValue(VecCallShapeFunctions.InputWrittenAfter(a, b), value);
        Approx.AssertClose(FiniteDifference.Derivative(v => VecCallShapeFunctions.InputWrittenAfter(v, b), a), dA, 1e-7, 1e-7, "dA", "");
        Approx.AssertClose(FiniteDifference.Derivative(v => VecCallShapeFunctions.InputWrittenAfter(a, v), b), dB, 1e-7, 1e-7, "dB", "");
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(-2.5)]
    public void EarlyReturnsAfterTheCall(double x0)
    {
        double[] x = { x0, 0.4, -0.6 }, w = { 0.2, 1.1, 0.3 };
        double[] dX = new double[3], dW = new double[3];
        VecCallShapeFunctions.EarlyReturnGradient(x, w, dX, dW);
        double[][] expected = Differences(p => VecCallShapeFunctions.EarlyReturn(p[0], p[1]), x, w);
        AssertGradient(expected[0], dX, "dX");
        AssertGradient(expected[1], dW, "dW");
    }

    [Fact]
    public void FloatChainWithMatVecAndBinaryCrossEntropy()
    {
        float[] w = { 0.5f, -0.3f, 0.8f, -0.6f, 0.9f, 0.1f }, x = { 0.7f, -1.2f, 0.4f }, y = { 1f, 0f };
        float[] dW = new float[6], dX = new float[3];
        VecCallShapeFunctions.FloatChainGradient(w, x, y, dW, dX);
        // Reference: the same loss written out in double (tanh, then the textbook binary cross-entropy).
        double Loss(double[][] p)
        {
            double total = 0;
            for (int i = 0; i < 2; i++)
            {
                double h = Math.Tanh(p[0][3 * i] * p[1][0] + p[0][3 * i + 1] * p[1][1] + p[0][3 * i + 2] * p[1][2]);
                double s = 1 / (1 + Math.Exp(-h));
                total -= y[i] * Math.Log(s) + (1 - y[i]) * Math.Log(1 - s);
            }
            return total / 2;
        }
        double[][] expected = Differences(Loss, w.Select(v => (double)v).ToArray(), x.Select(v => (double)v).ToArray());
        AssertGradient(expected[0], dW.Select(v => (double)v).ToArray(), "dW", 1e-5);
        AssertGradient(expected[1], dX.Select(v => (double)v).ToArray(), "dX", 1e-5);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(40)]
    public void AfterALoopThatMayReturn(int n)
    {
        double[] x = { 0.5, -0.7, 0.3 };
        double[] dX = new double[3];
        VecCallShapeFunctions.AfterALoopThatMayReturnGradient(x, n, dX);
        AssertGradient(Differences(p => VecCallShapeFunctions.AfterALoopThatMayReturn(p[0], n), x)[0], dX, "dX");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void ResultArrayDeclaredInABranch(bool flag)
    {
        double[] x = { 0.5, -0.7, 0.3 };
        double[] dX = new double[3];
        VecCallShapeFunctions.DeclaredInABranchGradient(x, flag, dX);
        AssertGradient(Differences(p => VecCallShapeFunctions.DeclaredInABranch(p[0], flag), x)[0], dX, "dX");
    }
}
