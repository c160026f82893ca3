using System.Numerics;
using AutoDiffGen.Functional.Tests.Reference;
using Xunit;
using F = AutoDiffGen.Functional.Tests.Constructs.SideEffectFunctions;

namespace AutoDiffGen.Functional.Tests.Constructs;

/// <summary>Each function against its value (the method itself) and a closed form or complex step.</summary>
public class SideEffectTests
{
    private static readonly string[] X = { "x" };
    private static readonly string[] XY = { "x", "y" };

    [Theory]
    [InlineData(0.7, 0)]
    [InlineData(0.7, 1)]
    [InlineData(-1.3, 5)]
    public void PostfixDecrementInWhileCondition(double x, int n)
    {
        double v = F.PostfixDecrementInWhileConditionGradient(x, n, out double dX);
        Assert.Equal(F.PostfixDecrementInWhileCondition(x, n), v);
        Approx.Grad(2 * n * x, dX, "dX", Approx.At(("x", x)));
    }

    [Theory]
    [InlineData(0.7, 0)]
    [InlineData(-1.3, 4)]
    public void PrefixIncrementInForCondition(double x, int n)
    {
        double v = F.PrefixIncrementInForConditionGradient(x, n, out double dX);
        Assert.Equal(F.PrefixIncrementInForCondition(x, n), v);
        Approx.Grad(n * (n + 1) / 2.0, dX, "dX", Approx.At(("x", x)));
    }

    [Theory]
    [InlineData(2.0, 1.5)]
    [InlineData(0.3, 0.4)]
    public void AssignmentInCondition(double x, double y)
    {
        double v = F.AssignmentInConditionGradient(x, y, out double dX, out double dY);
        Assert.Equal(F.AssignmentInCondition(x, y), v);
        GradientCheck.MatchesComplexStep(z => (z[0] * z[1]).Real > 1 ? z[0] * z[1] * z[0] : z[0] * z[1] + z[1], XY, new[] { x, y }, new[] { dX, dY });
    }

    [Theory]
    [InlineData(0.7, -1.1)]
    [InlineData(2.5, 0.3)]
    public void IncrementedElementAsValue(double x, double y)
    {
        double v = F.IncrementedElementAsValueGradient(x, y, out double dX, out double dY);
        Assert.Equal(F.IncrementedElementAsValue(x, y), v);
        GradientCheck.MatchesComplexStep(z =>
        {
            Complex t0 = z[0] + 1, a = t0;
            Complex t1 = z[1] * z[0], b = t1 + a;
            Complex c = t0;
            t0 -= 1;
            return a * b * c + t0;
        }, XY, new[] { x, y }, new[] { dX, dY });
    }

    [Theory]
    [InlineData(0.7, -1.1)]
    public void PostfixIndex(double x, double y)
    {
        double v = F.PostfixIndexGradient(x, y, out double dX, out double dY);
        Assert.Equal(F.PostfixIndex(x, y), v);
        GradientCheck.MatchesComplexStep(z => z[0] * z[0] + z[0] * z[1] * z[0] * z[1] + z[1] * z[1], XY, new[] { x, y }, new[] { dX, dY });
    }

    [Theory]
    [InlineData(0.7)]
    public void ChainedInDeclaration(double x)
    {
        double v = F.ChainedInDeclarationGradient(x, out double dX);
        Assert.Equal(F.ChainedInDeclaration(x), v);
        Approx.Grad(8 * x, dX, "dX", Approx.At(("x", x)));
    }

    [Theory]
    [InlineData(0.7, 1.3)]
    [InlineData(-2.0, 0.4)]
    public void AssignmentAfterAndInLoopCondition(double i, double j)
    {
        double v = F.AssignmentAfterAndInLoopConditionGradient(i, j, out double dI, out double dJ);
        Assert.Equal(F.AssignmentAfterAndInLoopCondition(i, j), v);
        GradientCheck.MatchesComplexStep(z => z[0] * z[1], XY, new[] { i, j }, new[] { dI, dJ });
    }

    [Theory]
    [InlineData(12.0, 0.5)] // || short-circuits: r stays y → r·x
    [InlineData(2.0, 1.5)]  // r = x·y = 3 > 1 → r·x
    [InlineData(0.5, 0.4)]  // r = x·y = 0.2 → r + x
    public void AssignmentAfterOr(double x, double y)
    {
        double v = F.AssignmentAfterOrGradient(x, y, out double dX, out double dY);
        Assert.Equal(F.AssignmentAfterOr(x, y), v);
        GradientCheck.MatchesComplexStep(z =>
        {
            Complex r = z[1];
            if (z[0].Real > 10) return r * z[0];
            r = z[0] * z[1];
            return r.Real > 1 ? r * z[0] : r + z[0];
        }, XY, new[] { x, y }, new[] { dX, dY });
    }

    [Theory]
    [InlineData(0.7, 1)]
    [InlineData(-1.3, 4)]
    public void PrefixDecrementInDoWhileCondition(double x, int n)
    {
        double v = F.PrefixDecrementInDoWhileConditionGradient(x, n, out double dX);
        Assert.Equal(F.PrefixDecrementInDoWhileCondition(x, n), v);
        Approx.Grad(2 * n * x, dX, "dX", Approx.At(("x", x)));
    }
}
