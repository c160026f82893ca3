using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using AutoDiffGen.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace AutoDiffGen.Generator.Tests.Infrastructure;

/// <summary>One generator run: what it produced, what it reported, and the compilation with its output added.</summary>
/// <param name="Driver">The driver after the run; it carries the incremental cache for a second run.</param>
/// <param name="Diagnostics">What the generator reported.</param>
/// <param name="DriverDiagnostics">What the driver reported about the run (CS8785 when a generator throws).</param>
internal sealed record GeneratorRun(
    GeneratorDriver Driver,
    CSharpCompilation Input,
    Compilation Output,
    ImmutableArray<GeneratedSourceResult> Sources,
    ImmutableArray<Diagnostic> Diagnostics,
    ImmutableArray<Diagnostic> DriverDiagnostics)
{
    public string Source(string hintName) => Sources.Single(s => s.HintName == hintName).SourceText.ToString();

    /// <summary>Warnings and errors: everything but the info diagnostics of stability rewrites.</summary>
    public ImmutableArray<Diagnostic> Problems => Diagnostics.Where(d => d.Severity > DiagnosticSeverity.Info).ToImmutableArray();
}

/// <summary>
/// Runs the generator in-process the way the compiler does (style guide §7.1): trees with stable paths,
/// the runtime assembly referenced so [Differentiable] binds, the same parse options for trees and driver.
/// </summary>
internal static class GeneratorHarness
{
    // The kit's options and references: the same setup users' generated-code snapshots run with.
    public static readonly CSharpParseOptions ParseOptions = AutoDiffGen.Testing.GeneratorRunner.ParseOptions;

    public static CSharpCompilation CreateCompilation(params string[] sources) =>
        CSharpCompilation.Create(
            "TestAssembly",
            sources.Select((text, i) => Parse(text, i)),
            AutoDiffGen.Testing.GeneratorRunner.References,
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: NullableContextOptions.Enable,
                warningLevel: 9999));

    /// <summary>Parses a tree the way every tree in these tests is parsed ("Test{index}.cs").</summary>
    public static SyntaxTree Parse(string source, int index) =>
        CSharpSyntaxTree.ParseText(source, ParseOptions, path: "Test" + index + ".cs");

    public static GeneratorDriver CreateDriver() =>
        CSharpGeneratorDriver.Create(
            generators: new[] { new DifferentiableGenerator().AsSourceGenerator() },
            parseOptions: ParseOptions,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    public static GeneratorRun Run(params string[] sources) => Run(CreateCompilation(sources));

    public static GeneratorRun Run(CSharpCompilation compilation, GeneratorDriver? driver = null)
    {
        driver = (driver ?? CreateDriver()).RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out ImmutableArray<Diagnostic> driverDiagnostics);
        GeneratorRunResult result = driver.GetRunResult().Results.Single();
        Assert.True(result.Exception is null, "The generator threw: " + result.Exception);
        Assert.DoesNotContain(driverDiagnostics, d => d.Id is "CS8784" or "CS8785");
        return new GeneratorRun(driver, compilation, output, result.GeneratedSources, result.Diagnostics, driverDiagnostics);
    }

    /// <summary>
    /// The compilation (user code plus generated code) has no errors and no warnings. Nothing is
    /// excluded, so test sources must be warning-free themselves.
    /// </summary>
    public static void AssertCompilesCleanly(Compilation compilation)
    {
        Diagnostic[] problems = compilation.GetDiagnostics()
            .Where(d => d.Severity >= DiagnosticSeverity.Warning)
            .ToArray();
        Assert.True(problems.Length == 0,
            "The compilation has errors or warnings:\n" + string.Join("\n", problems.Select(Describe)) +
            "\n\nGenerated code:\n" + string.Join("\n", compilation.SyntaxTrees
                .Where(t => t.FilePath.EndsWith(".g.cs", StringComparison.Ordinal))
                .Select(t => "// " + t.FilePath + "\n" + t)));
    }

    /// <summary>The user's own code is valid C#, so a missing diagnostic is the generator's doing.</summary>
    public static void AssertNoErrors(Compilation compilation)
    {
        Diagnostic[] errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
        Assert.True(errors.Length == 0, "The test source has errors:\n" + string.Join("\n", errors.Select(Describe)));
    }

    public static string Describe(Diagnostic d) =>
        d.Id + " " + d.Location.GetLineSpan() + ": " + d.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
}
