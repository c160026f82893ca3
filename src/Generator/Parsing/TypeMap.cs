using AutoDiffGen.Generator.IR;
using Microsoft.CodeAnalysis;

namespace AutoDiffGen.Generator.Parsing;

/// <summary>Roslyn types to IR types.</summary>
internal static class TypeMap
{
    public static NumType? From(ITypeSymbol type) => type.SpecialType switch
    {
        SpecialType.System_Double => NumType.Double,
        SpecialType.System_Single => NumType.Single,
        SpecialType.System_Int32 => NumType.Int32,
        SpecialType.System_Int64 => NumType.Int64,
        SpecialType.System_Boolean => NumType.Boolean,
        _ => null,
    };

    public static bool IsSpan(ITypeSymbol type) =>
        type is INamedTypeSymbol { IsGenericType: true } named
        && named.OriginalDefinition.ToDisplayString() is "System.Span<T>" or "System.ReadOnlySpan<T>";

    /// <summary>The element type of a one-dimensional array or a span of a supported type, else null.</summary>
    public static NumType? ElementOf(ITypeSymbol type) => type switch
    {
        IArrayTypeSymbol { Rank: 1 } array => From(array.ElementType),
        INamedTypeSymbol named when IsSpan(named) => From(named.TypeArguments[0]),
        _ => null,
    };
}
