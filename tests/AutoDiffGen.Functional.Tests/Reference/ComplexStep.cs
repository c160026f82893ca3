using System;
using System.Numerics;

namespace AutoDiffGen.Functional.Tests.Reference;

/// <summary>
/// Complex-step differentiation: for f analytic and real on the real axis,
/// f'(x) = Im f(x + ih) / h + O(h²), with no subtractive cancellation, so with h = 1e-20 the result is
/// exact to the last bit or two. It is independent of the generator: the test re-writes the function
/// over <see cref="Complex"/>.
/// </summary>
internal static class ComplexStep
{
    /// <summary>Far below √ε·|x| for every test point, so the O(h²) truncation term is nil.</summary>
    public const double H = 1e-20;

    /// <summary>f'(x) for a function of one variable.</summary>
    public static double Derivative(Func<Complex, Complex> f, double x) => f(new Complex(x, H)).Imaginary / H;

    /// <summary>∂f/∂p[index] at the point p, for a function of several variables.</summary>
    public static double Partial(Func<Complex[], Complex> f, double[] point, int index)
    {
        var z = new Complex[point.Length];
        for (int i = 0; i < point.Length; i++) z[i] = point[i];
        z[index] = new Complex(point[index], H);
        return f(z).Imaginary / H;
    }

    /// <summary>The full gradient of f at the point.</summary>
    public static double[] Gradient(Func<Complex[], Complex> f, double[] point)
    {
        var g = new double[point.Length];
        for (int i = 0; i < point.Length; i++) g[i] = Partial(f, point, i);
        return g;
    }
}
