using Microsoft.CodeAnalysis;

namespace AutoDiffGen.Testing;

/// <summary>One file the generator added (one per <c>[Differentiable]</c> method).</summary>
/// <param name="HintName">The file name, <c>{Namespace}.{Type}.{Method}.g.cs</c>.</param>
/// <param name="Text">The generated C#.</param>
/// <param name="Tree">The parsed text, to find what it declares.</param>
public sealed record GeneratedFile(string HintName, string Text, SyntaxTree Tree);
