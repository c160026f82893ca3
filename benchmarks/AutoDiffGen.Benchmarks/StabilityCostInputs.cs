using System;

namespace AutoDiffGen.Benchmarks;

/// <summary>
/// The ordinary-range inputs of <see cref="StabilityCostBenchmarks"/>, the range the ≤ 1.2× cost goal
/// is about: where the naive formulas are still accurate, so both versions compute the same numbers
/// and only the cost of the stable form shows.
/// </summary>
public sealed class StabilityCostInputs
{
    public const int Count = 1024;

    /// <summary>The length of each log-sum-exp (R07) call: Count / GroupSize calls per benchmark.</summary>
    public const int GroupSize = 16;

    /// <summary>Uniform in [-5, 5]: logits, the arguments of exp, cosh, hypot and squares.</summary>
    public readonly double[] X = new double[Count];

    /// <summary>Uniform in [-5, 5], independent of <see cref="X"/>: second arguments.</summary>
    public readonly double[] Y = new double[Count];

    /// <summary>Uniform in [0.01, 5]: arguments of log, log1p and the square root, which need a positive (or > -1) input.</summary>
    public readonly double[] Positive = new double[Count];

    /// <summary>Uniform in [0, 1]: cross-entropy labels (soft labels, so both terms of the loss do work).</summary>
    public readonly double[] Label = new double[Count];

    public StabilityCostInputs(int seed)
    {
        // A fixed seed: every run times the same inputs.
        var random = new Random(seed);
        for (int i = 0; i < Count; i++)
        {
            X[i] = 10.0 * random.NextDouble() - 5.0;
            Y[i] = 10.0 * random.NextDouble() - 5.0;
            Positive[i] = 0.01 + 4.99 * random.NextDouble();
            Label[i] = random.NextDouble();
        }
    }
}
