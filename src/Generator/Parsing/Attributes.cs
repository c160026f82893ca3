using System.Linq;
using AutoDiffGen.Generator.IR;
using Microsoft.CodeAnalysis;

namespace AutoDiffGen.Generator.Parsing;

/// <summary>The contract's rules for what the attributes mean, in one place.</summary>
internal static class Attributes
{
    public const string Differentiable = "AutoDiffGen.DifferentiableAttribute";
    public const string NoDiff = "AutoDiffGen.NoDiffAttribute";
    public const string PerSample = "AutoDiffGen.PerSampleAttribute";

    public static bool IsDifferentiable(IMethodSymbol method) => Has(method, Differentiable);

    /// <summary>double and float parameters, and arrays and spans of them, are differentiated unless marked [NoDiff].</summary>
    public static bool IsDifferentiable(IParameterSymbol parameter) =>
        (TypeMap.From(parameter.Type) ?? TypeMap.ElementOf(parameter.Type)) is NumType.Double or NumType.Single && !Has(parameter, NoDiff);

    /// <summary>[PerSample]: one value per sample in the batched members.</summary>
    public static bool IsPerSample(IParameterSymbol parameter) => Has(parameter, PerSample);

    /// <summary>False when the method says <c>[Differentiable(StabilityRewrites = false)]</c>.</summary>
    public static bool StabilityRewritesEnabled(System.Collections.Immutable.ImmutableArray<AttributeData> differentiable) =>
        !differentiable.Any(a => a.NamedArguments.Any(n => n.Key == "StabilityRewrites" && n.Value.Value is false));

    private static bool Has(ISymbol symbol, string attribute) =>
        symbol.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == attribute);
}
