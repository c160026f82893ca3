using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using AutoDiffGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace AutoDiffGen.Generator.Tests.Diagnostics;

/// <summary>
/// ADGEN diagnostics carry the user's real location, so '#pragma warning disable' can suppress them
/// (style guide §7.5). The compiler filters generator diagnostics with the same pragma rules it applies
/// to analyzer diagnostics; in-process, CompilationWithAnalyzers is the public door to that filter, so
/// the generator's diagnostics are replayed through a tiny analyzer.
/// </summary>
public sealed class PragmaSuppressionTests
{
    private const string Source = """
        using System;
        using AutoDiffGen;
        public static partial class C
        {
        #pragma warning disable ADGEN0005 // the discarded call is deliberate in this sample
            [Differentiable]
            public static double Suppressed(double x)
            {
                Math.Sin(x);
                return x;
            }
        #pragma warning restore ADGEN0005

            [Differentiable]
            public static double Reported(double x)
            {
                Math.Cos(x);
                return x;
            }
        }
        """;

    [Fact]
    public async Task Pragma_suppresses_ADGEN0005_only_inside_its_region()
    {
        GeneratorRun run = GeneratorHarness.Run(Source);
        Assert.Equal(2, run.Diagnostics.Count(d => d.Id == "ADGEN0005"));

        ImmutableArray<Diagnostic> visible = await run.Input
            .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new Replay(run.Diagnostics)))
            .GetAnalyzerDiagnosticsAsync();

        Diagnostic remaining = Assert.Single(visible);
        Assert.Equal("ADGEN0005", remaining.Id);
        Assert.Contains("Math.Cos(x);", remaining.Location.SourceTree!.GetText().ToString(remaining.Location.SourceSpan));
    }

    /// <summary>Reports the given diagnostics again, so the compiler's suppression rules run over them.</summary>
#pragma warning disable RS1036 // test-only analyzer, never shipped
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    private sealed class Replay : DiagnosticAnalyzer
#pragma warning restore RS1036
    {
        private readonly ImmutableArray<Diagnostic> diagnostics;

        public Replay(ImmutableArray<Diagnostic> diagnostics) => this.diagnostics = diagnostics;

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics =>
            diagnostics.Select(d => d.Descriptor).Distinct().ToImmutableArray();

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationAction(c =>
            {
                foreach (Diagnostic d in diagnostics) c.ReportDiagnostic(d);
            });
        }
    }
}
