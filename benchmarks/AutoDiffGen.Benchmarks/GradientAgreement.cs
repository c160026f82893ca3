using System;

namespace AutoDiffGen.Benchmarks;

/// <summary>
/// Before timing anything: the generated gradient and the hand-written one must be the same function
/// (to 1e-12 relative), otherwise the speed comparison means nothing.
/// </summary>
public static class GradientAgreement
{
    private const double Tolerance = 1e-12;

    public static void Check()
    {
        var random = new Random(7);
        for (int trial = 0; trial < 100; trial++)
        {
            double[] a = new double[10];
            for (int i = 0; i < a.Length; i++)
            {
                a[i] = 3.0 * random.NextDouble() - 1.5;
            }

            double generated = ToyModel.LossGradient(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8], a[9],
                out double g0, out double g1, out double g2, out double g3, out double g4, out double g5, out double g6, out double g7);
            double byHand = HandWrittenToyGradient.Loss(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8], a[9],
                out double h0, out double h1, out double h2, out double h3, out double h4, out double h5, out double h6, out double h7);
            double[] gen = { generated, g0, g1, g2, g3, g4, g5, g6, g7 };
            double[] hand = { byHand, h0, h1, h2, h3, h4, h5, h6, h7 };
            for (int k = 0; k < gen.Length; k++)
            {
                // Both are products of the same factors in possibly different orders: no cancellation,
                // so a purely relative bound is fair.
                if (!(Math.Abs(gen[k] - hand[k]) <= Tolerance * Math.Abs(hand[k])))
                {
                    throw new InvalidOperationException(
                        $"Generated and hand-written toy gradients disagree at trial {trial}, output {k}: {gen[k]:R} vs {hand[k]:R}.");
                }
            }
        }
    }
}
