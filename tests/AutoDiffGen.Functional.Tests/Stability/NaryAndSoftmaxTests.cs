using System;
using Xunit;
using F = AutoDiffGen.Functional.Tests.Stability.NaryAndSoftmaxFunctions;

namespace AutoDiffGen.Functional.Tests.Stability;

/// <summary>
/// R06, R17 and R08 beyond two terms or outside a loop. Expected values are closed forms (mpmath for the
/// irrational ones, recorded here); the rewrites-off twins overflow or divide ∞ by ∞ at the same points.
/// </summary>
public class NaryAndSoftmaxTests
{
    [Fact]
    public void Log_sum_exp_of_three_terms_at_1000()
    {
        // log(3·e^1000) = 1000 + ln 3 = 1001.0986122886681 (mpmath); each partial is 1/3.
        double v = F.LogSumExp3Gradient(1000, 1000, 1000, out double dA, out double dB, out double dC);
        Exact.Equal(1001.0986122886681, v, "value", 1000);
        foreach (double d in new[] { dA, dB, dC }) Exact.Equal(1.0 / 3, d, "partial", 1000);
        Assert.True(double.IsInfinity(F.LogSumExp3OffGradient(1000, 1000, 1000, out _, out _, out _)));
    }

    [Fact]
    public void Norm_of_three_terms_at_1e200_and_at_the_origin()
    {
        // R18 table: ‖(1e200, 1e200, 1e200)‖ = 1.7320508075688773e200, each partial 1/√3 = 0.57735026918962576.
        double v = F.Norm3Gradient(1e200, 1e200, 1e200, out double dX, out double dY, out double dZ);
        Exact.Equal(1.7320508075688773e200, v, "value", 1e200);
        foreach (double d in new[] { dX, dY, dZ }) Exact.Equal(0.57735026918962576, d, "partial", 1e200);
        Assert.True(double.IsInfinity(F.Norm3OffGradient(1e200, 1e200, 1e200, out _, out _, out _)));

        // At the origin the gradient is undefined; the convention is 0 (PyTorch's), not the naive NaN.
        Assert.Equal(0.0, F.Norm3Gradient(0, 0, 0, out dX, out dY, out dZ));
        Assert.Equal((0.0, 0.0, 0.0), (dX, dY, dZ));
        F.Norm3OffGradient(0, 0, 0, out double nX, out _, out _);
        Assert.True(double.IsNaN(nX));
    }

    [Theory]
    [InlineData(1000.0)]
    [InlineData(-1000.0)]
    public void Two_term_softmax_and_its_log_at_equal_extreme_logits(double logit)
    {
        // softmax(t, t) = [1/2, 1/2]: ∂p₀/∂a = p₀(1 − p₀) = 1/4, ∂p₀/∂b = −p₀p₁ = −1/4; log p₀ = −ln 2, gradient [1/2, −1/2].
        Exact.Point(F.Softmax2Gradient, logit, logit, 0.5, 0.25, -0.25, "Softmax2");
        Exact.TwinFails(F.Softmax2OffGradient, logit, logit, 0.5, 0.25, -0.25, "Softmax2Off");
        Exact.Point(F.LogSoftmax2Gradient, logit, logit, -0.6931471805599453, 0.5, -0.5, "LogSoftmax2");
        Exact.TwinFails(F.LogSoftmax2OffGradient, logit, logit, -0.6931471805599453, 0.5, -0.5, "LogSoftmax2Off");
    }

    [Fact]
    public void In_the_ordinary_range_the_rewritten_forms_agree_with_the_naive_ones()
    {
        Close(F.LogSumExp3Gradient(0.3, -1.2, 2.0, out double a1, out double a2, out double a3),
            F.LogSumExp3OffGradient(0.3, -1.2, 2.0, out double b1, out double b2, out double b3));
        Close(a1, b1); Close(a2, b2); Close(a3, b3);
        Close(F.Norm3Gradient(0.3, -1.2, 2.0, out a1, out a2, out a3), F.Norm3OffGradient(0.3, -1.2, 2.0, out b1, out b2, out b3));
        Close(a1, b1); Close(a2, b2); Close(a3, b3);
        Close(F.Softmax2Gradient(0.3, -1.2, out a1, out a2), F.Softmax2OffGradient(0.3, -1.2, out b1, out b2));
        Close(a1, b1); Close(a2, b2);
        Close(F.LogSoftmax2Gradient(0.3, -1.2, out a1, out a2), F.LogSoftmax2OffGradient(0.3, -1.2, out b1, out b2));
        Close(a1, b1); Close(a2, b2);
        Close(F.HypotOneGradient(0.3, out a1), F.HypotOneOffGradient(0.3, out b1));
        Close(a1, b1);
        Close(F.SmoothAbsGradient(-0.3, out a1), F.SmoothAbsOffGradient(-0.3, out b1));
        Close(a1, b1);
        Close(F.SwishGradient(1.7, out a1), F.SwishOffGradient(1.7, out b1));
        Close(a1, b1);
    }

    [Fact]
    public void Square_root_of_a_square_plus_a_constant_at_1e200()
    {
        // √(1e400 + 1) = 1e200 and its derivative x/√(x² + c) = 1, to double precision; the naive forms overflow.
        Exact.Point(F.HypotOneGradient, 1e200, 1e200, 1, "HypotOne");
        Exact.TwinFails(F.HypotOneOffGradient, 1e200, 1e200, 1, "HypotOneOff");
        Exact.Point(F.SmoothAbsGradient, -1e200, 1e200, -1, "SmoothAbs");
        Exact.TwinFails(F.SmoothAbsOffGradient, -1e200, 1e200, -1, "SmoothAbsOff");
        // At 0 the smoothed |x| is √1e-8 = 1e-4 with derivative 0.
        Exact.Point(F.SmoothAbsGradient, 0, 1e-4, 0, "SmoothAbs");
    }

    [Fact]
    public void Swish_at_large_negative_inputs()
    {
        // x·σ(x) at −800: −800·e^−800 is below the smallest double, so 0, and so is its derivative σ(x)(1 + x·σ(−x)).
        Exact.Point(F.SwishGradient, -800, 0, 0, "Swish");
        Exact.TwinFails(F.SwishOffGradient, -800, 0, 0, "SwishOff");
        // At −40 (mpmath): −40·σ(−40) = −1.6993417021166356e−16, derivative σ(−40)(1 − 40·σ(40)) = −1.6568581595637197e−16.
        Exact.Point(F.SwishGradient, -40, -1.6993417021166356e-16, -1.6568581595637197e-16, "Swish");
    }

    [Fact]
    public void Complement_of_a_sigmoid_and_the_hand_written_slope_at_40()
    {
        // 1 − σ(40) = σ(−40) = 4.2483542552915890e−18, derivative −σ(40)σ(−40) (mpmath); the naive 1 − 1 is 0.
        Exact.Point(F.ComplementGradient, 40, 4.248354255291589e-18, -4.248354255291589e-18, "Complement");
        Exact.TwinFails(F.ComplementOffGradient, 40, 4.248354255291589e-18, -4.248354255291589e-18, "ComplementOff");
        // σ(1 − σ) at 40 = 4.2483542552915890e−18, derivative σσ(−x)(σ(−x) − σ) = −4.2483542552915889e−18 (mpmath).
        Exact.Point(F.SigmoidSlopeGradient, 40, 4.248354255291589e-18, -4.248354255291589e-18, "SigmoidSlope");
        Exact.TwinFails(F.SigmoidSlopeOffGradient, 40, 4.248354255291589e-18, -4.248354255291589e-18, "SigmoidSlopeOff");
        Close(F.SigmoidSlopeGradient(0.3, out double a), F.SigmoidSlopeOffGradient(0.3, out double b));
        Close(a, b);
    }

    [Theory]
    [InlineData(400.0, 1.0)]
    [InlineData(-400.0, -1.0)]
    public void Tanh_written_with_one_exponential(double x, double tanh)
    {
        // tanh(±400) = ±1 and sech²(±400) = 4e^−800 → 0 in double. Each naive quotient is ∞/∞ = NaN on the side
        // where its exponential overflows: (e^2x − 1)/(e^2x + 1) at +400, (1 − e^−2x)/(1 + e^−2x) at −400.
        Exact.Point(F.TanhFromExpm1Gradient, x, tanh, 0, "TanhFromExpm1");
        Exact.Point(F.TanhFromNegativeExpGradient, x, tanh, 0, "TanhFromNegativeExp");
        if (x > 0) Exact.TwinFails(F.TanhFromExpm1OffGradient, x, tanh, 0, "TanhFromExpm1Off");
        else Exact.TwinFails(F.TanhFromNegativeExpOffGradient, x, tanh, 0, "TanhFromNegativeExpOff");
        Close(F.TanhFromExpm1Gradient(0.3, out double a), Math.Tanh(0.3));
        Close(a, 1 - Math.Tanh(0.3) * Math.Tanh(0.3));
        Close(F.TanhFromNegativeExpGradient(-0.3, out a), Math.Tanh(-0.3));
        Close(a, 1 - Math.Tanh(0.3) * Math.Tanh(0.3));
    }

    [Fact]
    public void Log_of_one_plus_two_exponentials_at_1000()
    {
        // log(1 + 2e^1000) = 1000 + ln 2 to double precision (the 1 is e^−1000 relative), each partial 1/2.
        Exact.Point(F.LogOnePlusTwoExpsGradient, 1000, 1000, 1000.6931471805599, 0.5, 0.5, "LogOnePlusTwoExps");
        Exact.TwinFails(F.LogOnePlusTwoExpsOffGradient, 1000, 1000, 1000.6931471805599, 0.5, 0.5, "LogOnePlusTwoExpsOff");
        Close(F.LogOnePlusTwoExpsGradient(0.3, -1.2, out double a1, out double a2), F.LogOnePlusTwoExpsOffGradient(0.3, -1.2, out double b1, out double b2));
        Close(a1, b1);
        Close(a2, b2);
    }

    /// <summary>Within a few ulps: the stable form rounds differently, not differently enough to matter.</summary>
    private static void Close(double stable, double naive) =>
        Assert.True(Math.Abs(stable - naive) <= 1e-14 * Math.Max(1, Math.Abs(naive)), $"stable {stable:R} vs naive {naive:R}");
}
