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
    [InlineData(0.5, 1.5)]
    [InlineData(-1.5, 0.25)]
    public void ElementsPassedByRefInALoop(double x, double w)
    {
        double v = F.DoubleEachGradient(x, w, out double dX, out double dW);
        Assert.Equal(F.DoubleEach(x, w), v);
        GradientCheck.MatchesComplexStep(z => 2 * (z[0] + z[0] * z[1] + z[0] * z[1] * z[1]), new[] { "x", "w" }, new[] { x, w }, new[] { dX, dW });
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

/// <summary>ref and in parameters of the differentiated method.</summary>
public class RefParameterTests
{
    [Theory]
    [InlineData(1.5, -2.0, 0.5)]
    [InlineData(-1.5, 2.0, 0.5)]
    public void RefParameterEndsAsTheMethodLeavesIt(double a, double b, double c)
    {
        double expectedB = b;
        double expected = RefParameterFunctions.ScaleInPlace(a, ref expectedB, c);
        double gotB = b;
        double v = RefParameterFunctions.ScaleInPlaceGradient(a, ref gotB, c, out double dA, out double dB, out double dC);
        Assert.Equal(expected, v);
        Assert.Equal(expectedB, gotB);
        // a > 0: a·b·c; otherwise a + b.
        string at = Approx.At(("a", a), ("b", b), ("c", c));
        Approx.Grad(a > 0 ? b * c : 1, dA, "dA", at);
        Approx.Grad(a > 0 ? a * c : 1, dB, "dB", at);
        Approx.Grad(a > 0 ? a * b : 0, dC, "dC", at);
    }

    [Theory]
    [InlineData(0.7, -1.2)]
    [InlineData(-0.7, 1.2)]
    public void DifferentiableMethodWithRefParametersIsInlined(double u, double v)
    {
        double value = RefParameterFunctions.CallerGradient(u, v, out double dU, out double dV);
        Assert.Equal(RefParameterFunctions.Caller(u, v), value);
        GradientCheck.MatchesComplexStep(z =>
        {
            Complex q = z[1] * z[1] * z[0];
            return q * 2.0 + q * z[0];
        }, new[] { "u", "v" }, new[] { u, v }, new[] { dU, dV });
    }
}
