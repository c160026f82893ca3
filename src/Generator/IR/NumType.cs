namespace AutoDiffGen.Generator.IR;

/// <summary>The value types the IR knows. Only <see cref="Double"/> and <see cref="Single"/> carry derivatives.</summary>
internal enum NumType
{
    Double,
    Single,
    Int32,
    Int64,
    Boolean,

    /// <summary>A value of a type the IR does not model (an enum, <c>char</c>, <c>string</c>, a nullable, …):
    /// only a passive <see cref="Constant"/> has it, passed to a [Differentiable] callee's parameter of that
    /// type or compared in a switch. Nothing computes with it or declares a variable of it.</summary>
    Passive,
}

internal static class NumTypeExtensions
{
    public static bool IsFloating(this NumType type) => type is NumType.Double or NumType.Single;

    /// <summary>The C# keyword, which cannot be rebound by a user's usings, so it needs no <c>global::</c>.</summary>
    public static string Keyword(this NumType type) => type switch
    {
        NumType.Double => "double",
        NumType.Single => "float",
        NumType.Int32 => "int",
        NumType.Int64 => "long",
        _ => "bool",
    };

    /// <summary>A literal of this type written from an integer or decimal digit string ("1", "0.5").</summary>
    public static string Literal(this NumType type, string digits) => type switch
    {
        NumType.Double => digits.IndexOf('.') >= 0 || digits.IndexOf('E') >= 0 ? digits : digits + ".0",
        NumType.Single => digits + "f",
        NumType.Int64 => digits + "L",
        _ => digits,
    };
}
