namespace AutoDiffGen.Testing;

/// <summary>One gradient entry of a check: a scalar parameter, or one element of an array parameter.</summary>
/// <param name="Parameter">The parameter's name, with the index for an array element (<c>c[2]</c>).</param>
/// <param name="Input">The parameter's value at the checked point.</param>
/// <param name="Generated">What <c>MGradient</c> returned for it.</param>
/// <param name="FiniteDifference">The Richardson-extrapolated central difference.</param>
/// <param name="ComplexStep">The complex-step derivative, when a complex version of the function was given.</param>
/// <param name="BackwardAccumulated">What <c>MBackward</c> left in the accumulator (pre-filled, seed applied); <c>null</c> when not checked.</param>
/// <param name="BackwardExpected">The accumulator's start value plus seed × <paramref name="Generated"/>.</param>
/// <param name="BackwardPassed">The accumulator matched (also true when Backward was not checked).</param>
/// <param name="Passed">Every check of this entry passed.</param>
public sealed record GradientCheckRow(
    string Parameter,
    double Input,
    double Generated,
    double FiniteDifference,
    double? ComplexStep,
    double? BackwardAccumulated,
    double? BackwardExpected,
    bool BackwardPassed,
    bool Passed)
{
    /// <summary>|generated − finite difference|.</summary>
    public double FiniteDifferenceError => System.Math.Abs(Generated - FiniteDifference);

    /// <summary>The absolute error relative to |finite difference| (0 when both are 0).</summary>
    public double FiniteDifferenceRelativeError => Relative(FiniteDifferenceError, FiniteDifference);

    /// <summary>|generated − complex step|, when there is one.</summary>
    public double? ComplexStepError => ComplexStep is double c ? System.Math.Abs(Generated - c) : null;

    /// <summary>The absolute error relative to |complex step|.</summary>
    public double? ComplexStepRelativeError => ComplexStep is double c ? Relative(System.Math.Abs(Generated - c), c) : null;

    internal static double Relative(double error, double reference) =>
        error == 0 ? 0 : error / System.Math.Abs(reference);
}
