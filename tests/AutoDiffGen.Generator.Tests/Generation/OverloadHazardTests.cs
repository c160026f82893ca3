using System.Linq;
using AutoDiffGen.Generator.Tests.Infrastructure;
using Xunit;

namespace AutoDiffGen.Generator.Tests.Generation;

/// <summary>
/// Integer and float overloads of Math functions, and implicit conversions the printer leaves out:
/// the generated code must bind to the same overloads and compile warning-free.
/// </summary>
public sealed class OverloadHazardTests
{
    private static void GeneratesCompilableCode(string source)
    {
        GeneratorRun run = GeneratorHarness.Run(source);
        Assert.True(run.Problems.IsEmpty, "Unexpected generator diagnostics:\n" + string.Join("\n", run.Problems.Select(GeneratorHarness.Describe)));
        Assert.NotEmpty(run.Sources);
        GeneratorHarness.AssertCompilesCleanly(run.Output);
    }

    [Fact]
    public void Integer_overloads_of_Max_Abs_and_Clamp() => GeneratesCompilableCode("""
        using System;
        using AutoDiffGen;
        public static partial class C
        {
            [Differentiable]
            public static double F(double x, int n, long big)
            {
                int k = Math.Max(n, 3) + Math.Abs(n) + Math.Clamp(n, 0, 10);
                long j = Math.Min(big, 7L);
                return x * k + j;
            }
        }
        """);

    [Fact]
    public void Float_code_calling_double_Math_and_float_statics() => GeneratesCompilableCode("""
        using System;
        using AutoDiffGen;
        public static partial class C
        {
            [Differentiable]
            public static float F(float f, float g)
            {
                float a = (float)Math.Sin(f) + float.Clamp(g, 0, 1) + float.Pow(f, 2) + MathF.Max(f, 1);
                double wide = Math.Exp(f) * g;
                return a + (float)wide + MathF.Abs(g - f);
            }
        }
        """);

    [Fact]
    public void Mixed_int_and_double_arguments() => GeneratesCompilableCode("""
        using System;
        using AutoDiffGen;
        public static partial class C
        {
            [Differentiable]
            public static double F(double x, int n)
            {
                return Math.Pow(x, n) + Math.Max(n, x) + Math.Atan2(n, x) + Math.Log(x, 10) + x / n + (n / 2) * x;
            }
        }
        """);
}
