using System;

namespace AutoDiffGen;

/// <summary>
/// Marks a static method of a <c>partial</c> type for compile-time reverse-mode differentiation.
/// For <c>T M(p1, …, pn)</c> the AutoDiffGen generator adds <c>MGradient</c> (value and gradient)
/// and <c>MBackward</c> (value, and <c>seed · ∂M/∂p</c> added into accumulators) to the same type.
/// </summary>
/// <remarks>See docs/contract.md for the exact signatures and docs/supported-csharp.md for what a body may contain.</remarks>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class DifferentiableAttribute : Attribute
{
    /// <summary>
    /// When true (the default), the generated gradient computes numerically fragile formulas in their
    /// stable form (<c>Math.Log(1 + Math.Exp(x))</c> as <c>StableMath.Softplus(x)</c>, …) and reports
    /// each rewrite as an info diagnostic. Set it to false to differentiate the formulas exactly as written.
    /// </summary>
    /// <remarks>See docs/stability.md for every rewrite.</remarks>
    public bool StabilityRewrites { get; set; } = true;
}
