using System;
using AutoDiffGen.Functional.Tests.Reference;
using Xunit;
using F = AutoDiffGen.Functional.Tests.Arrays.ArrayFunctions;

namespace AutoDiffGen.Functional.Tests.Arrays;

/// <summary>Span outputs: Backward adds seed·gradient to what is there; both entry points check lengths.</summary>
public class ArrayContractTests
{
    private static readonly double[] Coefficients = { 1.5, -2.0, 0.25, 3.0 };

    [Fact]
    public void HornerBackwardAccumulatesIntoNonZeroSpan()
    {
        const double x = -0.8, seed = -2.5;
        double[] start = { 10.0, -3.0, 0.5, 7.0 };
        var dC = (double[])start.Clone();
        double dX = 4.0;
        double v = F.HornerBackward(Coefficients, x, seed, dC, ref dX);
        Assert.Equal(F.Horner(Coefficients, x), v);
        double expectedDX = 4.0;
        for (int i = 0; i < Coefficients.Length; i++)
        {
            Approx.Grad(start[i] + seed * Math.Pow(x, i), dC[i], "c[" + i + "]", "(x=-0.8)");
            if (i > 0) expectedDX += seed * i * Coefficients[i] * Math.Pow(x, i - 1);
        }
        Approx.Grad(expectedDX, dX, "x", "(x=-0.8)");
    }

    [Fact]
    public void FloatDotBackwardAccumulates()
    {
        float[] a = { 1.5f, -2f };
        float[] b = { 0.5f, 4f };
        float[] dA = { 1f, 1f };
        float[] dB = { -1f, 2f };
        F.DotBackward(a, b, 2f, dA, dB);
        Assert.Equal(new[] { 1f + 2f * 0.5f, 1f + 2f * 4f }, dA);
        Assert.Equal(new[] { -1f + 2f * 1.5f, 2f + 2f * -2f }, dB);
    }

    [Fact]
    public void GradientRejectsOutputOfWrongLength()
    {
        var e = Assert.Throws<ArgumentException>(() => F.HornerGradient(Coefficients, 0.5, new double[Coefficients.Length + 1], out _));
        Assert.Equal("dC", e.ParamName);
    }

    [Fact]
    public void BackwardRejectsAccumulatorOfWrongLength()
    {
        double dX = 0;
        var e = Assert.Throws<ArgumentException>(() => F.HornerBackward(Coefficients, 0.5, 1.0, new double[Coefficients.Length - 1], ref dX));
        Assert.Equal("dC", e.ParamName);
    }

    [Fact]
    public void SecondSpanLengthIsCheckedToo()
    {
        float[] a = { 1f, 2f };
        var e = Assert.Throws<ArgumentException>(() => F.DotGradient(a, a, new float[2], new float[3]));
        Assert.Equal("dB", e.ParamName);
    }
}
