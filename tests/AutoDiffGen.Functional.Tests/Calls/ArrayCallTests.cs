using System;
using System.Linq;
using System.Numerics;
using AutoDiffGen.Functional.Tests.Reference;
using Xunit;
using F = AutoDiffGen.Functional.Tests.Calls.ArrayCallFunctions;

namespace AutoDiffGen.Functional.Tests.Calls;

/// <summary>Array and span arguments to [Differentiable] callees, against complex step.</summary>
public class ArrayCallTests
{
    private static Complex DotC(Complex[] a, Complex[] b) => a.Zip(b, (p, q) => p * q).Aggregate(Complex.Zero, (s, t) => s + t);

    private static Complex SumOfSquaresC(Complex[] v, Complex scale) => scale * v.Aggregate(Complex.Zero, (s, e) => s + e * e);

    [Fact]
    public void ParameterArraysPassedThrough()
    {
        double[] w = { 0.3, -0.7, 1.1 };
        double[] x = { 1.5, 0.25, -0.5 };
        double b = 0.2;
        var dw = new double[3];
        double v = F.ModelGradient(w, x, b, dw, out double dB);
        Assert.Equal(F.Model(w, x, b), v);
        GradientCheck.MatchesComplexStep(z =>
        {
            Complex[] wc = z.Take(3).ToArray();
            return Complex.Tanh(DotC(wc, x.Select(e => (Complex)e).ToArray()) + z[3]) + 0.1 * SumOfSquaresC(wc, z[3]);
        }, new[] { "w0", "w1", "w2", "b" }, w.Append(b).ToArray(), dw.Append(dB).ToArray());
    }

    [Theory]
    [InlineData(0.5, 0)]
    [InlineData(0.5, 3)]
    [InlineData(-0.8, 7)]
    public void LocalArrayPassedInALoop(double z, int steps)
    {
        double[] w = { 0.3, -0.7, 1.1 };
        var dw = new double[3];
        double v = F.LayersGradient(w, z, steps, dw, out double dZ);
        Assert.Equal(F.Layers(w, z, steps), v);
        GradientCheck.MatchesComplexStep(c =>
        {
            Complex[] wc = c.Take(3).ToArray();
            Complex zc = c[3];
            var h = new Complex[3];
            for (int i = 0; i < 3; i++) h[i] = zc * (i + 1);
            Complex total = 0;
            for (int k = 0; k < steps; k++)
            {
                total += DotC(h, wc) * SumOfSquaresC(h, zc);
                h[k % 3] = Complex.Sin(h[k % 3]) * zc;
            }
            return total;
        }, new[] { "w0", "w1", "w2", "z" }, w.Append(z).ToArray(), dw.Append(dZ).ToArray());
    }

    [Fact]
    public void BackwardAccumulatesIntoTheCallersSpans()
    {
        double[] w = { 0.3, -0.7, 1.1 };
        double[] x = { 1.5, 0.25, -0.5 };
        var g = new double[3];
        F.ModelGradient(w, x, 0.2, g, out double gB);
        var dw = new double[] { 1, 2, 3 };
        double dB = 0.5;
        F.ModelBackward(w, x, 0.2, 2.0, dw, ref dB);
        for (int i = 0; i < 3; i++) Assert.Equal(i + 1 + 2.0 * g[i], dw[i], 14);
        Assert.Equal(0.5 + 2.0 * gB, dB, 14);
    }
}
