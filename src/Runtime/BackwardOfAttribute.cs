using System;

namespace AutoDiffGen;

/// <summary>
/// Marks a method as the hand-written backward rule (pullback) of another method, which
/// <c>[Differentiable]</c> code may then call: its generated backward pass calls this rule instead
/// of differentiating the callee. Use it for a closed-form derivative, for a method the generator
/// cannot read (a library or native call), or to override the generated derivative.
/// </summary>
/// <remarks>
/// The rule's signature mirrors a generated <c>Backward</c>: for <c>static T M(p1, …, pn)</c> it is
/// <c>static T Rule(p1, …, pn, T seed, ref T dP…)</c> with one <c>ref T</c> accumulator per
/// <c>double</c>/<c>float</c> parameter of M that is not <c>[NoDiff]</c>, in order. It returns
/// <c>M(p1, …, pn)</c> and adds <c>seed · ∂M/∂p</c> into each accumulator. The generator checks the
/// signature and reports ADGEN0015 on the rule when it does not match.
/// </remarks>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class BackwardOfAttribute : Attribute
{
    /// <summary>The rule of a static method <paramref name="method"/> of the rule's own type.</summary>
    public BackwardOfAttribute(string method)
    {
        Method = method;
    }

    /// <summary>The rule of static method <paramref name="method"/> of <paramref name="type"/>
    /// (a library type, for example). Calls of it from the rule's own type use the rule.</summary>
    public BackwardOfAttribute(Type type, string method)
    {
        Type = type;
        Method = method;
    }

    /// <summary>The type that declares the method, or null for the rule's own type.</summary>
    public Type? Type { get; }

    /// <summary>The method's name (use <c>nameof</c>).</summary>
    public string Method { get; }
}
