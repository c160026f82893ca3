using System.Collections.Immutable;
using System.Linq;
using AutoDiffGen.Generator.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AutoDiffGen.Generator.Parsing;

/// <summary>
/// Checks every [BackwardOf] rule where it is declared, whether or not anything calls it yet: a rule
/// that does not fit its method is reported on the rule (ADGEN0015), like Clad's "derivative provided
/// but not used", rather than being silently ignored.
/// </summary>
internal static class BackwardRuleCheck
{
    public static ImmutableArray<Diagnostic> Check(GeneratorAttributeSyntaxContext context)
    {
        if (context.TargetSymbol is not IMethodSymbol rule || context.TargetNode is not MethodDeclarationSyntax syntax) return ImmutableArray<Diagnostic>.Empty;
        (INamedTypeSymbol? type, string? name) = BackwardRules.Target(rule);
        INamedTypeSymbol host = type ?? rule.ContainingType;
        if (name is null) return ImmutableArray<Diagnostic>.Empty; // the attribute does not compile; the compiler says why

        IMethodSymbol[] candidates = host.GetMembers(name).OfType<IMethodSymbol>().Where(m => m.MethodKind == MethodKind.Ordinary).ToArray();
        string? problem = candidates.Length == 0
            ? "'" + host.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat) + "' has no method named '" + name + "'"
            : candidates.Any(c => BackwardRules.Check(c, rule) is null) ? null : BackwardRules.Check(candidates[0], rule);
        if (problem is null) return ImmutableArray<Diagnostic>.Empty;

        return ImmutableArray.Create(Diagnostic.Create(DiagnosticDescriptors.BackwardRuleMismatch, syntax.Identifier.GetLocation(),
            rule.Name, host.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat) + "." + name, problem));
    }
}
