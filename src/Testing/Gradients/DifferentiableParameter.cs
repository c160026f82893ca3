using System;
using System.Reflection;

namespace AutoDiffGen.Testing;

/// <summary>What a parameter is to the gradient (docs/contract.md, "Parameters").</summary>
public enum ParameterRole
{
    /// <summary>Not differentiated: <c>[NoDiff]</c>, or not a <c>double</c>/<c>float</c> (array or span). Held fixed.</summary>
    Data,

    /// <summary>A <c>double</c> or <c>float</c>: one gradient entry.</summary>
    Scalar,

    /// <summary>A <c>double[]</c>, <c>float[]</c> or span of them: one gradient entry per element.</summary>
    Array,
}

/// <summary>One parameter of a differentiable method and its role.</summary>
/// <param name="Name">The parameter's name.</param>
/// <param name="Type">Its declared type.</param>
/// <param name="Role">Whether and how it is differentiated.</param>
/// <param name="Element">For <see cref="ParameterRole.Scalar"/> and <see cref="ParameterRole.Array"/>: <c>double</c> or <c>float</c>.</param>
public sealed record DifferentiableParameter(string Name, Type Type, ParameterRole Role, Type? Element)
{
    /// <summary>The name of its gradient output: <c>d</c> + the name with a capital (<c>beta0</c> → <c>dBeta0</c>).</summary>
    public string OutputName => "d" + char.ToUpperInvariant(Name.TrimStart('@')[0]) + Name.TrimStart('@').Substring(1);

    /// <summary>True for a <c>float</c> scalar or array: finite differences are then taken in single precision.</summary>
    public bool IsSinglePrecision => Element == typeof(float);

    internal static DifferentiableParameter From(ParameterInfo parameter)
    {
        Type type = parameter.ParameterType;
        bool noDiff = parameter.IsDefined(typeof(NoDiffAttribute), inherit: false);
        Type? element = type == typeof(double) || type == typeof(float) ? type
            : type.IsArray && type.GetArrayRank() == 1 ? type.GetElementType()
            : MethodInvoker.IsSpan(type) ? type.GetGenericArguments()[0]
            : null;
        bool floating = element == typeof(double) || element == typeof(float);
        ParameterRole role = noDiff || !floating ? ParameterRole.Data
            : element == type ? ParameterRole.Scalar
            : ParameterRole.Array;
        return new DifferentiableParameter(parameter.Name ?? "arg" + parameter.Position, type, role, floating ? element : null);
    }
}
