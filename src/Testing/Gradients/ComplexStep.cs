using System;
using System.Numerics;

namespace AutoDiffGen.Testing;

/// <summary>
/// The complex-step derivative f'(x) ≈ Im f(x + ih) / h: no subtraction, so no cancellation, and h can be
/// tiny, which makes it exact to rounding for functions that are analytic in x (Squire and Trapp 1998).
/// It needs a copy of the function written over <see cref="Complex"/>.
/// </summary>
internal static class ComplexStep
{
    private const double H = 1e-20;

    /// <summary>∂f/∂inputs[index] at <paramref name="inputs"/>.</summary>
    public static double Derivative(Func<Complex[], Complex> f, double[] inputs, int index)
    {
        var z = new Complex[inputs.Length];
        for (int i = 0; i < inputs.Length; i++) z[i] = inputs[i];
        double h = H * Math.Max(1.0, Math.Abs(inputs[index]));
        z[index] = new Complex(inputs[index], h);
        return f(z).Imaginary / h;
    }
}
