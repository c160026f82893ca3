using System;
using AutoDiffGen.Generator.Tests.Infrastructure;
using Xunit;

namespace AutoDiffGen.Generator.Tests.Generation;

/// <summary>
/// A numeric smoke check of the snapshot constructs whose generated code is hardest to read
/// (save/restore, early returns, nested branches): the gradient agrees with central finite differences
/// of the user's own method. Precise checks against closed forms live in the functional tests.
/// </summary>
public sealed class GradientSanityTests
{
    private static void AgreesWithFiniteDifferences(string body, params (double X, double Y)[] points)
    {
        GeneratorRun run = GeneratorHarness.Run($$"""
            using System;
            using AutoDiffGen;
            public static partial class C
            {
                [Differentiable]
                public static double F(double x, double y)
                {
            {{body}}
                }
            }
            """);
        Assert.Empty(run.Problems);
        GeneratorHarness.AssertCompilesCleanly(run.Output);
        AssemblyRunner assembly = AssemblyRunner.Load(run.Output);
        double F(double x, double y) => (double)assembly.Call("C", "F", new object?[] { x, y })!;

        foreach ((double x, double y) in points)
        {
            object?[] gradient = { x, y, null, null };
            double value = (double)assembly.Call("C", "FGradient", gradient)!;
            // The value is the method's, computed in the stable form where a rewrite applied (log1p here):
            // equal to within rounding.
            Assert.Equal(F(x, y), value, 1e-15 * Math.Max(1, Math.Abs(value)));

            const double h = 1e-6;
            double dx = (F(x + h, y) - F(x - h, y)) / (2 * h);
            double dy = (F(x, y + h) - F(x, y - h)) / (2 * h);
            AssertClose(dx, (double)gradient[2]!, $"dX at ({x}, {y})");
            AssertClose(dy, (double)gradient[3]!, $"dY at ({x}, {y})");

            // Backward adds seed times the gradient into what the accumulators already hold.
            object?[] backward = { x, y, 2.0, 10.0, -10.0 };
            Assert.Equal(value, (double)assembly.Call("C", "FBackward", backward)!);
            AssertClose(10.0 + 2.0 * (double)gradient[2]!, (double)backward[3]!, "Backward dX");
            AssertClose(-10.0 + 2.0 * (double)gradient[3]!, (double)backward[4]!, "Backward dY");
        }
    }

    private static void AssertClose(double expected, double actual, string what) =>
        Assert.True(Math.Abs(expected - actual) <= 1e-6 * Math.Max(1, Math.Abs(expected)),
            what + ": expected " + expected.ToString("R") + ", got " + actual.ToString("R"));

    [Fact]
    public void Reassignment_and_compound_assignment() => AgreesWithFiniteDifferences("""
                double s = x;
                s = s * y;
                s += x;
                s -= y;
                s *= x;
                s /= y;
                s++;
                x = x * x;
                return s + x;
        """, (0.7, 1.3), (-1.1, 0.4));

    [Fact]
    public void Early_returns_with_a_reassigned_local() => AgreesWithFiniteDifferences("""
                if (x < 0) return -x * y;
                double t = x * y;
                if (t > 10) return t;
                t = t * t + Math.Sin(t);
                if (y > 1) { t = t * y; return t; }
                t = t - x;
                return t + y;
        """, (-0.5, 0.3), (3.0, 4.0), (0.5, 2.0), (0.5, 0.5));

    [Fact]
    public void Nested_branches_reassigning_the_same_local() => AgreesWithFiniteDifferences("""
                double r = x;
                if (x > 0)
                {
                    if (y > 0) { r = r * y; r = r * r; }
                    else { r = r - y; }
                    r = r * x;
                }
                else
                {
                    r = Math.Exp(r) * y;
                }
                return r + y;
        """, (0.8, 0.6), (0.8, -0.6), (-0.8, 0.6));

    [Fact]
    public void Ternaries_and_kinks() => AgreesWithFiniteDifferences("""
                double m = x > y ? x * x : Math.Sqrt(y);
                double k = Math.Abs(x - y) + Math.Max(x, 0.25) * Math.Min(y, 3.0);
                return m * k + (x < 0 ? Math.Log(-x) : Math.Log(x + 1));
        """, (1.5, 0.5), (0.3, 2.0), (-2.0, 4.0));

    [Fact]
    public void Parameters_reassigned_inside_branches() => AgreesWithFiniteDifferences("""
                if (x > y) { x = x * y; y = y + x; }
                else { y = y * y; }
                x += y;
                return x * y;
        """, (1.2, 0.7), (0.2, 0.9));

    [Fact]
    public void Every_Math_function_inside_its_domain() => AgreesWithFiniteDifferences("""
                double a = Math.Sin(x) + Math.Cos(y) + Math.Tan(x) + Math.Asin(x) + Math.Acos(x) + Math.Atan(y) + Math.Atan2(y, x);
                double b = Math.Sinh(x) + Math.Cosh(y) + Math.Tanh(x) + Math.Asinh(y) + Math.Acosh(y) + Math.Atanh(x);
                double c = Math.Exp(x) + Math.Log(y) + Math.Log(y, x + 1) + Math.Log10(y) + Math.Log2(x) + Math.Sqrt(y) + Math.Cbrt(x);
                double d = Math.Pow(y, x) + Math.Abs(x - y) + Math.Max(x, y) + Math.Min(x, y) + Math.Clamp(x, 0.25, y) + Math.FusedMultiplyAdd(x, y, x);
                return a * 0.5 + b * c - d + Math.Floor(y) * x;
        """, (0.3, 1.7), (0.6, 1.2), (0.45, 1.5));

    [Fact]
    public void Casts_through_int_are_flat() => AgreesWithFiniteDifferences("""
                // Float casts are left out: finite differences cannot resolve a float's rounding steps.
                int k = (int)(x * 10);
                long j = (long)y + k;
                double back = k;
                return k * y + back * x + j * x * y;
        """, (0.33, 1.25), (0.77, -0.5));

    [Fact]
    public void Branch_whose_condition_reads_a_variable_the_branch_reassigns() => AgreesWithFiniteDifferences("""
                double s = x * y;
                if (s > 1) { s = s * 0.25; }
                if (s > 0.5) { s = s - x; } else { s = s * s; }
                return s * x;
        """, (1.5, 1.0), (0.9, 0.8), (3.0, 1.0));
}
