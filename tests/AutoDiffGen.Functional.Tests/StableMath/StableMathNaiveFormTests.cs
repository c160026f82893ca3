using System;
using Xunit;

namespace AutoDiffGen.Functional.Tests.StableMathTests;

/// <summary>
/// For every function, the naive .NET formula really fails at the catalogue's point (so the stable form is
/// needed, and a silently skipped rewrite would show), while StableMath returns the mpmath value there.
/// Inputs come through parameters so nothing is folded at compile time.
/// </summary>
public class StableMathNaiveFormTests
{
    // stability-catalog R01: e/(1+e) is ∞/∞ at 710.
    [Theory]
    [InlineData(710.0)]
    public void Sigmoid(double x)
    {
        Assert.True(double.IsNaN(Math.Exp(x) / (1 + Math.Exp(x))));
        Assert.Equal(1.0, StableMath.Sigmoid(x));
    }

    // R01, T11: s·(1 − s) is 0 at 40; exact 4.248354255291589e−18 (mpmath 60 digits).
    [Theory]
    [InlineData(40.0)]
    public void SigmoidDerivative(double x)
    {
        double s = 1 / (1 + Math.Exp(-x));
        Assert.Equal(0.0, s * (1 - s));
        StableMathAssert.Near(4.248354255291589e-18, StableMath.SigmoidDerivative(x));
    }

    // R02: log of the sigmoid is −∞ at −800; exact −800.
    [Theory]
    [InlineData(-800.0)]
    public void LogSigmoid(double x)
    {
        Assert.Equal(double.NegativeInfinity, Math.Log(1 / (1 + Math.Exp(-x))));
        StableMathAssert.Near(-800.0, StableMath.LogSigmoid(x));
    }

    // R03: +∞ at 800; exact 800.
    [Theory]
    [InlineData(800.0)]
    public void Softplus(double x)
    {
        Assert.Equal(double.PositiveInfinity, Math.Log(1 + Math.Exp(x)));
        StableMathAssert.Near(800.0, StableMath.Softplus(x));
    }

    // R15: +∞ at 800 and −∞ at 1e−20 (exact −46.051701859880914).
    [Theory]
    [InlineData(1e-20, -46.051701859880914)]
    [InlineData(800.0, 800.0)]
    public void SoftplusInverse(double x, double exact)
    {
        Assert.True(double.IsInfinity(Math.Log(Math.Exp(x) - 1)));
        StableMathAssert.Near(exact, StableMath.SoftplusInverse(x));
    }

    // §1.1, R11: double.LogP1 and Math.Log(1 + x) are 0 at 1e−17 and 8 % off at 1.23e−15.
    [Theory]
    [InlineData(1e-17, 9.9999999999999999e-18)]
    [InlineData(1.23e-15, 1.2299999999999993e-15)]
    public void Log1p(double x, double exact)
    {
        Assert.True(Math.Abs(double.LogP1(x) - exact) > 0.05 * exact);
        Assert.True(Math.Abs(Math.Log(1 + x) - exact) > 0.05 * exact);
        StableMathAssert.Near(exact, StableMath.Log1p(x));
    }

    // §1.1, R12: double.ExpM1 is 0 at 1e−17 and 8e−8 relative off at 1e−10.
    [Theory]
    [InlineData(1e-17, 1e-17, 0.5)]
    [InlineData(1e-10, 1.00000000005e-10, 1e-8)]
    public void Expm1(double x, double exact, double naiveRelativeErrorAbove)
    {
        Assert.True(Math.Abs(double.ExpM1(x) - exact) > naiveRelativeErrorAbove * exact);
        Assert.True(Math.Abs(Math.Exp(x) - 1 - exact) > naiveRelativeErrorAbove * exact);
        StableMathAssert.Near(exact, StableMath.Expm1(x));
    }

    // R13: −∞ at −1e−20; exact −46.051701859880914.
    [Theory]
    [InlineData(-1e-20)]
    public void Log1mexp(double x)
    {
        Assert.Equal(double.NegativeInfinity, Math.Log(1 - Math.Exp(x)));
        StableMathAssert.Near(-46.051701859880914, StableMath.Log1mexp(x));
    }

    // R06: +∞ at (1000, 1000); exact 1000.6931471805599.
    [Theory]
    [InlineData(1000.0, 1000.0)]
    public void LogAddExp(double a, double b)
    {
        Assert.Equal(double.PositiveInfinity, Math.Log(Math.Exp(a) + Math.Exp(b)));
        StableMathAssert.Near(1000.6931471805599, StableMath.LogAddExp(a, b));
    }

    // R06: the naive partial eᵃ/(eᵃ + eᵇ) is ∞/∞ at (1000, 1000); exact 0.5.
    [Theory]
    [InlineData(1000.0, 1000.0)]
    public void LogAddExpPartial(double a, double b)
    {
        Assert.True(double.IsNaN(Math.Exp(a) / (Math.Exp(a) + Math.Exp(b))));
        // Within ε·|result|: the rounding of the result passed in (see StableMathCatalogueTests.R06_LogAddExp).
        StableMathAssert.Near(0.5, StableMath.LogAddExpPartial(a, StableMath.LogAddExp(a, b)), 4.0 * 1000.7);
    }

    // R14: NaN (∞ − ∞) at (1000, 999); exact 999.54132485461292.
    [Theory]
    [InlineData(1000.0, 999.0)]
    public void LogDiffExp(double a, double b)
    {
        Assert.True(double.IsNaN(Math.Log(Math.Exp(a) - Math.Exp(b))));
        StableMathAssert.Near(999.54132485461292, StableMath.LogDiffExp(a, b));
    }

    // R07: +∞ at [1000, 1000, 999]; exact 1000.8619948040583.
    [Fact]
    public void LogSumExp()
    {
        double[] x = [1000.0, 1000.0, 999.0];
        double sum = 0;
        foreach (double v in x)
        {
            sum += Math.Exp(v);
        }

        Assert.Equal(double.PositiveInfinity, Math.Log(sum));
        StableMathAssert.Near(1000.8619948040583, StableMath.LogSumExp(x));
    }

    // R08: NaN at [1000, 0] (∞/∞); exact [1, 5.1e−435 → 0].
    [Fact]
    public void Softmax()
    {
        double[] x = [1000.0, 0.0];
        double sum = Math.Exp(x[0]) + Math.Exp(x[1]);
        Assert.True(double.IsNaN(Math.Exp(x[0]) / sum));
        var y = new double[2];
        StableMath.Softmax(x, y);
        Assert.Equal([1.0, 0.0], y);
    }

    // R09: log of the softmax entry is −∞ at [0, −800], i = 1; exact −800.
    [Fact]
    public void LogSoftmax()
    {
        double[] x = [0.0, -800.0];
        Assert.Equal(double.NegativeInfinity, Math.Log(Math.Exp(x[1]) / (Math.Exp(x[0]) + Math.Exp(x[1]))));
        var y = new double[2];
        StableMath.LogSoftmax(x, y);
        StableMathAssert.Near(-800.0, y[1]);
    }

    // R17: +∞ at (1e200, 1e200) and 0 at (3e−200, 4e−200).
    [Theory]
    [InlineData(1e200, 1e200, 1.414213562373095e200)]
    [InlineData(3e-200, 4e-200, 5e-200)]
    public void Hypot(double x, double y, double exact)
    {
        double naive = Math.Sqrt(x * x + y * y);
        Assert.True(double.IsInfinity(naive) || naive == 0.0);
        StableMathAssert.Near(exact, StableMath.Hypot(x, y));
    }

    // R18: +∞ at [1e155, 1e155, 1e155]; exact 1.7320508075688773e155.
    [Fact]
    public void Norm()
    {
        double[] x = [1e155, 1e155, 1e155];
        Assert.Equal(double.PositiveInfinity, Math.Sqrt(x[0] * x[0] + x[1] * x[1] + x[2] * x[2]));
        StableMathAssert.Near(1.7320508075688773e155, StableMath.Norm(x));
    }

    // R18, T3: the naive gradient x/‖x‖ is NaN at the zero vector; the convention is 0.
    [Fact]
    public void NormBackward()
    {
        double[] x = [0.0, 0.0];
        Assert.True(double.IsNaN(x[0] / Math.Sqrt(x[0] * x[0] + x[1] * x[1])));
        var dX = new double[2];
        StableMath.NormBackward(x, 1.0, dX);
        Assert.Equal([0.0, 0.0], dX);
    }

    // T9: the naive softmax gradient of an all −∞ row is NaN; the convention is 0.
    [Fact]
    public void LogSumExpBackward()
    {
        double[] x = [double.NegativeInfinity, double.NegativeInfinity];
        double m = Math.Max(x[0], x[1]);
        Assert.True(double.IsNaN(Math.Exp(x[0] - m)));
        var dX = new double[2];
        StableMath.LogSumExpBackward(x, 1.0, dX);
        Assert.Equal([0.0, 0.0], dX);
    }

    // R20, T8: 0·log 0 is NaN; defined 0.
    [Theory]
    [InlineData(0.0, 0.0)]
    public void Xlogy(double x, double y)
    {
        Assert.True(double.IsNaN(x * Math.Log(y)));
        Assert.Equal(0.0, StableMath.Xlogy(x, y));
    }

    // R20: 0·log(1 + (−1)) is NaN; defined 0.
    [Theory]
    [InlineData(0.0, -1.0)]
    public void Xlog1py(double x, double y)
    {
        Assert.True(double.IsNaN(x * Math.Log(1 + y)));
        Assert.Equal(0.0, StableMath.Xlog1py(x, y));
    }

    // R22: cosh overflows at 800; exact 799.30685281944005.
    [Theory]
    [InlineData(800.0)]
    public void LogCosh(double x)
    {
        Assert.Equal(double.PositiveInfinity, Math.Log(Math.Cosh(x)));
        StableMathAssert.Near(799.30685281944005, StableMath.LogCosh(x));
    }

    // R23: +∞ at 1e200; exact 921.03403719761827.
    [Theory]
    [InlineData(1e200)]
    public void Log1pSquare(double x)
    {
        Assert.Equal(double.PositiveInfinity, Math.Log(1 + x * x));
        StableMathAssert.Near(921.03403719761827, StableMath.Log1pSquare(x));
    }

    // R23: 2x/(1 + x²) is 0 at 1e200 (x² overflows); exact 2e−200.
    [Theory]
    [InlineData(1e200)]
    public void Log1pSquareDerivative(double x)
    {
        Assert.Equal(0.0, 2 * x / (1 + x * x));
        StableMathAssert.Near(2e-200, StableMath.Log1pSquareDerivative(x));
    }

    // R25: 0 at 1e−8; exact 5e−17.
    [Theory]
    [InlineData(1e-8)]
    public void OneMinusCos(double x)
    {
        Assert.Equal(0.0, 1 - Math.Cos(x));
        StableMathAssert.Near(5e-17, StableMath.OneMinusCos(x));
    }

    // R26: NaN at 0; exact 1.
    [Theory]
    [InlineData(0.0)]
    public void Sinc(double x)
    {
        Assert.True(double.IsNaN(Math.Sin(x) / x));
        Assert.Equal(1.0, StableMath.Sinc(x));
    }

    // R26, T12: the quotient rule cos x / x − sin x / x² is −∞ at 1e−200 (x² underflows), and the combined
    // (x cos x − sin x)/x² is 0/0; exact −x/3.
    [Theory]
    [InlineData(1e-200)]
    public void SincDerivative(double x)
    {
        Assert.Equal(double.NegativeInfinity, Math.Cos(x) / x - Math.Sin(x) / (x * x));
        Assert.True(double.IsNaN((x * Math.Cos(x) - Math.Sin(x)) / (x * x)));
        StableMathAssert.Near(-3.3333333333333333e-201, StableMath.SincDerivative(x));
    }

    // R24: 0 at 1e−17; exact 5e−18.
    [Theory]
    [InlineData(1e-17)]
    public void Sqrt1pm1(double x)
    {
        Assert.Equal(0.0, Math.Sqrt(1 + x) - 1);
        StableMathAssert.Near(5e-18, StableMath.Sqrt1pm1(x));
    }

    // R21, T11: 1 − tanh² is 0 at 20; exact 1.6993417021166356e−17.
    [Theory]
    [InlineData(20.0)]
    public void TanhDerivative(double x)
    {
        double t = Math.Tanh(x);
        Assert.Equal(0.0, 1 - t * t);
        StableMathAssert.Near(1.6993417021166356e-17, StableMath.TanhDerivative(x));
    }

    // R05: the loss on p = σ(z) is +∞ at z = 40, y = 0 (1 − p rounds to 0); exact 40.
    [Theory]
    [InlineData(40.0, 0.0)]
    public void BinaryCrossEntropyWithLogits(double z, double y)
    {
        double p = 1 / (1 + Math.Exp(-z));
        Assert.Equal(double.PositiveInfinity, -(y * Math.Log(p) + (1 - y) * Math.Log(1 - p)));
        StableMathAssert.Near(40.0, StableMath.BinaryCrossEntropyWithLogits(z, y));
    }
}
