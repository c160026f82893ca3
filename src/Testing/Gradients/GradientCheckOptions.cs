namespace AutoDiffGen.Testing;

/// <summary>
/// Tolerances of a gradient check. An entry passes when |generated − reference| ≤ absolute + relative·|reference|.
/// Leave a tolerance <c>null</c> for the default of the method's precision.
/// </summary>
public sealed record GradientCheckOptions
{
    /// <summary>Relative tolerance against finite differences: 1e-6 for double, 1e-3 for float.</summary>
    public double? RelativeTolerance { get; init; }

    /// <summary>Absolute tolerance against finite differences, for entries near zero: 1e-8 for double, 1e-4 for float.</summary>
    public double? AbsoluteTolerance { get; init; }

    /// <summary>Relative tolerance against the complex step, which is exact to rounding: 1e-9 for double, 1e-5 for float.</summary>
    public double? ComplexStepRelativeTolerance { get; init; }

    /// <summary>Absolute tolerance against the complex step: 1e-12 for double, 1e-6 for float.</summary>
    public double? ComplexStepAbsoluteTolerance { get; init; }

    /// <summary>Also check that <c>MBackward</c> adds <c>seed · gradient</c> into pre-filled accumulators. On by default.</summary>
    public bool CheckBackward { get; init; } = true;

    /// <summary>The seed of the accumulation check; not 1, so that a missing multiplication by the seed shows.</summary>
    public double BackwardSeed { get; init; } = -2.5;

    internal (double Relative, double Absolute) FiniteDifferenceTolerance(bool single) =>
        (RelativeTolerance ?? (single ? 1e-3 : 1e-6), AbsoluteTolerance ?? (single ? 1e-4 : 1e-8));

    internal (double Relative, double Absolute) ComplexStepTolerance(bool single) =>
        (ComplexStepRelativeTolerance ?? (single ? 1e-5 : 1e-9), ComplexStepAbsoluteTolerance ?? (single ? 1e-6 : 1e-12));

    /// <summary>Backward and Gradient run the same arithmetic, so they agree to rounding of the seed multiplication.</summary>
    internal static (double Relative, double Absolute) ConsistencyTolerance(bool single) => single ? (1e-5, 1e-6) : (1e-12, 1e-14);
}
