using System;

namespace AutoDiffGen.Functional.Tests.Stability;

/// <summary>
/// Sums of more than two exponentials or squares, and a softmax written out without a loop: the R06, R17
/// and R08 rewrites applied to n terms. Each with its rewrites-off twin.
/// </summary>
public static partial class NaryAndSoftmaxFunctions
{
    // R06 with three terms → LogAddExp(LogAddExp(a, b), c).
    [Differentiable] public static double LogSumExp3(double a, double b, double c) => Math.Log(Math.Exp(a) + Math.Exp(b) + Math.Exp(c));
    [Differentiable(StabilityRewrites = false)] public static double LogSumExp3Off(double a, double b, double c) => Math.Log(Math.Exp(a) + Math.Exp(b) + Math.Exp(c));

    // R17 with three terms (R18's norm of a 3-vector) → Hypot(Hypot(x, y), z).
    [Differentiable] public static double Norm3(double x, double y, double z) => Math.Sqrt(x * x + y * y + z * z);
    [Differentiable(StabilityRewrites = false)] public static double Norm3Off(double x, double y, double z) => Math.Sqrt(x * x + y * y + z * z);

    // R08 two-term softmax → Math.Exp(a - LogAddExp(a, b)); its log → a - LogAddExp(a, b) (R27).
    [Differentiable] public static double Softmax2(double a, double b) => Math.Exp(a) / (Math.Exp(a) + Math.Exp(b));
    [Differentiable(StabilityRewrites = false)] public static double Softmax2Off(double a, double b) => Math.Exp(a) / (Math.Exp(a) + Math.Exp(b));
    [Differentiable] public static double LogSoftmax2(double a, double b) => Math.Log(Math.Exp(a) / (Math.Exp(a) + Math.Exp(b)));
    [Differentiable(StabilityRewrites = false)] public static double LogSoftmax2Off(double a, double b) => Math.Log(Math.Exp(a) / (Math.Exp(a) + Math.Exp(b)));

    // R17 with a constant term: √(x² + 1) → Hypot(x, 1); the smoothed |x|, √(x² + 1e-8) → Hypot(x, √1e-8).
    [Differentiable] public static double HypotOne(double x) => Math.Sqrt(x * x + 1);
    [Differentiable(StabilityRewrites = false)] public static double HypotOneOff(double x) => Math.Sqrt(x * x + 1);
    [Differentiable] public static double SmoothAbs(double x) => Math.Sqrt(x * x + 1e-8);
    [Differentiable(StabilityRewrites = false)] public static double SmoothAbsOff(double x) => Math.Sqrt(x * x + 1e-8);

    // R01 with any numerator: the swish x / (1 + e^-x) → x·σ(x).
    [Differentiable] public static double Swish(double x) => x / (1 + Math.Exp(-x));
    [Differentiable(StabilityRewrites = false)] public static double SwishOff(double x) => x / (1 + Math.Exp(-x));

    // R01's complement: 1 − σ(x) → σ(−x), and the sigmoid's slope written by hand, σ(1 − σ).
    [Differentiable] public static double Complement(double x) => 1 - 1.0 / (1.0 + Math.Exp(-x));
    [Differentiable(StabilityRewrites = false)] public static double ComplementOff(double x) => 1 - 1.0 / (1.0 + Math.Exp(-x));

    [Differentiable]
    public static double SigmoidSlope(double x)
    {
        double s = 1.0 / (1.0 + Math.Exp(-x));
        return s * (1 - s);
    }

    [Differentiable(StabilityRewrites = false)]
    public static double SigmoidSlopeOff(double x)
    {
        double s = 1.0 / (1.0 + Math.Exp(-x));
        return s * (1 - s);
    }

    // R21 written with one exponential: (e^2x − 1)/(e^2x + 1) and (1 − e^−2x)/(1 + e^−2x), both tanh x.
    [Differentiable] public static double TanhFromExpm1(double x) => (Math.Exp(2 * x) - 1) / (Math.Exp(2 * x) + 1);
    [Differentiable(StabilityRewrites = false)] public static double TanhFromExpm1Off(double x) => (Math.Exp(2 * x) - 1) / (Math.Exp(2 * x) + 1);
    [Differentiable] public static double TanhFromNegativeExp(double x) => (1 - Math.Exp(-2 * x)) / (1 + Math.Exp(-2 * x));
    [Differentiable(StabilityRewrites = false)] public static double TanhFromNegativeExpOff(double x) => (1 - Math.Exp(-2 * x)) / (1 + Math.Exp(-2 * x));

    // R06 with a 1 among the terms (e^0): log(1 + e^a + e^b).
    [Differentiable] public static double LogOnePlusTwoExps(double a, double b) => Math.Log(1 + Math.Exp(a) + Math.Exp(b));
    [Differentiable(StabilityRewrites = false)] public static double LogOnePlusTwoExpsOff(double a, double b) => Math.Log(1 + Math.Exp(a) + Math.Exp(b));
}
