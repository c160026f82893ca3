using System;
using System.Numerics;
using AutoDiffGen.Functional.Tests.Reference;
using Xunit;
using F = AutoDiffGen.Functional.Tests.Arrays.WrittenParameterFunctions;

namespace AutoDiffGen.Functional.Tests.Arrays;

/// <summary>Written array and span parameters: the gradient is with respect to the values passed, and the generated methods leave them unchanged.</summary>
public class WrittenParameterTests
{
    [Fact]
    public void InPlaceRecurrenceOverASpan()
    {
        double[] s = { 1.0, -0.5, 2.0, 0.25 };
        double w = 0.7;
        double[] passed = (double[])s.Clone();
        double[] dS = new double[4];
        double v = F.InPlaceRecurrenceGradient(s, w, dS, out double dW);

        Assert.Equal(passed, s); // the generated method worked on a copy
        Assert.Equal(F.InPlaceRecurrence((double[])passed.Clone(), w), v);
        var names = new[] { "s0", "s1", "s2", "s3", "w" };
        GradientCheck.MatchesComplexStep(z =>
        {
            Complex[] t = { z[0], z[1], z[2], z[3] };
            for (int i = 1; i < 4; i++) t[i] += z[4] * t[i - 1];
            return t[3];
        }, names, new[] { s[0], s[1], s[2], s[3], w }, new[] { dS[0], dS[1], dS[2], dS[3], dW });
    }

    [Fact]
    public void NormalizeInPlaceAndAccumulate()
    {
        double[] a = { 2.0, -1.0, 3.0 };
        double[] dA = { 1.0, 1.0, 1.0 };
        double v = F.NormalizeInPlaceBackward(a, 2.0, dA);
        Assert.Equal(new[] { 2.0, -1.0, 3.0 }, a);
        Assert.Equal(F.NormalizeInPlace(new[] { 2.0, -1.0, 3.0 }), v);

        // Σ (a_i/a_0)² = 1 + (a1² + a2²)/a0²: ∂a0 = −2(a1² + a2²)/a0³, ∂a_i = 2a_i/a0².
        string at = "(2, -1, 3)";
        Approx.Grad(1 + 2 * (-2 * 10.0 / 8), dA[0], "dA0", at);
        Approx.Grad(1 + 2 * (2 * -1.0 / 4), dA[1], "dA1", at);
        Approx.Grad(1 + 2 * (2 * 3.0 / 4), dA[2], "dA2", at);
    }
}
