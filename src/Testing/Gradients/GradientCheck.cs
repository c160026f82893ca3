using System;

namespace AutoDiffGen.Testing;

/// <summary>
/// Gradient checks in the spirit of <c>torch.autograd.gradcheck</c> and JAX's <c>check_grads</c>: the
/// generated gradient against Richardson-extrapolated central differences (and the complex step, when
/// given), and <c>MBackward</c>'s accumulation and seed scaling against <c>MGradient</c>.
/// <code>
/// GradientCheck.Of(typeof(ToyModel), nameof(ToyModel.Loss)).AssertAt(0.5, 1.0, 0.3, 1.2, -0.4, 0.8, 0.5, -0.7, 0.2, 1.5);
/// </code>
/// </summary>
public static class GradientCheck
{
    /// <summary>A checker for <paramref name="methodName"/> on <paramref name="type"/> and its generated Gradient and Backward.</summary>
    /// <param name="type">The partial type declaring the method.</param>
    /// <param name="methodName">The method, e.g. <c>nameof(ToyModel.Loss)</c>.</param>
    /// <param name="options">Tolerances; the defaults suit the method's precision.</param>
    /// <exception cref="ArgumentException">The method, or its generated Gradient or Backward, is missing or ambiguous.</exception>
    public static GradientChecker Of(Type type, string methodName, GradientCheckOptions? options = null) =>
        new(DifferentiableMethod.Find(type, methodName), options ?? new GradientCheckOptions());

    /// <summary>The same for one of several overloads, chosen by its parameter types.</summary>
    public static GradientChecker Of(Type type, string methodName, Type[] parameterTypes, GradientCheckOptions? options = null) =>
        new(DifferentiableMethod.Find(type, methodName, parameterTypes), options ?? new GradientCheckOptions());
}
