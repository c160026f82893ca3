using AutoDiffGen.Generator.Tests.Infrastructure;
using Xunit;

namespace AutoDiffGen.Generator.Tests.Snapshots;

/// <summary>Loops: the forward pass tapes overwritten values, the backward pass replays iterations in reverse.</summary>
public sealed class LoopSnapshots
{
    [Fact]
    public void ForLoopRecurrence() => SnapshotTest.Run("""
        using System;
        using AutoDiffGen;

        namespace Samples;

        public static partial class Loops
        {
            [Differentiable]
            public static double F(double x, int n)
            {
                double y = x;
                for (int i = 0; i < n; i++)
                {
                    y = Math.Sin(y) * x;
                }
                return y;
            }
        }
        """);

    [Fact]
    public void NestedLoops() => SnapshotTest.Run("""
        using System;
        using AutoDiffGen;

        namespace Samples;

        public static partial class Loops
        {
            [Differentiable]
            public static double F(double x, int n, int m)
            {
                double s = 0;
                for (int i = 0; i < n; i++)
                {
                    for (int j = 0; j < m; j++)
                    {
                        s = s * x + Math.Cos(s + j);
                    }
                }
                return s;
            }
        }
        """);

    /// <summary>Changes inside expressions: a postfix decrement in a while condition (run before each test),
    /// an assignment in an if condition, a prefix increment of a local array element used as a value.</summary>
    [Fact]
    public void ChangesInsideExpressions() => SnapshotTest.Run("""
        using System;
        using AutoDiffGen;

        namespace Samples;

        public static partial class Loops
        {
            [Differentiable]
            public static double F(double x, int n)
            {
                double a = 0;
                double r;
                double[] t = { x, 1 };
                while (n-- > 0)
                {
                    if ((r = a * x) > 1) a -= r;
                    a += ++t[0];
                }
                return a;
            }
        }
        """);

    [Fact]
    public void DoWhileAndWhile() => SnapshotTest.Run("""
        using System;
        using AutoDiffGen;

        namespace Samples;

        public static partial class Loops
        {
            [Differentiable]
            public static double F(double x, int n)
            {
                double p = 1;
                int i = 0;
                do
                {
                    p = p * (x + i);
                    i++;
                }
                while (i < n);
                while (p < 100.0)
                {
                    p = p * p + x;
                }
                return p;
            }
        }
        """);

    [Fact]
    public void LoopWithIfInside() => SnapshotTest.Run("""
        using System;
        using AutoDiffGen;

        namespace Samples;

        public static partial class Loops
        {
            [Differentiable]
            public static double F(double x, double y, int n)
            {
                double s = x;
                for (int i = 0; i < n; i++)
                {
                    if (s > y)
                    {
                        s = Math.Log(s) * y;
                    }
                    else
                    {
                        s += x * i;
                    }
                }
                return s;
            }
        }
        """);

    [Fact]
    public void DoubleWhereGuard() => SnapshotTest.Run("""
        using System;
        using AutoDiffGen;

        namespace Samples;

        public static partial class Guard
        {
            [Differentiable]
            public static double F(double x)
            {
                double r = Math.Sqrt(x);
                double s = 0;
                if (x > 0) s = r;
                return s + x;
            }
        }
        """);

    [Fact]
    public void IntegerOffsetRecomputedNotTaped() => SnapshotTest.Run("""
        using System;
        using AutoDiffGen;

        namespace Samples;

        public static partial class Rows
        {
            [Differentiable]
            public static double F(double[] w, int rows, int cols)
            {
                double s = 0;
                for (int r = 0; r < rows; r++)
                {
                    int off = r * cols;
                    double row = 0;
                    for (int c = 0; c < cols; c++) row += w[off + c] * (c + 1);
                    s += Math.Tanh(row);
                }
                return s;
            }
        }
        """);
}
