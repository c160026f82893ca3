using System;
using System.Numerics;

namespace AutoDiffGen.Functional.Tests.Reference;

/// <summary>Compares a whole generated gradient with the complex-step gradient of a Complex re-write of the function.</summary>
internal static class GradientCheck
{
    /// <param name="reference">The same function written over Complex (comparisons on .Real, same branches).</param>
    /// <param name="names">Parameter names, for the failure message.</param>
    /// <param name="point">The evaluation point, one entry per differentiable parameter.</param>
    /// <param name="actual">The generated gradient, in the same order.</param>
    public static void MatchesComplexStep(Func<Complex[], Complex> reference, string[] names, double[] point, params double[] actual)
    {
        if (names.Length != point.Length || actual.Length != point.Length) throw new ArgumentException("names, point and gradient lengths differ");
        var at = new (string, double)[point.Length];
        for (int i = 0; i < point.Length; i++) at[i] = (names[i], point[i]);
        string where = Approx.At(at);
        for (int i = 0; i < point.Length; i++)
        {
            double expected = ComplexStep.Partial(reference, point, i);
            Approx.Grad(expected, actual[i], "d" + char.ToUpperInvariant(names[i][0]) + names[i].Substring(1), where);
        }
    }
}
