using Microsoft.CodeAnalysis.CSharp;

namespace AutoDiffGen.Generator.Parsing;

/// <summary>Identifiers as they must be written in generated code.</summary>
internal static class Identifiers
{
    /// <summary><c>double</c> → <c>@double</c>: a user's verbatim identifier stays verbatim.</summary>
    public static string Escape(string name) =>
        SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None ? "@" + name : name;
}
