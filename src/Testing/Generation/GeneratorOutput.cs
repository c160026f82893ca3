using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AutoDiffGen.Testing;

/// <summary>What one generator run produced.</summary>
/// <param name="Input">The user's code as compiled for the run.</param>
/// <param name="Files">Generated files, in ordinal order of hint name.</param>
/// <param name="Diagnostics">The generator's diagnostics, and C# errors inside <c>[Differentiable]</c> methods
/// (while a method has one, the generator produces nothing for it).</param>
public sealed record GeneratorOutput(CSharpCompilation Input, ImmutableArray<GeneratedFile> Files, ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>True when a diagnostic is an error: some method got no gradient.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>
    /// The generated code and the diagnostics of every method named <paramref name="methodName"/> (all
    /// overloads, in every type of the input).
    /// </summary>
    /// <exception cref="ArgumentException">No method of that name is declared in the input, or none of them is <c>[Differentiable]</c>.</exception>
    public GeneratedMethodCode ForMethod(string methodName)
    {
        MethodDeclarationSyntax[] declarations = Input.SyntaxTrees
            .SelectMany(t => t.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>())
            .Where(m => m.Identifier.ValueText == methodName)
            .ToArray();
        string files = string.Join(", ", Input.SyntaxTrees.Select(t => t.FilePath));
        if (declarations.Length == 0)
        {
            throw new ArgumentException("No method named '" + methodName + "' in " + files + ".", nameof(methodName));
        }
        if (!declarations.Any(m => GeneratorRunner.IsDifferentiable(Input.GetSemanticModel(m.SyntaxTree), m)))
        {
            throw new ArgumentException("'" + methodName + "' in " + files + " is not marked [Differentiable], so nothing is generated for it.", nameof(methodName));
        }

        string gradient = methodName + "Gradient";
        ImmutableArray<GeneratedFile> generated = Files
            .Where(f => f.Tree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>().Any(m => m.Identifier.ValueText == gradient))
            .ToImmutableArray();
        // Diagnostics without a place (an internal error) are kept: dropping them would hide why code is missing.
        ImmutableArray<Diagnostic> diagnostics = Diagnostics
            .Where(d => !d.Location.IsInSource || declarations.Any(m => m.SyntaxTree == d.Location.SourceTree && m.FullSpan.Contains(d.Location.SourceSpan)))
            .ToImmutableArray();
        return new GeneratedMethodCode(methodName, generated, diagnostics);
    }
}
