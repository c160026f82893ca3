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
}
