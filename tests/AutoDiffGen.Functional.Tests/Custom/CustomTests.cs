using System;
using AutoDiffGen.Functional.Tests.Reference;
using Xunit;
using F = AutoDiffGen.Functional.Tests.Custom.CustomFunctions;

namespace AutoDiffGen.Functional.Tests.Custom;

public class CustomTests
{
    [Theory]
    [InlineData(0.3, 0.0, 1.0)]
    [InlineData(-1.2, 0.5, 2.0)]
    public void GaussianCdfUsesTheErfRule(double x, double mu, double sigma)
    {
        double v = F.GaussianCdfGradient(x, mu, sigma, out double dX, out double dMu, out double dSigma);
        Assert.Equal(F.GaussianCdf(x, mu, sigma), v);
        // Closed form: the normal density φ(z)/σ with z = (x−μ)/σ; ∂/∂μ = −φ/σ; ∂/∂σ = −z·φ/σ.
        double z = (x - mu) / sigma;
        double density = Math.Exp(-z * z / 2) / Math.Sqrt(2 * Math.PI) / sigma;
        string at = Approx.At(("x", x), ("mu", mu), ("sigma", sigma));
        Approx.Grad(density, dX, "x", at);
        Approx.Grad(-density, dMu, "mu", at);
        Approx.Grad(-z * density, dSigma, "sigma", at);
    }

    [Fact]
    public void AnOverridingRuleReplacesTheGeneratedDerivative()
    {
        // Generated: d/dx Round(4x)/4 = 0. The straight-through rule says 1: d/dx [Q(x)·x] = 1·x + Q(x).
        F.QuantizeGradient(0.3, out double generated);
        Assert.Equal(0.0, generated);
        double v = F.QuantizedSquareGradient(0.3, out double dX);
        Assert.Equal(F.QuantizedSquare(0.3), v);
        Assert.Equal(0.3 + F.Quantize(0.3), dX, 15);
    }

    [Fact]
    public void ARuleForALibraryMethodAndANoDiffIntegerParameter()
    {
        // ScaleB(x², n) = x²·2ⁿ, so d/dx = 2x·2ⁿ.
        double v = F.ScaledGradient(0.75, 3, out double dX);
        Assert.Equal(0.75 * 0.75 * 8, v);
        Assert.Equal(2 * 0.75 * 8, dX);
    }

    [Fact]
    public void StopTreatsItsArgumentAsAConstant()
    {
        // ℓ = (w·x − c)² with c = 2w frozen: ∂ℓ/∂x = 2r·w, ∂ℓ/∂w = 2r·x (not 2r·(x − 2)).
        double x = 1.5, w = 0.8, r = w * x - 2 * w;
        double v = F.StopTargetGradient(x, w, out double dX, out double dW);
        Assert.Equal(r * r, v, 15);
        Assert.Equal(2 * r * w, dX, 15);
        Assert.Equal(2 * r * x, dW, 15);

        float value = F.StopFloatGradient(2f, out float dFloat);
        Assert.Equal(8f, value);
        Assert.Equal(4f, dFloat); // d/dx x·stop(x²) = x² only
    }

    [Fact]
    public void BackwardThroughARuleAccumulatesWithSeed()
    {
        double dX = 1.0, dMu = 0.0, dSigma = -2.0;
        F.GaussianCdfGradient(0.4, 0.1, 1.3, out double gX, out double gMu, out double gSigma);
        F.GaussianCdfBackward(0.4, 0.1, 1.3, -0.5, ref dX, ref dMu, ref dSigma);
        Assert.Equal(1.0 - 0.5 * gX, dX, 15);
        Assert.Equal(-0.5 * gMu, dMu, 15);
        Assert.Equal(-2.0 - 0.5 * gSigma, dSigma, 15);
    }
}
