using System;

namespace AutoDiffGen;

/// <summary>
/// Excludes a <c>double</c> or <c>float</c> parameter of a <see cref="DifferentiableAttribute"/> method
/// from differentiation: it gets no gradient output and is treated as a constant (data, not a parameter).
/// </summary>
[AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
public sealed class NoDiffAttribute : Attribute
{
}
