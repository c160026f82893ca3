using AutoDiffGen.Generator.Tests.Infrastructure;
using Xunit;

namespace AutoDiffGen.Generator.Tests.Snapshots;

/// <summary>Straight-line code: operators, literals, constants, reassignment.</summary>
public sealed class ArithmeticSnapshots
{
    [Fact]
    public void StraightLineOperators() => SnapshotTest.Run("""
        using AutoDiffGen;

        namespace Samples;

        public static partial class Ops
        {
            [Differentiable]
            public static double F(double a, double b, double c)
            {
                double sum = a + b;
                double difference = a - c;
                double product = sum * difference;
                double quotient = product / (b + 2.0);
                double remainder = quotient % c;
                return -remainder + -(a * b) - (b - c);
            }
        }
        """);

    [Fact]
    public void LiteralsAndConstLocals() => SnapshotTest.Run("""
        using AutoDiffGen;

        namespace Samples;

        public static partial class Literals
        {
            [Differentiable]
            public static double F(double x)
            {
                const double Half = 0.5;
                const int Two = 2;
                double scaled = Half * x * 1e-3 + 3.0;
                return scaled * Two + 1 - 2.5e2 * x;
            }
        }
        """);

    [Fact]
    public void ReassignmentAndCompoundAssignment() => SnapshotTest.Run("""
        using AutoDiffGen;

        namespace Samples;

        public static partial class Updates
        {
            [Differentiable]
            public static double F(double x, double y)
            {
                double s = x;
                s = s * y;
                s += x;
                s -= y;
                s *= x;
                s /= y;
                s++;
                s--;
                ++s;
                x = x * x;
                return s + x;
            }
        }
        """);

    [Fact]
    public void ExpressionBodied() => SnapshotTest.Run("""
        using System;
        using AutoDiffGen;

        namespace Samples;

        public static partial class Short
        {
            [Differentiable]
            public static double F(double x, double y) => x * Math.Sin(y) + y;
        }
        """);

    [Fact]
    public void InlinedLocalFunction() => SnapshotTest.Run("""
        using System;
        using AutoDiffGen;

        namespace Samples;

        public static partial class Local
        {
            [Differentiable]
            public static double F(double x, double y)
            {
                static double Sq(double v) => v * v;
                double Scaled(double v) => v * y;
                return Sq(Math.Sin(x)) + Scaled(Sq(x));
            }
        }
        """);

    [Fact]
    public void InlinedLambdaLocal() => SnapshotTest.Run("""
        using System;
        using AutoDiffGen;

        namespace Samples;

        public static partial class Lambda
        {
            [Differentiable]
            public static double F(double x, double y)
            {
                var add = (double t, double k) => t + k;
                Func<double, double> scaled = v => v * y;
                return scaled(add(x, Math.Sin(x)));
            }
        }
        """);

    [Fact]
    public void InlinedStatementBodiedLocalFunction() => SnapshotTest.Run("""
        using System;
        using AutoDiffGen;

        namespace Samples;

        public static partial class LocalStatements
        {
            [Differentiable]
            public static double F(double x, double y)
            {
                double total = 0;
                double Scaled(double v)
                {
                    double w = v * y;
                    return Math.Sin(w);
                }
                void Add(double v) { total += v * v; }
                Add(Scaled(x));
                return total;
            }
        }
        """);
}
