using System;
using AutoDiffGen;
using AutoDiffGen.Functional.Tests.Reference;
using Xunit;

namespace AutoDiffGen.Functional.Tests.Stability;

/// <summary>R08–R10 written as element loops, the textbook way: a sum of exponentials, then
/// e^x[k] / s (softmax), its log (log-softmax) or −Σ y·log p (cross-entropy). Each has a twin with
/// the rewrites off, which is NaN or ∞ at the catalogue's extreme points.</summary>
public static partial class SoftmaxLoops
{
    [Differentiable]
    public static double Softmax(double[] x, int k)
    {
        double s = 0;
        for (int i = 0; i < x.Length; i++) s += Math.Exp(x[i]);
        return Math.Exp(x[k]) / s;
    }

    [Differentiable(StabilityRewrites = false)]
    public static double SoftmaxAsWritten(double[] x, int k)
    {
        double s = 0;
        for (int i = 0; i < x.Length; i++) s += Math.Exp(x[i]);
        return Math.Exp(x[k]) / s;
    }

    [Differentiable]
    public static double LogSoftmax(double[] x, int k)
    {
        double s = 0;
        for (int i = 0; i < x.Length; i++) s += Math.Exp(x[i]);
        return Math.Log(Math.Exp(x[k]) / s);
    }

    [Differentiable(StabilityRewrites = false)]
    public static double LogSoftmaxAsWritten(double[] x, int k)
    {
        double s = 0;
        for (int i = 0; i < x.Length; i++) s += Math.Exp(x[i]);
        return Math.Log(Math.Exp(x[k]) / s);
    }

    [Differentiable]
    public static double CrossEntropy(double[] z, [NoDiff] double[] y)
    {
        double s = 0;
        for (int i = 0; i < z.Length; i++) s += Math.Exp(z[i]);
        double loss = 0;
        for (int i = 0; i < z.Length; i++)
        {
            double p = Math.Exp(z[i]) / s;
            loss -= y[i] * Math.Log(p);
        }
        return loss;
    }

    [Differentiable(StabilityRewrites = false)]
    public static double CrossEntropyAsWritten(double[] z, [NoDiff] double[] y)
    {
        double s = 0;
        for (int i = 0; i < z.Length; i++) s += Math.Exp(z[i]);
        double loss = 0;
        for (int i = 0; i < z.Length; i++)
        {
            double p = Math.Exp(z[i]) / s;
            loss -= y[i] * Math.Log(p);
        }
        return loss;
    }
}

public class SoftmaxLoopTests
{
    [Fact]
    public void R08_softmax_at_the_catalogue_points()
    {
        // stability-catalog R08 (mpmath): softmax([1000, 0]) = [1, 5.08e-435 → 0], Jacobian ≈ 0.
        var d = new double[2];
        Assert.Equal(1.0, SoftmaxLoops.SoftmaxGradient(new[] { 1000.0, 0.0 }, 0, d));
        Assert.Equal(0.0, d[0]);
        Assert.Equal(0.0, d[1]);
        Assert.True(double.IsNaN(SoftmaxLoops.SoftmaxAsWrittenGradient(new[] { 1000.0, 0.0 }, 0, d)));

        // softmax([-1000, -1000]) = [0.5, 0.5], Jacobian diagonal 0.25, off-diagonal -0.25.
        Assert.Equal(0.5, SoftmaxLoops.SoftmaxGradient(new[] { -1000.0, -1000.0 }, 0, d));
        Assert.Equal(0.25, d[0]);
        Assert.Equal(-0.25, d[1]);
        Assert.True(double.IsNaN(SoftmaxLoops.SoftmaxAsWrittenGradient(new[] { -1000.0, -1000.0 }, 0, d)));
    }

    [Fact]
    public void R09_log_softmax_at_the_catalogue_points()
    {
        // stability-catalog R09: log_softmax([0, -800])[1] = -800, gradient [-1, 1].
        var d = new double[2];
        Assert.Equal(-800.0, SoftmaxLoops.LogSoftmaxGradient(new[] { 0.0, -800.0 }, 1, d), 1e-12);
        Assert.Equal(-1.0, d[0], 1e-15);
        Assert.Equal(1.0, d[1], 1e-15);
        Assert.True(double.IsNegativeInfinity(SoftmaxLoops.LogSoftmaxAsWrittenGradient(new[] { 0.0, -800.0 }, 1, d)));

        // log_softmax([1000, 0])[0] = -e^-1000 → -0, gradient [e^-1000, -e^-1000] → [0, 0].
        Assert.Equal(0.0, SoftmaxLoops.LogSoftmaxGradient(new[] { 1000.0, 0.0 }, 0, d), 1e-300);
        Assert.Equal(0.0, d[0], 1e-300);
        Assert.Equal(0.0, d[1], 1e-300);
        Assert.True(double.IsNaN(SoftmaxLoops.LogSoftmaxAsWrittenGradient(new[] { 1000.0, 0.0 }, 0, d)));
    }

    [Theory]
    [InlineData(1000.0, 0.0, 1000.0)] // stability-catalog R10: z = [1000, 0], y = [0, 1]: loss 1000, gradient [1, -1]
    [InlineData(0.0, -800.0, 800.0)]  // z = [0, -800], y = [0, 1]: loss 800, gradient [1, -1]
    public void R10_cross_entropy_at_the_catalogue_points(double z0, double z1, double loss)
    {
        var d = new double[2];
        double[] z = { z0, z1 }, y = { 0.0, 1.0 };
        Assert.Equal(loss, SoftmaxLoops.CrossEntropyGradient(z, y, d), 1e-12);
        Assert.Equal(1.0, d[0], 1e-15);
        Assert.Equal(-1.0, d[1], 1e-15);
        double naive = SoftmaxLoops.CrossEntropyAsWrittenGradient(z, y, d);
        Assert.True(!double.IsFinite(naive) || double.IsNaN(d[0]) || double.IsNaN(d[1]));
    }

    [Fact]
    public void Ordinary_points_agree_with_the_formula_as_written()
    {
        var random = new Random(8);
        for (int trial = 0; trial < 50; trial++)
        {
            double[] x = new double[5], y = new double[5];
            for (int i = 0; i < x.Length; i++)
            {
                x[i] = 10 * random.NextDouble() - 5;
                y[i] = random.NextDouble();
            }
            int k = trial % x.Length;
            double[] stable = new double[5], naive = new double[5];
            Compare(SoftmaxLoops.SoftmaxGradient(x, k, stable), SoftmaxLoops.SoftmaxAsWrittenGradient(x, k, naive), stable, naive, "softmax");
            Compare(SoftmaxLoops.LogSoftmaxGradient(x, k, stable), SoftmaxLoops.LogSoftmaxAsWrittenGradient(x, k, naive), stable, naive, "log-softmax");
            Compare(SoftmaxLoops.CrossEntropyGradient(x, y, stable), SoftmaxLoops.CrossEntropyAsWrittenGradient(x, y, naive), stable, naive, "cross-entropy");
        }
    }

    private static void Compare(double stableValue, double naiveValue, double[] stable, double[] naive, string what)
    {
        double scale = Math.Max(1, Math.Abs(naiveValue));
        Approx.AssertClose(naiveValue, stableValue, 1e-14, 1e-15 * scale, what + " value");
        for (int i = 0; i < stable.Length; i++) Approx.AssertClose(naive[i], stable[i], 1e-13, 1e-15, what + " d" + i);
    }
}
