using AutoDiffGen.Generator.Tests.Infrastructure;
using Xunit;

namespace AutoDiffGen.Generator.Tests.Snapshots;

/// <summary>break, continue and return inside loops become flags; switch becomes an if/else chain.</summary>
public sealed class ExitSnapshots
{
    [Fact]
    public void BreakAndContinue() => SnapshotTest.Run("""
        using System;
        using AutoDiffGen;

        namespace Samples;

        public static partial class Exits
        {
            [Differentiable]
            public static double F(double x, int n)
            {
                double y = x;
                for (int i = 0; i < n; i++)
                {
                    if (i % 2 == 1) continue;
                    if (y > 4.0) break;
                    y = y * Math.Sin(y);
                }
                return y;
            }
        }
        """);

    [Fact]
    public void ReturnInsideNestedLoops() => SnapshotTest.Run("""
        using System;
        using AutoDiffGen;

        namespace Samples;

        public static partial class Exits
        {
            [Differentiable]
            public static double F(double x, int n)
            {
                double s = 1;
                for (int i = 0; i < n; i++)
                {
                    for (int j = 0; j < n; j++)
                    {
                        s = s * x;
                        if (s > 100) return Math.Log(s);
                    }
                }
                return s;
            }
        }
        """);

    [Fact]
    public void SwitchStatementWithGotoCase() => SnapshotTest.Run("""
        using System;
        using AutoDiffGen;

        namespace Samples;

        public static partial class Switches
        {
            [Differentiable]
            public static double F(double x, int mode)
            {
                double r = x;
                switch (mode)
                {
                    case 0:
                        r = x * x;
                        break;
                    case 1:
                    case 2:
                        r = Math.Sin(x);
                        break;
                    case 3:
                        r = r + 1;
                        goto case 0;
                    default:
                        return Math.Exp(x);
                }
                return r * x;
            }
        }
        """);

    [Fact]
    public void SwitchExpressionAndIsPattern() => SnapshotTest.Run("""
        using System;
        using AutoDiffGen;

        namespace Samples;

        public static partial class Switches
        {
            [Differentiable]
            public static double F(double x) =>
                x switch
                {
                    < -1.0 => -x,
                    >= -1.0 and < 1.0 => x * x,
                    _ => Math.Sqrt(x),
                } + (x is > 0.5 and < 2.0 ? x : 0.0);
        }
        """);

    [Fact]
    public void ForwardGotoOutOfNestedLoops() => SnapshotTest.Run("""
        using AutoDiffGen;

        namespace Samples;

        public static partial class Exits
        {
            [Differentiable]
            public static double F(double x, int n)
            {
                double s = x;
                for (int i = 0; i < n; i++)
                {
                    for (int j = 0; j < n; j++)
                    {
                        s = s * x + j;
                        if (s > 10) goto done;
                    }
                }
                s = -s;
            done:
                return s * x;
            }
        }
        """);
}
