using AutoDiffGen.Generator.Tests.Infrastructure;
using Xunit;

namespace AutoDiffGen.Generator.Tests.Generation;

/// <summary>
/// User names that collide with what the generator adds (seed, dX, result, temporaries) or need escaping.
/// The generated code must compile warning-free, or the method must get a diagnostic; never broken output.
/// </summary>
public sealed class NameHazardTests
{
    private static void GeneratesCompilableCode(string source)
    {
        GeneratorRun run = GeneratorHarness.Run(source);
        Assert.True(run.Problems.IsEmpty, "Unexpected generator diagnostics:\n" + string.Join("\n", System.Linq.Enumerable.Select(run.Problems, GeneratorHarness.Describe)));
        Assert.NotEmpty(run.Sources);
        GeneratorHarness.AssertCompilesCleanly(run.Output);
    }

    [Fact]
    public void Locals_named_like_generated_temporaries() => GeneratesCompilableCode("""
        using System;
        using AutoDiffGen;
        public static partial class C
        {
            [Differentiable]
            public static double F(double x, double y)
            {
                double result = x * y;
                double t0 = Math.Sin(result);
                double g0 = t0 * t0;
                double dT0 = g0 + x;
                double result_saved = dT0;
                dT0 = dT0 * y;
                return result + t0 + g0 + dT0 + result_saved;
            }
        }
        """);

    [Fact]
    public void Local_named_seed() => GeneratesCompilableCode("""
        using AutoDiffGen;
        public static partial class C
        {
            [Differentiable]
            public static double F(double x)
            {
                double seed = x * 2;
                return seed * seed;
            }
        }
        """);

    [Fact]
    public void Local_named_like_a_gradient_output() => GeneratesCompilableCode("""
        using AutoDiffGen;
        public static partial class C
        {
            [Differentiable]
            public static double F(double x)
            {
                double dX = x * 2;
                return dX * x;
            }
        }
        """);

    [Fact]
    public void Keyword_named_parameter_and_local() => GeneratesCompilableCode("""
        using AutoDiffGen;
        public static partial class C
        {
            [Differentiable]
            public static double F(double @double, double @in)
            {
                double @event = @double * @in;
                return @event * @event;
            }
        }
        """);

    [Fact]
    public void Locals_with_the_same_name_in_sibling_scopes() => GeneratesCompilableCode("""
        using AutoDiffGen;
        public static partial class C
        {
            [Differentiable]
            public static double F(double x)
            {
                double r = 0;
                if (x > 0)
                {
                    double a = x * x;
                    r = a;
                }
                else
                {
                    double a = -x;
                    r = a * 3;
                }
                return r;
            }
        }
        """);

    [Fact]
    public void Nullable_reference_parameter_passed_through() => GeneratesCompilableCode("""
        using AutoDiffGen;
        public static partial class C
        {
            [Differentiable]
            public static double F(double x, string? label) => x * x;

            // The generated signature must keep 'string?', or this call warns CS8625.
            public static double Use(double x) => FGradient(x, null, out double dX) + dX;
        }
        """);

    [Fact]
    public void Interface_static_method() => GeneratesCompilableCode("""
        using AutoDiffGen;
        public partial interface IModel
        {
            [Differentiable]
            static double F(double x) => x * x;
        }
        """);

    [Fact]
    public void Struct_record_struct_and_protected_method() => GeneratesCompilableCode("""
        using AutoDiffGen;
        namespace N
        {
            public readonly partial record struct R(double A)
            {
                [Differentiable]
                public static double F(double x) => x * x;
            }

            public partial class Base
            {
                [Differentiable]
                protected static double G(double x) => x * 3.0;

                [Differentiable]
                private protected static double H(double x) => x * 3.0;
            }
        }
        """);

    [Fact]
    public void Mixed_type_compound_assignment_and_special_literals() => GeneratesCompilableCode("""
        using AutoDiffGen;
        public static partial class C
        {
            [Differentiable]
            public static float F(float f, double x, int n)
            {
                f += (float)x;
                f *= n;
                n += 0x10;
                n++;
                float g = f * 1_000.5f + 1e-3f + n;
                return g > float.Epsilon ? g : -g;
            }
        }
        """);

    [Fact]
    public void Using_static_Math() => GeneratesCompilableCode("""
        using AutoDiffGen;
        using static System.Math;
        public static partial class C
        {
            [Differentiable]
            public static double F(double x) => Sin(x) * PI + Exp(-x) + Max(x, E);
        }
        """);

    [Fact]
    public void Constant_condition_guard() => GeneratesCompilableCode("""
        using AutoDiffGen;
        public static partial class C
        {
            private const bool Enabled = true;

            // Valid C#: the end is unreachable because the condition is the constant true.
            [Differentiable]
            public static double F(double x)
            {
                if (Enabled) return x * x;
            }
        }
        """);

    [Fact]
    public void Const_locals_used_only_in_other_consts_and_inactive_code() => GeneratesCompilableCode("""
        using AutoDiffGen;
        public static partial class C
        {
            [Differentiable]
            public static double F(double x)
            {
                const double Base = 2.0;
                const double Squared = Base * Base;
                const int Scale = 3;
                int steps = Scale * 2;
                double y = x + steps + Squared;
                return y * x;
            }
        }
        """);

    [Fact]
    public void Values_computed_but_not_needed_backward() => GeneratesCompilableCode("""
        using System;
        using AutoDiffGen;
        public static partial class C
        {
            [Differentiable]
            public static double F(double x, double y)
            {
                double unusedValue = Math.Sin(x);
                int count = 0;
                count = count + 1;
                bool flag = false;
                flag = !flag;
                double s = 0;
                s = x;
                return s + y;
            }
        }
        """);
}
