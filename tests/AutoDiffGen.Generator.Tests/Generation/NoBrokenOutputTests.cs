using System.Linq;
using AutoDiffGen.Generator.Tests.Infrastructure;
using Xunit;

namespace AutoDiffGen.Generator.Tests.Generation;

/// <summary>
/// Unusual but valid declarations: the generator either emits code that compiles warning-free, or emits
/// nothing and says why with an ADGEN diagnostic. Broken generated code is never acceptable.
/// </summary>
public sealed class NoBrokenOutputTests
{
    [Theory]
    [InlineData("file-local type", """
        using AutoDiffGen;
        file static partial class C
        {
            [Differentiable]
            public static double F(double x) => x * x;

            // The generated members must land on this file-local type, not on a new global C.
            public static double Use(double x) => FGradient(x, out double dX) + dX;
        }
        """)]
    [InlineData("keyword-named type and method", """
        using AutoDiffGen;
        namespace N;
        public static partial class @class
        {
            [Differentiable]
            public static double @return(double x) => x * x;
        }
        """)]
    [InlineData("type nested in an interface", """
        using AutoDiffGen;
        public partial interface IOuter
        {
            public static partial class Inner
            {
                [Differentiable]
                public static double F(double x) => x * x;
            }
        }
        """)]
    [InlineData("class with a primary constructor and a base", """
        using AutoDiffGen;
        public class Base(int n) { public int N => n; }
        public sealed partial class Derived(int n) : Base(n)
        {
            [Differentiable]
            public static double F(double x) => x * x;
        }
        """)]
    [InlineData("ref struct", """
        using AutoDiffGen;
        public ref partial struct R
        {
            [Differentiable]
            public static double F(double x) => x * x;
        }
        """)]
    [InlineData("generic type with constraints", """
        using System;
        using AutoDiffGen;
        public partial class G<T, U> where T : struct, IComparable<T> where U : class, new()
        {
            [Differentiable]
            public static double F(double x) => x * x;
        }
        """)]
    [InlineData("namespace alias named System", """
        using AutoDiffGen;
        namespace N
        {
            using System = N.Fake;
            public static class Fake { }
            public static partial class C
            {
                [Differentiable]
                public static double F(double x) => global::System.Math.Sin(x) * x;
            }
        }
        """)]
    [InlineData("user type named Math in the same namespace", """
        using AutoDiffGen;
        namespace N
        {
            public static class Math { public static double Twice(double v) => 2 * v; }
            public static partial class C
            {
                [Differentiable]
                public static double F(double x) => global::System.Math.Sin(x) * x + Math.Twice(1);
            }
        }
        """)]
    public void Valid_code_gets_compilable_output_or_a_diagnostic(string what, string source)
    {
        // Not AssertNoErrors(run.Input): some samples call the generated members, which only exist afterwards.
        GeneratorRun run = GeneratorHarness.Run(source);

        if (run.Sources.IsEmpty)
        {
            Assert.True(run.Diagnostics.Any(d => d.Id.StartsWith("ADGEN", System.StringComparison.Ordinal)),
                what + ": no output and no diagnostic saying why");
        }
        else
        {
            GeneratorHarness.AssertCompilesCleanly(run.Output);
        }
    }
}
