namespace AutoDiffGen.Generator.IR;

/// <summary>A parameter of the differentiated method.</summary>
/// <param name="Name">The C# identifier (without <c>@</c>).</param>
/// <param name="Type">The IR type, or null when the parameter has a type the IR does not model
/// (such parameters are passed through, never assigned, and read only by passive constants: see <c>BodyLowering.Passive.cs</c>).</param>
/// <param name="TypeSyntax">The fully qualified type as it must be written in generated signatures.</param>
/// <param name="IsDifferentiable">True for double/float parameters without [NoDiff].</param>
/// <param name="GradientName">The contract name of its gradient output: <c>d</c> + Name with a capital.</param>
/// <param name="IsArray">An array or span (read-only in the body); <see cref="Type"/> is then its element type.</param>
/// <param name="IsPerSample">Marked [PerSample]: one value per sample in the batched members.</param>
/// <param name="RefKind">"" for a by-value parameter, "ref " or "in " as written before its type in the generated signatures.
/// A <c>ref</c> parameter the method assigns gets its final value written back when the forward pass returns, as the method does.</param>
internal sealed record ParamIR(string Name, NumType? Type, string TypeSyntax, bool IsDifferentiable, string GradientName, bool IsArray = false,
    bool IsPerSample = false, string RefKind = "");

/// <summary>The local variables of the method (after the parser gave every local a unique name).</summary>
/// <param name="IsArray">A local array (see <see cref="DeclareArray"/>); <see cref="Type"/> is its element type.</param>
internal sealed record LocalIR(string Name, NumType Type, bool IsArray = false);

/// <summary>
/// The whole method as the math stages see it: no Roslyn types, value equality throughout.
/// <see cref="ReservedNames"/> holds every identifier in the user's method, so generated names
/// (temporaries, adjoints) never capture or shadow one of them.
/// </summary>
internal sealed record MethodIR(
    string Name,
    NumType ReturnType,
    EquatableArray<ParamIR> Parameters,
    EquatableArray<LocalIR> Locals,
    EquatableArray<Stmt> Body,
    EquatableArray<string> ReservedNames);
