using AutoDiffGen.Generator.Tests.Infrastructure;
using Xunit;

namespace AutoDiffGen.Generator.Tests.Snapshots;

/// <summary>Branches: if/else, nesting, ternaries, early returns, boolean logic.</summary>
public sealed class ControlFlowSnapshots
{
    [Fact]
    public void IfElse() => SnapshotTest.Run("""
        using AutoDiffGen;

        namespace Samples;

        public static partial class Branches
        {
            [Differentiable]
            public static double F(double x, double y)
            {
                double r;
                if (x > y)
                {
                    r = x * y;
                }
                else
                {
                    r = x + y;
                }
                return r * r;
            }
        }
        """);

    [Fact]
    public void NestedIf() => SnapshotTest.Run("""
        using AutoDiffGen;

        namespace Samples;

        public static partial class Branches
        {
            [Differentiable]
            public static double F(double x, double y)
            {
                double r = x;
                if (x > 0)
                {
                    if (y > 0)
                    {
                        r = r * y;
                    }
                    else
                    {
                        r = r - y;
                    }
                    r = r * x;
                }
                return r + y;
            }
        }
        """);

    [Fact]
    public void Ternary() => SnapshotTest.Run("""
        using AutoDiffGen;

        namespace Samples;

        public static partial class Branches
        {
            [Differentiable]
            public static double F(double x, double y)
            {
                double m = x > y ? x * x : y;
                return m + (x < 0 ? -x : y > 1 ? y * x : 2.0);
            }
        }
        """);

    [Fact]
    public void TernaryWithGuardedCalls() => SnapshotTest.Run("""
        using System;
        using AutoDiffGen;

        namespace Samples;

        public static partial class Branches
        {
            // The branch not taken must not be evaluated, forward or backward: Log(0) and Sqrt(-1) would leak NaN.
            [Differentiable]
            public static double F(double x) => x > 0 ? Math.Log(x) + Math.Sqrt(x) : x;
        }
        """);

    [Fact]
    public void EarlyReturns() => SnapshotTest.Run("""
        using AutoDiffGen;

        namespace Samples;

        public static partial class Branches
        {
            [Differentiable]
            public static double F(double x, double y)
            {
                if (x < 0) return -x;
                double t = x * y;
                if (t > 10)
                {
                    return t;
                }
                if (y == 0) return x;
                t = t * t;
                return t + y;
            }
        }
        """);

    [Fact]
    public void ComparisonsAndLogic() => SnapshotTest.Run("""
        using AutoDiffGen;

        namespace Samples;

        public static partial class Branches
        {
            [Differentiable]
            public static double F(double x, double y)
            {
                bool inside = x >= 0 && x <= 1 || !(y != 2);
                if (inside && !(x == y) || y < -1)
                {
                    return x * y;
                }
                return x > y ? x : y;
            }
        }
        """);
}
