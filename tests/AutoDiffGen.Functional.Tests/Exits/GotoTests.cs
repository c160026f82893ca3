using System.Numerics;
using AutoDiffGen.Functional.Tests.Reference;
using Xunit;
using F = AutoDiffGen.Functional.Tests.Exits.GotoFunctions;

namespace AutoDiffGen.Functional.Tests.Exits;

/// <summary>Forward gotos against complex step on the same control flow (decided on the real parts).</summary>
public class GotoTests
{
    [Theory]
    [InlineData(0.5, 3)]   // never jumps: s = -(…), then s·x
    [InlineData(2.0, 4)]   // jumps out of both loops
    [InlineData(0.9, 5)]
    public void GotoOutOfNestedLoops(double x, int n)
    {
        double v = F.OutOfLoopsGradient(x, n, out double dX);
        Assert.Equal(F.OutOfLoops(x, n), v);
        GradientCheck.MatchesComplexStep(z =>
        {
            Complex s = 0;
            for (int i = 0; i < n; i++)
            {
                for (int j = 0; j < n; j++)
                {
                    s += z[0] * (i + j);
                    if (s.Real > 10) return s * z[0];
                }
                s *= 1.5;
            }
            return -s * z[0];
        }, new[] { "x" }, new[] { x }, new[] { dX });
    }

    [Theory]
    [InlineData(0.5, 6)]
    [InlineData(2.5, 7)]
    [InlineData(-1.5, 5)]
    public void GotoToALabelInsideTheLoop(double x, int n)
    {
        double v = F.SkipInsideLoopGradient(x, n, out double dX);
        Assert.Equal(F.SkipInsideLoop(x, n), v);
        GradientCheck.MatchesComplexStep(z =>
        {
            Complex s = 0;
            for (int i = 0; i < n; i++)
            {
                if (i % 2 == 0) s += z[0];
                else
                {
                    s *= z[0];
                    if (!(s.Real > 5)) s += 1;
                }
                s *= 0.9;
            }
            return s;
        }, new[] { "x" }, new[] { x }, new[] { dX });
    }
}
