using System.Linq;
using AutoDiffGen.Generator.Tests.Infrastructure;
using Xunit;

namespace AutoDiffGen.Generator.Tests.Generation;

/// <summary>Hint names follow {Namespace}.{Outer}.{Type}.{Method}.g.cs, generic arity as _N (style guide §5.4).</summary>
public sealed class HintNameTests
{
    [Fact]
    public void Generic_arity_is_written_as_underscore_and_the_arity()
    {
        GeneratorRun run = GeneratorHarness.Run("""
            using AutoDiffGen;
            namespace N;
            public partial class One<T>
            {
                [Differentiable]
                public static double F(double x) => x * x;
            }
            public partial class Two<TA, TB>
            {
                [Differentiable]
                public static double G(double x) => x * x;
            }
            """);

        Assert.Equal(new[] { "N.One_1.F.g.cs", "N.Two_2.G.g.cs" }, run.Sources.Select(s => s.HintName).OrderBy(h => h));
    }

    [Fact]
    public void Overloads_get_distinct_names_from_their_parameter_types()
    {
        GeneratorRun run = GeneratorHarness.Run("""
            using AutoDiffGen;
            namespace N;
            public static partial class C
            {
                [Differentiable]
                public static double F(double x) => x * x;

                [Differentiable]
                public static float F(float x) => x * x;
            }
            """);

        Assert.Equal(new[] { "N.C.F_double.g.cs", "N.C.F_float.g.cs" }, run.Sources.Select(s => s.HintName).OrderBy(h => h));
        GeneratorHarness.AssertCompilesCleanly(run.Output);
    }
}
