using AutoDiffGen.Generator.IR;

namespace AutoDiffGen.Generator.Model;

/// <summary>A type declaration around the method, as it must be repeated in the generated partial.</summary>
/// <param name="Keyword">"class", "struct", "record", "record struct", "interface".</param>
/// <param name="TypeParameters">"" or "&lt;T, U&gt;".</param>
internal sealed record TypeSpec(string Keyword, string Name, string TypeParameters);

/// <summary>
/// Everything the emitter needs for one [Differentiable] method, and nothing Roslyn-typed: equal
/// specs mean equal output, so the incremental pipeline can skip emission.
/// </summary>
/// <param name="Namespace">The containing namespace, or "" for the global namespace.</param>
/// <param name="ContainingTypes">Outermost first.</param>
/// <param name="Accessibility">The user's method's accessibility, copied to the generated members.</param>
/// <param name="IsStatic">False for an instance method: its generated members are instance members too, reading the instance's fields as constants.</param>
/// <param name="TypeParameters">"" or the method's own type parameter list, "&lt;T&gt;", copied to the generated members.</param>
/// <param name="Constraints">Its constraint clauses, fully qualified (" where T : struct"), or "".</param>
internal sealed record MethodSpec(
    string Namespace,
    EquatableArray<TypeSpec> ContainingTypes,
    string Accessibility,
    bool IsStatic,
    MethodIR Method,
    string HintName,
    string TypeParameters = "",
    string Constraints = "");
