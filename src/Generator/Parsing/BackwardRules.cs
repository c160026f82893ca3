using System.Collections.Generic;
using System.Linq;
using AutoDiffGen.Generator.IR;
using Microsoft.CodeAnalysis;

namespace AutoDiffGen.Generator.Parsing;

/// <summary>
/// Hand-written backward rules: <c>[BackwardOf(nameof(M))]</c> (a method of the rule's own type) or
/// <c>[BackwardOf(typeof(T), nameof(M))]</c> (any type; used by calls from the rule's type). A rule's
/// signature mirrors a generated Backward: M's parameters, <c>T seed</c>, then one <c>ref T</c>
/// accumulator per differentiable (double/float, not [NoDiff]) parameter of M, returning T.
/// </summary>
internal static class BackwardRules
{
    public const string Attribute = "AutoDiffGen.BackwardOfAttribute";

    /// <summary>The rule a call of <paramref name="callee"/> from <paramref name="caller"/> uses, or null.
    /// <paramref name="mismatch"/> explains why rules that name the callee do not fit it.</summary>
    public static IMethodSymbol? Find(IMethodSymbol callee, INamedTypeSymbol caller, out string? mismatch)
    {
        mismatch = null;
        var candidates = new List<IMethodSymbol>();
        candidates.AddRange(RulesIn(callee.ContainingType).Where(r => Target(r) is (null, string name) && name == callee.Name));
        candidates.AddRange(RulesIn(caller).Where(r => Target(r) is ({ } type, string name) && name == callee.Name
            && SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, callee.ContainingType.OriginalDefinition)));
        foreach (IMethodSymbol rule in candidates)
        {
            string? problem = Check(callee, rule);
            if (problem is null) return rule;
            mismatch ??= "'" + rule.Name + "' does not fit: " + problem;
        }
        return null;
    }

    /// <summary>The type (null: the rule's own) and method name a rule's attribute names.</summary>
    public static (INamedTypeSymbol? Type, string? Method) Target(IMethodSymbol rule)
    {
        AttributeData? data = rule.GetAttributes().FirstOrDefault(a => a.AttributeClass?.ToDisplayString() == Attribute);
        if (data is null) return (null, null);
        return data.ConstructorArguments.Length switch
        {
            1 => (null, data.ConstructorArguments[0].Value as string),
            2 => (data.ConstructorArguments[0].Value as INamedTypeSymbol, data.ConstructorArguments[1].Value as string),
            _ => (null, null),
        };
    }

    /// <summary>Null when <paramref name="rule"/> fits <paramref name="primal"/>, else what is wrong.</summary>
    public static string? Check(IMethodSymbol primal, IMethodSymbol rule)
    {
        if (!primal.IsStatic) return "'" + primal.Name + "' is not static; only static methods can have a backward rule";
        if (primal.IsGenericMethod || rule.IsGenericMethod) return "generic methods cannot have backward rules";
        if (TypeMap.From(primal.ReturnType) is not (NumType.Double or NumType.Single)) return "'" + primal.Name + "' must return double or float";
        if (primal.Parameters.Any(p => p.RefKind != RefKind.None || TypeMap.From(p.Type) is null))
        {
            return "every parameter of '" + primal.Name + "' must be a by-value double, float, int, long or bool";
        }
        string expected = "expected " + Expected(primal, rule.Name);
        if (!rule.IsStatic) return "the rule must be static; " + expected;
        if (!SymbolEqualityComparer.Default.Equals(rule.ReturnType, primal.ReturnType)) return "the rule must return " + Show(primal.ReturnType) + "; " + expected;

        List<(ITypeSymbol Type, RefKind Kind)> wanted = Wanted(primal);
        if (rule.Parameters.Length != wanted.Count) return "the rule has " + rule.Parameters.Length + " parameters, not " + wanted.Count + "; " + expected;
        for (int i = 0; i < wanted.Count; i++)
        {
            IParameterSymbol p = rule.Parameters[i];
            if (!SymbolEqualityComparer.Default.Equals(p.Type, wanted[i].Type) || p.RefKind != wanted[i].Kind)
            {
                return "parameter " + (i + 1) + " ('" + p.Name + "') must be " + (wanted[i].Kind == RefKind.Ref ? "ref " : "") + Show(wanted[i].Type) + "; " + expected;
            }
        }
        return null;
    }

    /// <summary>The signature a rule for <paramref name="primal"/> must have, as C#.</summary>
    public static string Expected(IMethodSymbol primal, string ruleName)
    {
        IEnumerable<string> parameters = primal.Parameters.Select(p => Show(p.Type) + " " + p.Name)
            .Append(Show(primal.ReturnType) + " seed")
            .Concat(primal.Parameters.Where(Attributes.IsDifferentiable).Select(p => "ref " + Show(p.Type) + " d" + char.ToUpperInvariant(p.Name[0]) + p.Name.Substring(1)));
        return "'static " + Show(primal.ReturnType) + " " + ruleName + "(" + string.Join(", ", parameters) + ")'";
    }

    private static List<(ITypeSymbol, RefKind)> Wanted(IMethodSymbol primal)
    {
        var wanted = primal.Parameters.Select(p => (p.Type, RefKind.None)).ToList();
        wanted.Add((primal.ReturnType, RefKind.None));
        wanted.AddRange(primal.Parameters.Where(Attributes.IsDifferentiable).Select(p => (p.Type, RefKind.Ref)));
        return wanted;
    }

    private static IEnumerable<IMethodSymbol> RulesIn(INamedTypeSymbol type) =>
        type.GetMembers().OfType<IMethodSymbol>().Where(m => m.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == Attribute));

    private static string Show(ITypeSymbol type) => type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat);
}
