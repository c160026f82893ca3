using System;
using AutoDiffGen.Functional.Tests.Reference;
using Xunit;
using F = AutoDiffGen.Functional.Tests.Arrays.ArrayFunctions;

namespace AutoDiffGen.Functional.Tests.Arrays;

/// <summary>Array and span gradients against closed forms.</summary>
public class ArrayTests
{
    private static readonly double[] Coefficients = { 1.5, -2.0, 0.25, 3.0, -0.7 };

    [Theory]
    [InlineData(0.6)]
    [InlineData(-1.3)]
    [InlineData(2.2)]
    public void HornerClosedForm(double x)
    {
        var dC = new double[Coefficients.Length];
        double v = F.HornerGradient(Coefficients, x, dC, out double dX);
        Assert.Equal(F.Horner(Coefficients, x), v);
        string at = Approx.At(("x", x));
        double expectedDX = 0;
        for (int i = 0; i < Coefficients.Length; i++)
        {
            Approx.Grad(Math.Pow(x, i), dC[i], "c[" + i + "]", at);      // ∂/∂c_i Σ c_k x^k = x^i
            if (i > 0) expectedDX += i * Coefficients[i] * Math.Pow(x, i - 1);
        }
        Approx.Grad(expectedDX, dX, "x", at);
    }

    [Fact]
    public void HornerOfNoCoefficientsIsZero()
    {
        double v = F.HornerGradient(Array.Empty<double>(), 1.5, Span<double>.Empty, out double dX);
        Assert.Equal(0.0, v);
        Assert.Equal(0.0, dX);
    }

    [Fact]
    public void GradientClearsTheOutputSpanFirst()
    {
        var dC = new double[Coefficients.Length];
        Array.Fill(dC, 99.0);
        F.HornerGradient(Coefficients, 0.5, dC, out _);
        for (int i = 0; i < dC.Length; i++) Approx.Grad(Math.Pow(0.5, i), dC[i], "c[" + i + "]", "(x=0.5)");
    }

    [Fact]
    public void LeastSquaresClosedForm()
    {
        double[] w = { 0.4, -1.2, 0.7 };
        double[] features = { 1.0, 0.5, -0.3, 1.0, -1.5, 2.0, 1.0, 0.25, 0.8, 1.0, 3.0, -1.0 }; // 4 rows × 3
        double[] targets = { 0.3, -2.0, 1.1, 0.6 };
        var dW = new double[w.Length];
        double v = F.LeastSquaresGradient(w, features, targets, dW);
        Assert.Equal(F.LeastSquares(w, features, targets), v);
        // ∂/∂w_j (1/n) Σ_k e_k² = (2/n) Σ_k e_k·f_kj.
        var expected = new double[w.Length];
        for (int k = 0; k < targets.Length; k++)
        {
            double e = -targets[k];
            for (int j = 0; j < w.Length; j++) e += w[j] * features[k * w.Length + j];
            for (int j = 0; j < w.Length; j++) expected[j] += 2.0 / targets.Length * e * features[k * w.Length + j];
        }
        for (int j = 0; j < w.Length; j++) Approx.Grad(expected[j], dW[j], "w[" + j + "]", "(fixed data)");
    }

    [Fact]
    public void FloatDotProduct()
    {
        float[] a = { 1.5f, -2.25f, 0.5f, 4f };
        float[] b = { 0.75f, 1.25f, -3f, 0.5f };
        var dA = new float[a.Length];
        var dB = new float[b.Length];
        float v = F.DotGradient(a, b, dA, dB);
        Assert.Equal(F.Dot(a, b), v);
        // ∂(a·b)/∂a = b, ∂(a·b)/∂b = a; these values are exact in float.
        Assert.Equal(b, dA);
        Assert.Equal(a, dB);
    }

    [Fact]
    public void ForeachSumClosedForm()
    {
        double[] x = { 0.3, -1.7, 2.4, 0.0 };
        var dX = new double[x.Length];
        double v = F.SumSinSquaresGradient(x, dX);
        Assert.Equal(F.SumSinSquares(x), v);
        for (int i = 0; i < x.Length; i++)
        {
            double expected = 2 * x[i] * Math.Sin(x[i]) + x[i] * x[i] * Math.Cos(x[i]); // d/dv v²·sin v
            Approx.Grad(expected, dX[i], "x[" + i + "]", "(fixed x)");
        }
    }

    [Fact]
    public void GatherWithRepeatedIndices()
    {
        double[] x = { 0.5, -1.0, 2.0 };
        int[] idx = { 2, 0, 2, 2 };
        double scale = 1.5;
        var dX = new double[x.Length];
        double v = F.GatherGradient(x, idx, scale, dX, out double dScale);
        Assert.Equal(F.Gather(x, idx, scale), v);
        // ∂/∂x_j = scale · Σ_{i: idx_i = j} (i + 1); ∂/∂scale = Σ x[idx_i]·(i + 1).
        Approx.Grad(scale * 2, dX[0], "x[0]", "(gather)");
        Assert.Equal(0.0, dX[1]);
        Approx.Grad(scale * (1 + 3 + 4), dX[2], "x[2]", "(gather)");
        Approx.Grad(2.0 * 1 + 0.5 * 2 + 2.0 * 3 + 2.0 * 4, dScale, "scale", "(gather)");
    }

    [Fact]
    public void LengthDrivenMean()
    {
        double[] x = { 1.0, 2.0, 4.5, -0.5, 3.0 };
        var dX = new double[x.Length];
        double v = F.ScaledMeanGradient(x, 3.0, dX, out double dScale);
        Assert.Equal(F.ScaledMean(x, 3.0), v);
        for (int i = 0; i < x.Length; i++) Approx.Grad(3.0 / x.Length, dX[i], "x[" + i + "]", "(mean)");
        Approx.Grad(10.0 / x.Length, dScale, "scale", "(mean)");
    }

    [Theory]
    [InlineData(0.6)]
    [InlineData(-1.3)]
    public void RunningPowersClosedForm(double x)
    {
        var dC = new double[Coefficients.Length];
        double v = F.RunningPowersGradient(Coefficients, x, dC, out double dX);
        Assert.Equal(F.RunningPowers(Coefficients, x), v);
        string at = Approx.At(("x", x));
        double expectedDX = 0;
        for (int i = 0; i < Coefficients.Length; i++)
        {
            Approx.Grad(Math.Pow(x, i), dC[i], "c[" + i + "]", at);
            if (i > 0) expectedDX += i * Coefficients[i] * Math.Pow(x, i - 1);
        }
        Approx.Grad(expectedDX, dX, "x", at);
    }
}
