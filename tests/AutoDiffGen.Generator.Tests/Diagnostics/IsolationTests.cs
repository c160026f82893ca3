using System;
using System.Linq;
using AutoDiffGen.Generator.Tests.Infrastructure;
using Xunit;

namespace AutoDiffGen.Generator.Tests.Diagnostics;

/// <summary>One rejected method does not take its neighbours down with it.</summary>
public sealed class IsolationTests
{
    [Fact]
    public void Good_methods_next_to_a_bad_one_are_generated_and_work()
    {
        GeneratorRun run = DiagnosticMarkup.Verify("""
            using System;
            using AutoDiffGen;
            namespace N;
            public static partial class C
            {
                [Differentiable]
                public static double Square(double x) => x * x;

                [Differentiable]
                public static double Bad(double x)
                {
                    double s = 0;
                    {|ADGEN0005:try|} { s = s + x; } finally { }
                    return s;
                }

                [Differentiable]
                public static double SinTimes(double x, double y) => Math.Sin(x) * y;
            }
            """);

        Assert.Equal(new[] { "N.C.SinTimes.g.cs", "N.C.Square.g.cs" }, run.Sources.Select(s => s.HintName).OrderBy(h => h, StringComparer.Ordinal));
        GeneratorHarness.AssertCompilesCleanly(run.Output);

        AssemblyRunner assembly = AssemblyRunner.Load(run.Output);
        object?[] square = { 3.0, null };
        Assert.Equal(9.0, (double)assembly.Call("N.C", "SquareGradient", square)!);
        Assert.Equal(6.0, (double)square[1]!); // d(x²)/dx = 2x

        double x = 0.7, y = -1.3;
        object?[] sinTimes = { x, y, null, null };
        Assert.Equal(Math.Sin(x) * y, (double)assembly.Call("N.C", "SinTimesGradient", sinTimes)!, 15);
        Assert.Equal(Math.Cos(x) * y, (double)sinTimes[2]!, 15); // ∂/∂x sin(x)·y = cos(x)·y
        Assert.Equal(Math.Sin(x), (double)sinTimes[3]!, 15);     // ∂/∂y sin(x)·y = sin(x)
    }
}
