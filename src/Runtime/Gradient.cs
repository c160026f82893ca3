using System.Runtime.CompilerServices;

namespace AutoDiffGen;

/// <summary>Controls how gradients flow through <c>[Differentiable]</c> code.</summary>
public static class Gradient
{
    /// <summary>
    /// Returns <paramref name="value"/> unchanged, and tells the generator that no gradient flows back
    /// through it: in generated code its derivative is zero (JAX's <c>stop_gradient</c>, Swift's
    /// <c>withoutDerivative(at:)</c>). Use it for a target that must be treated as a constant
    /// (<c>Gradient.Stop(ema)</c> in a loss), or to cut a path you do not want to train through.
    /// Outside generated gradients it is the identity.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Stop(double value) => value;

    /// <inheritdoc cref="Stop(double)"/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float Stop(float value) => value;
}
