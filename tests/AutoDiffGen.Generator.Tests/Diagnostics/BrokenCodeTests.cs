using AutoDiffGen.Generator.Tests.Infrastructure;
using System.Linq;
using Microsoft.CodeAnalysis;
using Xunit;

namespace AutoDiffGen.Generator.Tests.Diagnostics;

/// <summary>
/// Code the user is still typing (EXT ParserTests.SourceErrors): the generator must not throw (no CS8785),
/// and a method that does not compile gets no generated code and no ADGEN noise on top of the C# errors.
/// </summary>
public sealed class BrokenCodeTests
{
    [Theory]
    [InlineData("missing closing brace", """
        using AutoDiffGen;
        public static partial class C
        {
            [Differentiable]
            public static double F(double x)
            {
                return x * x;
        """)]
    [InlineData("half-typed return", """
        using AutoDiffGen;
        public static partial class C
        {
            [Differentiable]
            static double M(double x) { return x +
        }
        """)]
    [InlineData("method directly in a namespace", """
        using AutoDiffGen;
        namespace N
        {
            [Differentiable]
            static double M(double x) => x * x;
        }
        """)]
    [InlineData("method at top level", """
        using AutoDiffGen;
        [Differentiable]
        static double M(double x) => x * x;
        """)]
    [InlineData("undefined identifier", """
        using AutoDiffGen;
        public static partial class C
        {
            [Differentiable]
            public static double F(double x) => x * unknown;
        }
        """)]
    [InlineData("undefined parameter type", """
        using AutoDiffGen;
        public static partial class C
        {
            [Differentiable]
            public static double F(Vector3 v, double x) => x;
        }
        """)]
    [InlineData("undefined return type", """
        using AutoDiffGen;
        public static partial class C
        {
            [Differentiable]
            public static Real F(double x) => x;
        }
        """)]
    [InlineData("missing parameter name", """
        using AutoDiffGen;
        public static partial class C
        {
            [Differentiable]
            public static double F(double) => 1.0;
        }
        """)]
    [InlineData("attribute with arguments it does not take", """
        using AutoDiffGen;
        public static partial class C
        {
            [Differentiable(3)]
            public static double F(double x) => x;
        }
        """)]
    [InlineData("attribute on a field", """
        using AutoDiffGen;
        public static partial class C
        {
            [Differentiable]
            public static double F = 1.0;
        }
        """)]
    [InlineData("wrong argument types in a Math call", """
        using System;
        using AutoDiffGen;
        public static partial class C
        {
            [Differentiable]
            public static double F(double x) => Math.Sin("x");
        }
        """)]
    [InlineData("not all paths return", """
        using AutoDiffGen;
        public static partial class C
        {
            [Differentiable]
            public static double F(double x)
            {
                if (x > 0) return x;
            }
        }
        """)]
    [InlineData("unterminated string and stray tokens", """
        using AutoDiffGen;
        public static partial class C
        {
            [Differentiable]
            public static double F(double x) { var s = "abc; return ) x; }
        }
        """)]
    [InlineData("empty attribute target list", """
        using AutoDiffGen;
        public static partial class C
        {
            [Differentiable
            public static double F(double x) => x;
        }
        """)]
    public void Broken_code_yields_no_exception_no_output_and_no_ADGEN_diagnostic(string what, string source)
    {
        GeneratorRun run = GeneratorHarness.Run(source); // asserts no exception and no CS8785

        Assert.True(run.Input.GetDiagnostics().Any(d => d.Severity == DiagnosticSeverity.Error), what + ": the sample should not compile");
        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.Sources);
    }
}
