using System;
using AutoDiffGen.Functional.Tests.Reference;
using AutoDiffGen.Training;
using Xunit;

namespace AutoDiffGen.Functional.Tests.TrainingTests;

/// <summary>Clipping by value and by global norm; expected norms are Pythagorean triples, exact by hand.</summary>
public class GradientClippingTests
{
    [Fact]
    public void ClipByValueClampsEachElementAndKeepsNaN()
    {
        double[] g = { -3.0, 0.5, 2.0, -1.0, double.NaN, double.NegativeInfinity };
        GradientClipping.ClipByValue(g, 1.0);
        Assert.Equal(new[] { -1.0, 0.5, 1.0, -1.0, double.NaN, -1.0 }, g);

        float[] f = { 7f, -0.25f };
        GradientClipping.ClipByValue(f, 0.5f);
        Assert.Equal(new[] { 0.5f, -0.25f }, f);

        double[] unchanged = { -1e300, 1e300 };
        GradientClipping.ClipByValue(unchanged, double.PositiveInfinity);
        Assert.Equal(new[] { -1e300, 1e300 }, unchanged);
    }

    [Fact]
    public void AGradientAboveTheLimitIsScaledToIt()
    {
        double[] g = { 3.0, -4.0 };
        double norm = GradientClipping.ClipByGlobalNorm(g, 1.0);
        Assert.Equal(5.0, norm);
        Approx.AssertClose(0.6, g[0], 1e-15, 0.0);
        Approx.AssertClose(-0.8, g[1], 1e-15, 0.0);
        Approx.AssertClose(1.0, Math.Sqrt(g[0] * g[0] + g[1] * g[1]), 1e-15, 0.0);
    }

    [Fact]
    public void AGradientAtOrBelowTheLimitIsUnchanged()
    {
        double[] g = { 0.3, 0.4 };
        Assert.Equal(0.5, GradientClipping.ClipByGlobalNorm(g, 1.0), 15);
        Assert.Equal(new[] { 0.3, 0.4 }, g);

        double[] atLimit = { 3.0, 4.0 };
        Assert.Equal(5.0, GradientClipping.ClipByGlobalNorm(atLimit, 5.0));
        Assert.Equal(new[] { 3.0, 4.0 }, atLimit);
    }

    [Fact]
    public void TheGlobalNormSpansEveryBuffer()
    {
        // √(3² + 4²) = 5 and √(1 + 4 + 4 + 16) = 5 over two and three buffers.
        double[] a = { 3.0 }, b = { 4.0 };
        Assert.Equal(5.0, GradientClipping.ClipByGlobalNorm(a, b, 2.5));
        Assert.Equal(new[] { 1.5 }, a);
        Assert.Equal(new[] { 2.0 }, b);

        double[] c1 = { 1.0, 2.0 }, c2 = { 2.0 }, c3 = { 4.0 };
        Assert.Equal(5.0, GradientClipping.ClipByGlobalNorm(c1, c2, c3, 10.0)); // below: unchanged
        Assert.Equal(new[] { 1.0, 2.0 }, c1);

        double[] d1 = { 2.0 }, d2 = { 4.0 }, d3 = { 5.0 }, d4 = { 6.0, 8.0 }; // 4 + 16 + 25 + 36 + 64 = 145
        double norm = GradientClipping.ClipByGlobalNorm(d1, d2, d3, d4, 1.0);
        Approx.AssertClose(Math.Sqrt(145.0), norm, 1e-15, 0.0);
        double after = Math.Sqrt(d1[0] * d1[0] + d2[0] * d2[0] + d3[0] * d3[0] + d4[0] * d4[0] + d4[1] * d4[1]);
        Approx.AssertClose(1.0, after, 1e-15, 0.0);
        Approx.AssertClose(6.0 / Math.Sqrt(145.0), d4[0], 1e-15, 0.0); // the direction is kept
    }

    [Fact]
    public void NormsBeyondTheSquaresRangeAreStillRight()
    {
        // The squares overflow (double past 1e154, float past 1.8e19) or underflow; the norm itself does not.
        double[] huge = { 3e200, 4e200 };
        Approx.AssertClose(5e200, GradientClipping.ClipByGlobalNorm(huge, 1.0), 1e-15, 0.0);
        Approx.AssertClose(0.6, huge[0], 1e-15, 0.0);

        float[] hugeFloat = { 3e19f, 4e19f };
        Approx.AssertClose(5e19, GradientClipping.ClipByGlobalNorm(hugeFloat, 1f), Approx.FloatRel, 0.0);
        Approx.AssertClose(0.8, hugeFloat[1], Approx.FloatRel, 0.0);

        double[] tiny = { 3e-200, 4e-200 };
        Approx.AssertClose(5e-200, GradientClipping.ClipByGlobalNorm(tiny, 1.0), 1e-15, 0.0);
        Assert.Equal(new[] { 3e-200, 4e-200 }, tiny);
    }

    [Fact]
    public void ANonFiniteGradientIsReportedAndLeftAlone()
    {
        double[] withNaN = { 3.0, double.NaN };
        Assert.True(double.IsNaN(GradientClipping.ClipByGlobalNorm(withNaN, 1.0)));
        Assert.Equal(3.0, withNaN[0]);

        double[] withInfinity = { 3.0, double.PositiveInfinity };
        Assert.Equal(double.PositiveInfinity, GradientClipping.ClipByGlobalNorm(withInfinity, new double[] { 1.0 }, 1.0));
        Assert.Equal(3.0, withInfinity[0]);
    }

    [Fact]
    public void EmptyBuffersHaveNormZero()
    {
        Assert.Equal(0.0, GradientClipping.ClipByGlobalNorm(Span<double>.Empty, 1.0));
        Assert.Equal(0.0, GradientClipping.ClipByGlobalNorm(new double[] { 0.0, 0.0 }, 1.0));
    }

    [Fact]
    public void InvalidLimitsAreRejected()
    {
        var g = new double[2];
        Assert.Equal("limit", Assert.Throws<ArgumentOutOfRangeException>(() => GradientClipping.ClipByValue(g, -1.0)).ParamName);
        Assert.Equal("limit", Assert.Throws<ArgumentOutOfRangeException>(() => GradientClipping.ClipByValue(g, double.NaN)).ParamName);
        Assert.Equal("maxNorm", Assert.Throws<ArgumentOutOfRangeException>(() => GradientClipping.ClipByGlobalNorm(g, 0.0)).ParamName);
        Assert.Equal("maxNorm", Assert.Throws<ArgumentOutOfRangeException>(() => GradientClipping.ClipByGlobalNorm(g, g, double.PositiveInfinity)).ParamName);
        Assert.Equal("maxNorm", Assert.Throws<ArgumentOutOfRangeException>(() => GradientClipping.ClipByGlobalNorm(g, float.NaN)).ParamName);
    }
}
