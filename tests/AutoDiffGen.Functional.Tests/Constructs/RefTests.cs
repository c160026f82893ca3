using System.Numerics;
using AutoDiffGen.Functional.Tests.Reference;
using Xunit;
using F = AutoDiffGen.Functional.Tests.Constructs.RefFunctions;

namespace AutoDiffGen.Functional.Tests.Constructs;

/// <summary>Inlined ref methods and ref locals against their value (the method itself) and complex step.</summary>
public class RefTests
{
    [Theory]
    [InlineData(1.0, 4.0, 0)]
    [InlineData(1.0, 4.0, 3)]
    [InlineData(-0.5, 0.7, 10)]
    public void SpringStepsThroughRefParameters(double x0, double k, int n)
    {
        double v = F.SpringGradient(x0, k, n, out double dX0, out double dK);
        Assert.Equal(F.Spring(x0, k, n), v);
        GradientCheck.MatchesComplexStep(z =>
        {
            Complex x = z[0], vel = 0;
            for (int i = 0; i < 2 * n; i++)
            {
                Complex a = -z[1] * x;
                x += vel * 0.1;
                vel += a * 0.1;
            }
            return x;
        }, new[] { "x0", "k" }, new[] { x0, k }, new[] { dX0, dK });
    }

    [Theory]
    [InlineData(0.5, 1.0)]
    [InlineData(-1.5, 2.25)]
    public void ResultOfARefMethodAndARefLocalToAnElement(double w, double b)
    {
        double v = F.ResidualsGradient(w, b, out double dW, out double dB);
        Assert.Equal(F.Residuals(w, b), v);
        GradientCheck.MatchesComplexStep(z =>
        {
            Complex r0 = z[0] + z[1] - 3, r1 = 2 * z[0] + z[1] - 5;
            return r0 * r0 + r1 * r1 + 2 * r0 * r1;
        }, new[] { "w", "b" }, new[] { w, b }, new[] { dW, dB });
    }
}
