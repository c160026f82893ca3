using System;
using System.Linq;
using System.Numerics;
using AutoDiffGen.Functional.Tests.Reference;
using Xunit;
using F = AutoDiffGen.Functional.Tests.LocalArrays.LocalArrayFunctions;

namespace AutoDiffGen.Functional.Tests.LocalArrays;

/// <summary>Each function against the same code on complex numbers (complex step).</summary>
public class LocalArrayTests
{
    private static readonly string[] AB = { "a", "b" };

    private static string[] Names(string prefix, int n) => Enumerable.Range(0, n).Select(i => prefix + i).ToArray();

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(6)]
    public void PrefixSums(int n)
    {
        double[] x = Enumerable.Range(0, n).Select(i => Math.Sin(i + 1.0)).ToArray();
        double w = 0.8;
        var dx = new double[n];
        double v = F.PrefixSumsGradient(x, w, dx, out double dW);
        Assert.Equal(F.PrefixSums(x, w), v);
        GradientCheck.MatchesComplexStep(z =>
        {
            var c = new Complex[n];
            c[0] = z[0];
            for (int i = 1; i < n; i++) c[i] = c[i - 1] * z[n] + z[i];
            Complex s = 0;
            for (int i = 0; i < n; i++) s += c[i] * c[i];
            return s;
        }, Names("x", n).Append("w").ToArray(), x.Append(w).ToArray(), dx.Append(dW).ToArray());
    }

    [Theory]
    [InlineData(0.3, 1.7)]
    [InlineData(-2.0, 0.4)]
    public void Initializer(double a, double b)
    {
        double v = F.InitializerGradient(a, b, out double dA, out double dB);
        Assert.Equal(F.Initializer(a, b), v);
        GradientCheck.MatchesComplexStep(z => z[0] * z[1] + Complex.Sin(z[0] * z[1]) * 2.0, AB, new[] { a, b }, dA, dB);
    }

    [Theory]
    [InlineData(0.6, 0)]
    [InlineData(0.6, 1)]
    [InlineData(0.9, 5)]
    [InlineData(-0.4, 20)] // 80 element writes: past the tape's stack buffer
    public void Sweeps(double x, int sweeps)
    {
        double v = F.SweepsGradient(x, sweeps, out double dX);
        Assert.Equal(F.Sweeps(x, sweeps), v);
        GradientCheck.MatchesComplexStep(z =>
        {
            var h = new Complex[4];
            for (int i = 0; i < 4; i++) h[i] = z[0] + i;
            for (int k = 0; k < sweeps; k++)
            {
                for (int i = 0; i < 4; i++) h[i] = Complex.Sin(h[i]) * z[0] + h[(i + 1) % 4];
            }
            return h[0] + h[3];
        }, new[] { "x" }, new[] { x }, dX);
    }

    [Theory]
    [InlineData(0.3, 1.7)]
    [InlineData(-1.5, 0.25)]
    public void CompoundWrites(double x, double y)
    {
        double v = F.CompoundWritesGradient(x, y, out double dX, out double dY);
        Assert.Equal(F.CompoundWrites(x, y), v);
        GradientCheck.MatchesComplexStep(z =>
        {
            Complex a0 = z[0] * z[1];
            Complex a1 = a0 * z[0] - z[1];
            a0 = a1 / 3;
            return a0 + a1 * a1;
        }, new[] { "x", "y" }, new[] { x, y }, dX, dY);
    }

    [Theory]
    [InlineData(1.0)]
    [InlineData(-3.0)]
    [InlineData(400.0)] // exp(v - max) stays finite only because of the max shift
    public void LogSumExp(double scale)
    {
        double[] scores = { 0.5, -1.0, 2.0, 1.5 };
        var dScores = new double[4];
        double v = F.LogSumExpGradient(scores, scale, dScores, out double dScale);
        Assert.Equal(F.LogSumExp(scores, scale), v);
        // Closed form: ∂/∂s_j = scale·softmax_j, ∂/∂scale = Σ softmax_j·s_j.
        double[] u = scores.Select((s, j) => scale * s - j).ToArray();
        double m = u.Max();
        double[] p = u.Select(x => Math.Exp(x - m)).ToArray();
        double total = p.Sum();
        for (int j = 0; j < 4; j++) Approx.Grad(scale * p[j] / total, dScores[j], "scores" + j, Approx.At(("scale", scale)));
        Approx.Grad(Enumerable.Range(0, 4).Sum(j => p[j] / total * scores[j]), dScale, "scale", Approx.At(("scale", scale)));
    }

    [Theory]
    [InlineData(0.7, 1.3)]
    [InlineData(-1.2, 0.5)]
    public void Horner(double x, double a)
    {
        double v = F.HornerGradient(x, a, out double dX, out double dA);
        Assert.Equal(F.Horner(x, a), v);
        GradientCheck.MatchesComplexStep(z =>
        {
            Complex r = 0;
            for (int i = 4; i >= 0; i--) r = r * z[0] + Complex.Pow(z[1], i) / (i + 1);
            return r;
        }, new[] { "x", "a" }, new[] { x, a }, dX, dA);
    }

    [Fact]
    public void BackwardAccumulatesWithSeed()
    {
        double[] x = { 0.5, -0.25, 1.0 };
        var dx = new double[] { 1.0, 2.0, 3.0 };
        double dW = -0.5;
        var g = new double[3];
        F.PrefixSumsGradient(x, 0.9, g, out double gW);
        double v = F.PrefixSumsBackward(x, 0.9, 3.0, dx, ref dW);
        Assert.Equal(F.PrefixSums(x, 0.9), v);
        for (int i = 0; i < 3; i++) Assert.Equal(i + 1.0 + 3.0 * g[i], dx[i], 13);
        Assert.Equal(-0.5 + 3.0 * gW, dW, 13);
    }

    [Fact]
    public void FloatMatchesDouble()
    {
        float[] x = { 0.5f, -0.25f, 1.0f, 2.0f };
        var dx = new float[4];
        float v = F.PrefixSumsFloatGradient(x, 0.75f, dx, out float dW);
        Assert.Equal(F.PrefixSumsFloat(x, 0.75f), v);
        // c_last = Σ x_i w^(n-1-i), plus Σ x_i.
        for (int i = 0; i < 4; i++) Assert.Equal(1.0 + Math.Pow(0.75, 3 - i), dx[i], 5);
        double expected = Enumerable.Range(0, 3).Sum(i => x[i] * (3 - i) * Math.Pow(0.75, 2 - i));
        Assert.Equal(expected, dW, 5);
    }

    [Theory]
    [InlineData(0.7, 0.5)]  // the branch runs and makes a[0] > limit
    [InlineData(0.7, -0.5)] // 0 > limit: the branch does not run
    public void BranchWritesWhatItTests(double x, double limit)
    {
        double v = F.BranchWritesWhatItTestsGradient(x, limit, out double dX, out double dLimit);
        Assert.Equal(F.BranchWritesWhatItTests(x, limit), v);
        // Taken: (sin x + 2)·x, derivative cos x·x + sin x + 2. Not taken: 0.
        double expected = limit >= 0 ? Math.Cos(x) * x + Math.Sin(x) + 2.0 : 0.0;
        Assert.Equal(expected, dX, 14);
        Assert.Equal(0.0, dLimit);
    }

    [Theory]
    [InlineData(0.3, 1.7)]
    [InlineData(-1.2, 0.4)]
    public void ForEachOverLocalArray(double x, double y)
    {
        double v = F.ForEachOverLocalArrayGradient(x, y, out double dX, out double dY);
        Assert.Equal(F.ForEachOverLocalArray(x, y), v);
        GradientCheck.MatchesComplexStep(z => z[0] * z[0] + 4 * z[1] * z[1] + z[0] * z[0] * z[1] * z[1], AB, new[] { x, y }, new[] { dX, dY });
    }

    [Theory]
    [InlineData(0.3, 1.7)]
    [InlineData(-1.2, 0.4)]
    public void ForEachOverNewArray(double x, double y)
    {
        double v = F.ForEachOverNewArrayGradient(x, y, out double dX, out double dY);
        Assert.Equal(F.ForEachOverNewArray(x, y), v);
        GradientCheck.MatchesComplexStep(z => z[0] * z[0] + 4 * z[1] * z[1] + z[0] * z[0] * z[1] * z[1], AB, new[] { x, y }, new[] { dX, dY });
    }
}
