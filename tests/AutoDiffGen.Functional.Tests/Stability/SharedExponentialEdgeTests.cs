using System;
using Xunit;
using L = AutoDiffGen.Functional.Tests.Stability.LogisticFunctions;
using S = AutoDiffGen.Functional.Tests.Stability.LogSpaceFunctions;

namespace AutoDiffGen.Functional.Tests.Stability;

/// <summary>
/// The shared-exponential forms (Rewrites/SharedExponentials) compute e = e^−|x| and give x the whole
/// derivative, so |x|'s kink at 0 must not show: σ′(±0) = 1/4, softplus′(±0) = 1/2, ∂ log(eᵃ + eᵇ) = 1/2 on the
/// diagonal. Also the non-finite inputs, where a − b or e is NaN. Expected values are closed forms.
/// </summary>
public class SharedExponentialEdgeTests
{
    private const double Ln2 = 0.6931471805599453;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Sigmoid_softplus_and_log_sigmoid_are_smooth_at_zero(bool negativeZero)
    {
        double x = negativeZero ? -0.0 : 0.0;
        Exact.Point(L.SigmoidGradient, x, 0.5, 0.25, "Sigmoid");
        Exact.Point(L.SoftplusGradient, x, Ln2, 0.5, "Softplus");
        Exact.Point(L.LogSigmoidGradient, x, -Ln2, 0.5, "LogSigmoid");
        Assert.Equal(0.5f, L.SigmoidFGradient((float)x, out float dF));
        Assert.Equal(0.25f, dF);
    }

    [Theory]
    [InlineData(double.PositiveInfinity, 1.0, 0.0, double.PositiveInfinity, 1.0)]
    [InlineData(double.NegativeInfinity, 0.0, 0.0, 0.0, 0.0)]
    [InlineData(double.NaN, double.NaN, double.NaN, double.NaN, double.NaN)]
    public void Sigmoid_and_softplus_at_non_finite_inputs(double x, double sigmoid, double dSigmoid, double softplus, double dSoftplus)
    {
        Exact.Point(L.SigmoidGradient, x, sigmoid, dSigmoid, "Sigmoid");
        Exact.Point(L.SoftplusGradient, x, softplus, dSoftplus, "Softplus");
    }

    public static TheoryData<double, double, double, double, double> LogAddExpEdges => new()
    {
        // a = b: log 2 + a, half of the derivative each (the kink of |a − b| is not the function's).
        { 0.0, 0.0, Ln2, 0.5, 0.5 },
        { -0.0, 0.0, Ln2, 0.5, 0.5 }, // a − b = −0: the sign bit picks the other formula, with the same value
        { 3.0, 3.0, 3.0 + Ln2, 0.5, 0.5 },
        // An argument at −∞ contributes nothing; both at −∞ is trap T9: −∞ with a zero gradient, not NaN.
        { double.NegativeInfinity, 3.0, 3.0, 0.0, 1.0 },
        { double.NegativeInfinity, double.NegativeInfinity, double.NegativeInfinity, 0.0, 0.0 },
        // At +∞ the infinite argument takes the derivative (StableMath.LogAddExpPartial's convention).
        { double.PositiveInfinity, 3.0, double.PositiveInfinity, 1.0, 0.0 },
        { double.PositiveInfinity, double.PositiveInfinity, double.PositiveInfinity, 1.0, 1.0 },
        { double.NaN, 3.0, double.NaN, double.NaN, double.NaN },
    };

    [Theory]
    [MemberData(nameof(LogAddExpEdges))]
    public void LogAddExp_on_the_diagonal_and_at_infinities(double a, double b, double value, double dA, double dB) =>
        Exact.Point(S.LogAddExpGradient, a, b, value, dA, dB, "LogAddExp");
}
