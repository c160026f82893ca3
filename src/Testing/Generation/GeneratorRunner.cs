using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using AutoDiffGen.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AutoDiffGen.Testing;

/// <summary>
/// Runs the AutoDiffGen generator in-process over source files, the way the compiler runs it in a build,
/// without a project: the code behind <see cref="GeneratedCode"/> and the <c>autodiffgen</c> viewer.
/// </summary>
public static class GeneratorRunner
{
    /// <summary>The parse options of every tree and of the driver (they must be the same).</summary>
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    /// <summary>What user code is compiled against: the running process's framework assemblies and the AutoDiffGen runtime.</summary>
    public static ImmutableArray<MetadataReference> References => ReferenceSet.Current;

    /// <summary>Runs the generator over <paramref name="sources"/>.</summary>
    /// <exception cref="InvalidOperationException">The generator itself threw (a bug in AutoDiffGen).</exception>
    public static GeneratorOutput Run(IReadOnlyList<SourceInput> sources)
    {
        CSharpCompilation compilation = CSharpCompilation.Create(
            "AutoDiffGenInput",
            sources.Select(s => CSharpSyntaxTree.ParseText(s.Text, ParseOptions, path: s.Path)),
            ReferenceSet.Current,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, allowUnsafe: true));

        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            generators: new[] { new DifferentiableGenerator().AsSourceGenerator() },
            parseOptions: ParseOptions);
        GeneratorRunResult result = driver.RunGenerators(compilation).GetRunResult().Results.Single();
        if (result.Exception is not null)
        {
            throw new InvalidOperationException("The AutoDiffGen generator threw; please report this: " + result.Exception, result.Exception);
        }

        ImmutableArray<GeneratedFile> files = result.GeneratedSources
            .OrderBy(s => s.HintName, StringComparer.Ordinal)
            .Select(s => new GeneratedFile(s.HintName, s.SourceText.ToString(), s.SyntaxTree))
            .ToImmutableArray();
        return new GeneratorOutput(compilation, files, result.Diagnostics.AddRange(ErrorsInDifferentiableMethods(compilation)));
    }

    /// <summary>
    /// The generator is silent about a method with a C# error (it waits until the code compiles), so the
    /// errors inside [Differentiable] methods are what explains a missing gradient. Errors elsewhere (a type
    /// from a file that was not passed in, say) do not matter to the generator and are left out.
    /// </summary>
    private static IEnumerable<Diagnostic> ErrorsInDifferentiableMethods(CSharpCompilation compilation)
    {
        foreach (SyntaxTree tree in compilation.SyntaxTrees)
        {
            SemanticModel model = compilation.GetSemanticModel(tree);
            foreach (MethodDeclarationSyntax method in tree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>())
            {
                if (!IsDifferentiable(model, method)) continue;
                foreach (Diagnostic error in model.GetDiagnostics(method.Span).Where(d => d.Severity == DiagnosticSeverity.Error))
                {
                    yield return error;
                }
            }
        }
    }

    internal static bool IsDifferentiable(SemanticModel model, MethodDeclarationSyntax method) =>
        method.AttributeLists.Count > 0 &&
        model.GetDeclaredSymbol(method)?.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == typeof(DifferentiableAttribute).FullName) == true;
}
