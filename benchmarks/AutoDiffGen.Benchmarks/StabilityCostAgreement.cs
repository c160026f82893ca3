using System;

namespace AutoDiffGen.Benchmarks;

/// <summary>
/// Before timing <see cref="StabilityCostBenchmarks"/>: in the ordinary range the stable and the naive
/// generated gradient of each formula must be the same function, value and every partial to 1e-12 (relative, see Same),
/// otherwise the cost ratio compares different work.
/// </summary>
public static class StabilityCostAgreement
{
    private const double Tolerance = 1e-12;

    public static void Check(StabilityCostInputs d)
    {
        for (int i = 0; i < StabilityCostInputs.Count; i++)
        {
            double x = d.X[i], y = d.Y[i], p = d.Positive[i], label = d.Label[i];
            Unary("R01 sigmoid", x, StabilityCost.SigmoidGradient(x, out double s1), s1, StabilityCost.SigmoidAsWrittenGradient(x, out double n1), n1);
            Unary("R02 log-sigmoid", x, StabilityCost.LogSigmoidGradient(x, out double s2), s2, StabilityCost.LogSigmoidAsWrittenGradient(x, out double n2), n2);
            Unary("R03 softplus", x, StabilityCost.SoftplusGradient(x, out double s3), s3, StabilityCost.SoftplusAsWrittenGradient(x, out double n3), n3);
            Unary("R04 log(1-σ)", x, StabilityCost.LogOneMinusSigmoidGradient(x, out double s4), s4,
                StabilityCost.LogOneMinusSigmoidAsWrittenGradient(x, out double n4), n4);
            Unary("R05 cross-entropy", x, StabilityCost.CrossEntropyGradient(x, label, out double s5), s5,
                StabilityCost.CrossEntropyAsWrittenGradient(x, label, out double n5), n5);
            Binary("R06 log-add-exp", x, y, StabilityCost.LogAddExpGradient(x, y, out double s6a, out double s6b), s6a, s6b,
                StabilityCost.LogAddExpAsWrittenGradient(x, y, out double n6a, out double n6b), n6a, n6b);
            Unary("R11 log1p", p, StabilityCost.Log1pGradient(p, out double s11), s11, StabilityCost.Log1pAsWrittenGradient(p, out double n11), n11);
            Unary("R12 expm1", x, StabilityCost.Expm1Gradient(x, out double s12), s12, StabilityCost.Expm1AsWrittenGradient(x, out double n12), n12);
            Binary("R17 hypot", x, y, StabilityCost.HypotGradient(x, y, out double s17a, out double s17b), s17a, s17b,
                StabilityCost.HypotAsWrittenGradient(x, y, out double n17a, out double n17b), n17a, n17b);
            Binary("R20 x·log y", x, p, StabilityCost.XlogyGradient(x, p, out double s20a, out double s20b), s20a, s20b,
                StabilityCost.XlogyAsWrittenGradient(x, p, out double n20a, out double n20b), n20a, n20b);
            Unary("R22 log cosh", x, StabilityCost.LogCoshGradient(x, out double s22), s22, StabilityCost.LogCoshAsWrittenGradient(x, out double n22), n22);
            Unary("R33 Pow(x, 2)", x, StabilityCost.PowSquareGradient(x, out double s33), s33,
                StabilityCost.PowSquareAsWrittenGradient(x, out double n33), n33);
            Unary("R33 Pow(x, 0.5)", p, StabilityCost.PowHalfGradient(p, out double s34), s34,
                StabilityCost.PowHalfAsWrittenGradient(p, out double n34), n34);
        }

        Span<double> stableGradient = stackalloc double[StabilityCostInputs.GroupSize];
        Span<double> naiveGradient = stackalloc double[StabilityCostInputs.GroupSize];
        for (int start = 0; start < StabilityCostInputs.Count; start += StabilityCostInputs.GroupSize)
        {
            ReadOnlySpan<double> group = d.X.AsSpan(start, StabilityCostInputs.GroupSize);
            Same("R07 log-sum-exp", "value", group[0], StabilityCost.LogSumExpGradient(group, stableGradient),
                StabilityCost.LogSumExpAsWrittenGradient(group, naiveGradient));
            for (int k = 0; k < group.Length; k++)
            {
                Same("R07 log-sum-exp", $"∂/∂x[{k}]", group[0], stableGradient[k], naiveGradient[k]);
            }
            ReadOnlySpan<double> factors = d.Positive.AsSpan(start, StabilityCostInputs.GroupSize);
            Same("R16 log of a product loop", "value", factors[0], StabilityCost.LogOfProductLoopGradient(factors, stableGradient),
                StabilityCost.LogOfProductLoopAsWrittenGradient(factors, naiveGradient));
            for (int k = 0; k < group.Length; k++)
            {
                Same("R16 log of a product loop", $"∂/∂x[{k}]", factors[0], stableGradient[k], naiveGradient[k]);
            }
            Same("R18 norm loop", "value", group[0], StabilityCost.NormLoopGradient(group, stableGradient),
                StabilityCost.NormLoopAsWrittenGradient(group, naiveGradient));
            for (int k = 0; k < group.Length; k++)
            {
                Same("R18 norm loop", $"∂/∂x[{k}]", group[0], stableGradient[k], naiveGradient[k]);
            }
        }
    }

    private static void Unary(string rule, double at, double stable, double dStable, double naive, double dNaive)
    {
        Same(rule, "value", at, stable, naive);
        Same(rule, "derivative", at, dStable, dNaive);
    }

    private static void Binary(string rule, double at, double at2, double stable, double dStable1, double dStable2,
        double naive, double dNaive1, double dNaive2)
    {
        Same(rule, "value", at, stable, naive);
        Same(rule, "first partial", at, dStable1, dNaive1);
        Same(rule, "second partial", at2, dStable2, dNaive2);
    }

    /// <summary>
    /// Relative to the larger magnitude of the two, but never to less than 1: near a zero of the function
    /// the naive form loses relative digits by cancellation, which is what the rewrite is for (log(cosh x)
    /// at x = 5.8e-4 is 1.6655772075814136e-7 stable, 1.665577208446733e-7 naive: 5e-11 apart
    /// relatively, 9e-18 absolutely). A pair that is NaN on one side fails.
    /// </summary>
    private static void Same(string rule, string what, double at, double stable, double naive)
    {
        double scale = Math.Max(1.0, Math.Max(Math.Abs(stable), Math.Abs(naive)));
        if (!(Math.Abs(stable - naive) <= Tolerance * scale))
        {
            throw new InvalidOperationException(
                $"{rule}: the stable and naive generated gradients disagree at {at:R}, {what}: {stable:R} vs {naive:R} (tolerance {Tolerance} × max(|value|, 1)).");
        }
    }
}
