using System;
using AutoDiffGen.Functional.Tests.Reference;
using Xunit;
using G = AutoDiffGen.Functional.Tests.Calls.GuardFunctions;

namespace AutoDiffGen.Functional.Tests.Calls;

/// <summary>At x = -1 only "+ x" is live, so the derivative is exactly 1, not NaN.</summary>
public class GuardTests
{
    [Fact]
    public void GuardIfAtNegativeIsExactlyOne()
    {
        double v = G.GuardIfGradient(-1, out double dX);
        Assert.Equal(-1.0, v);
        Assert.Equal(1.0, dX);
    }

    [Fact]
    public void GuardIfAtZeroIsExactlyOne()
    {
        // √0 has an infinite derivative, but x > 0 is false, so it is not on the path.
        G.GuardIfGradient(0, out double dX);
        Assert.Equal(1.0, dX);
    }

    [Fact]
    public void GuardTernaryAtNegativeIsExactlyOne()
    {
        G.GuardTernaryGradient(-1, out double dX);
        Assert.Equal(1.0, dX);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(4)]
    public void GuardLoopAtNegativeIsExactlyOne(int n)
    {
        G.GuardLoopGradient(-1, n, out double dX);
        Assert.Equal(1.0, dX);
    }

    [Fact]
    public void GuardBackwardAtNegativeAddsSeed()
    {
        double acc = 2.0;
        G.GuardIfBackward(-1, 3.0, ref acc);
        Assert.Equal(5.0, acc);
    }

    [Theory]
    [InlineData(0.25)]
    [InlineData(4.0)]
    public void GuardsOnTheLivePath(double x)
    {
        // d/dx (√x + x) = 1/(2√x) + 1; d/dx (Σ i·ln x + x) = Σi / x + 1.
        string at = Approx.At(("x", x));
        G.GuardIfGradient(x, out double dIf);
        Approx.Grad(0.5 / Math.Sqrt(x) + 1, dIf, "x", at);
        G.GuardTernaryGradient(x, out double dTernary);
        Approx.Grad(0.5 / Math.Sqrt(x) + 1, dTernary, "x", at);
        G.GuardLoopGradient(x, 4, out double dLoop);
        Approx.Grad((0 + 1 + 2 + 3) / x + 1, dLoop, "x", at);
    }

    [Theory]
    [InlineData(1.5, 4)] // iterations 2 and 3 take Sqrt of a negative and drop it
    [InlineData(-1.0, 3)]
    public void GuardInsideLoopClosedForm(double x, int n)
    {
        G.GuardInsideLoopGradient(x, n, out double dX);
        double expected = 1;
        for (int i = 0; i < n; i++) if (x > i) expected += 0.5 / Math.Sqrt(x - i);
        Approx.Grad(expected, dX, "x", Approx.At(("x", x)));
    }
}
