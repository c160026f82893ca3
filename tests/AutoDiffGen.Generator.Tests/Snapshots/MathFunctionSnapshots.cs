using AutoDiffGen.Generator.Tests.Infrastructure;
using Xunit;

namespace AutoDiffGen.Generator.Tests.Snapshots;

/// <summary>Every System.Math function of the rule table, a few per test.</summary>
public sealed class MathFunctionSnapshots
{
    private static string Method(string body) => $$"""
        using System;
        using AutoDiffGen;

        namespace Samples;

        public static partial class Functions
        {
            [Differentiable]
            public static double F(double x, double y, double z)
            {
        {{body}}
            }
        }
        """;

    [Fact]
    public void Trigonometric() => SnapshotTest.Run(Method("""
                double a = Math.Sin(x) + Math.Cos(y) + Math.Tan(z);
                double b = Math.Asin(x) + Math.Acos(y) + Math.Atan(z);
                return a * b + Math.Atan2(y, x);
        """));

    [Fact]
    public void Hyperbolic() => SnapshotTest.Run(Method("""
                double a = Math.Sinh(x) + Math.Cosh(y) + Math.Tanh(z);
                return a + Math.Asinh(x) + Math.Acosh(y) + Math.Atanh(z);
        """));

    [Fact]
    public void ExponentialsAndLogarithms() => SnapshotTest.Run(Method("""
                double a = Math.Exp(x) + Math.Log(y) + Math.Log(y, z);
                return a + Math.Log10(x) + Math.Log2(y);
        """));

    [Fact]
    public void PowersAndRoots() => SnapshotTest.Run(Method("""
                return Math.Sqrt(x) + Math.Cbrt(y) + Math.Pow(x, y) + Math.FusedMultiplyAdd(x, y, z);
        """));

    [Fact]
    public void Kinks() => SnapshotTest.Run(Method("""
                return Math.Abs(x) + Math.Max(x, y) + Math.Min(y, z) + Math.Clamp(x, y, z);
        """));

    [Fact]
    public void PiecewiseConstant() => SnapshotTest.Run(Method("""
                double steps = Math.Floor(x) + Math.Ceiling(y) + Math.Round(z) + Math.Sign(x) + Math.Truncate(y);
                return steps * x + y;
        """));

    [Fact]
    public void Predicates() => SnapshotTest.Run(Method("""
                if (double.IsNaN(x) || double.IsInfinity(y) || !double.IsFinite(z)) return 0.0;
                return x * y * z;
        """));

    [Fact]
    public void DoubleStaticEquivalents() => SnapshotTest.Run(Method("""
                return double.Sin(x) + double.Exp(y) * double.Sqrt(z);
        """));
}
