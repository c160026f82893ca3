using System;
using Xunit;

namespace AutoDiffGen.Functional.Tests.StableMathTests;

/// <summary>
/// The extreme inputs of the stability catalogue's tables (shared/reference/stability-catalog.md, R01–R26),
/// each with the exact value from mpmath at 60 digits as the catalogue lists it (17 significant digits).
/// Values below the smallest subnormal are 0 in double; results in the subnormal range are compared by
/// absolute error (a few multiples of 2⁻¹⁰⁷⁴).
/// </summary>
public class StableMathCatalogueTests
{
    // mpmath 60 digits, stability-catalog R01 (both naive forms fail here: NaN gradient at −710, NaN value at 710).
    [Theory]
    [InlineData(-710.0, 4.47628622567513e-309)]
    [InlineData(-745.0, 5e-324)] // exact 2.8223507304719371e−324 rounds to the smallest subnormal
    [InlineData(-800.0, 0.0)] // exact 3.6678745841776872e−348: below the subnormal range
    [InlineData(710.0, 1.0)]
    [InlineData(40.0, 1.0)] // 1 − 4.2e−18
    public void R01_Sigmoid(double x, double exact) => StableMathAssert.Near(exact, StableMath.Sigmoid(x));

    // mpmath 60 digits, stability-catalog R01 "stable derivative" and T11: σ'(40) = 4.248354255291589e−18.
    [Theory]
    [InlineData(40.0, 4.248354255291589e-18)]
    [InlineData(-710.0, 4.47628622567513e-309)]
    [InlineData(-800.0, 0.0)]
    public void R01_SigmoidDerivative(double x, double exact) => StableMathAssert.Near(exact, StableMath.SigmoidDerivative(x));

    // mpmath 60 digits, stability-catalog R02; derivative σ(−x).
    [Theory]
    [InlineData(-800.0, -800.0, 1.0)]
    [InlineData(40.0, -4.248354255291589e-18, 4.248354255291589e-18)]
    public void R02_LogSigmoid(double x, double exact, double derivative)
    {
        StableMathAssert.Near(exact, StableMath.LogSigmoid(x));
        StableMathAssert.Near(derivative, StableMath.Sigmoid(-x));
    }

    // mpmath 60 digits, stability-catalog R03; derivative σ(x).
    [Theory]
    [InlineData(800.0, 800.0, 1.0)]
    [InlineData(710.0, 710.0, 1.0)]
    [InlineData(-40.0, 4.248354255291589e-18, 4.248354255291589e-18)]
    public void R03_Softplus(double x, double exact, double derivative)
    {
        StableMathAssert.Near(exact, StableMath.Softplus(x));
        StableMathAssert.Near(derivative, StableMath.Sigmoid(x));
    }

    // mpmath 60 digits, stability-catalog R04: log(1 − σ(x)) = LogSigmoid(−x).
    [Theory]
    [InlineData(40.0, -40.0)] // −40 − 4.2e−18
    [InlineData(-40.0, -4.248354255291589e-18)]
    public void R04_LogOneMinusSigmoid(double x, double exact) => StableMathAssert.Near(exact, StableMath.LogSigmoid(-x));

    // mpmath 60 digits, stability-catalog R05.
    [Theory]
    [InlineData(40.0, 0.0, 40.0)]
    [InlineData(38.0, 0.0, 38.0)]
    [InlineData(-800.0, 1.0, 800.0)]
    [InlineData(-40.0, 1.0, 40.0)]
    public void R05_BinaryCrossEntropyWithLogits(double z, double y, double exact) =>
        StableMathAssert.Near(exact, StableMath.BinaryCrossEntropyWithLogits(z, y));

    // mpmath 60 digits, stability-catalog R06, with the gradient through LogAddExpPartial.
    [Theory]
    [InlineData(1000.0, 1000.0, 1000.6931471805599, 0.5, 0.5)]
    [InlineData(-1000.0, -1000.0, -999.30685281944005, 0.5, 0.5)]
    [InlineData(0.0, -40.0, 4.248354255291589e-18, 1.0, 4.248354255291589e-18)]
    public void R06_LogAddExp(double a, double b, double exact, double da, double db)
    {
        double r = StableMath.LogAddExp(a, b);
        StableMathAssert.Near(exact, r);

        // exp(self − r) turns the rounding of r (up to ε·|r|/2) into a relative error: the partial is only as
        // accurate as the result it is given (0.5 + 2.75e−14 at r = 1000.69).
        double partialEps = 4.0 * Math.Max(1.0, Math.Abs(exact));
        StableMathAssert.Near(da, StableMath.LogAddExpPartial(a, r), partialEps, "∂a");
        StableMathAssert.Near(db, StableMath.LogAddExpPartial(b, r), partialEps, "∂b");
    }

    // mpmath 60 digits, stability-catalog R07 (value and gradient = softmax).
    [Theory]
    [InlineData(new[] { 1000.0, 1000.0, 999.0 }, 1000.8619948040583,
        new[] { 0.4223187982515182, 0.4223187982515182, 0.15536240349696361 })]
    [InlineData(new[] { -1000.0, -1001.0, -1002.0 }, -999.59239403555562,
        new[] { 0.66524095577482189, 0.24472847105479765, 0.090030573170380458 })]
    public void R07_LogSumExp(double[] x, double exact, double[] gradient)
    {
        StableMathAssert.Near(exact, StableMath.LogSumExp(x));
        var dX = new double[x.Length];
        StableMathAssert.Near(exact, StableMath.LogSumExpBackward(x, 1.0, dX));
        var softmax = new double[x.Length];
        StableMath.Softmax(x, softmax);
        for (int i = 0; i < x.Length; i++)
        {
            StableMathAssert.Near(gradient[i], dX[i], what: $"dX[{i}]");
            StableMathAssert.Near(gradient[i], softmax[i], what: $"softmax[{i}]");
        }
    }

    // mpmath 60 digits, stability-catalog R08.
    [Theory]
    [InlineData(new[] { 1000.0, 0.0 }, new[] { 1.0, 0.0 })] // 5.0759588975494568e−435 → 0
    [InlineData(new[] { -1000.0, -1000.0 }, new[] { 0.5, 0.5 })]
    public void R08_Softmax(double[] x, double[] exact)
    {
        var y = new double[x.Length];
        StableMath.Softmax(x, y);
        for (int i = 0; i < x.Length; i++)
        {
            StableMathAssert.Near(exact[i], y[i], what: $"y[{i}]");
        }
    }

    // mpmath 60 digits, stability-catalog R09.
    [Theory]
    [InlineData(new[] { 0.0, -800.0 }, new[] { 0.0, -800.0 })]
    [InlineData(new[] { 1000.0, 0.0 }, new[] { 0.0, -1000.0 })] // −e⁻¹⁰⁰⁰ → 0
    public void R09_LogSoftmax(double[] x, double[] exact)
    {
        var y = new double[x.Length];
        StableMath.LogSoftmax(x, y);
        for (int i = 0; i < x.Length; i++)
        {
            StableMathAssert.Near(exact[i], y[i], what: $"y[{i}]");
        }
    }

    // mpmath 60 digits, stability-catalog R11 and §1.1.
    [Theory]
    [InlineData(1e-17, 9.9999999999999999e-18)]
    [InlineData(1.23e-15, 1.2299999999999993e-15)]
    [InlineData(-1e-20, -1e-20)]
    public void R11_Log1p(double x, double exact) => StableMathAssert.Near(exact, StableMath.Log1p(x));

    // mpmath 60 digits, stability-catalog R12 and §1.1.
    [Theory]
    [InlineData(1e-10, 1.00000000005e-10)]
    [InlineData(1e-17, 1e-17)]
    [InlineData(-1e-17, -9.9999999999999999e-18)]
    public void R12_Expm1(double x, double exact) => StableMathAssert.Near(exact, StableMath.Expm1(x));

    // mpmath 60 digits, stability-catalog R13.
    [Theory]
    [InlineData(-1e-20, -46.051701859880914)]
    [InlineData(-40.0, -4.248354255291589e-18)]
    [InlineData(-1e-10, -23.025850929990457)]
    public void R13_Log1mexp(double x, double exact) => StableMathAssert.Near(exact, StableMath.Log1mexp(x));

    // mpmath 60 digits, stability-catalog R14.
    [Theory]
    [InlineData(1000.0, 999.0, 999.54132485461292)]
    [InlineData(-1000.0, -1000.5, -1000.9327521295672)]
    [InlineData(0.0, -1e-20, -46.051701859880914)]
    public void R14_LogDiffExp(double a, double b, double exact) => StableMathAssert.Near(exact, StableMath.LogDiffExp(a, b));

    // mpmath 60 digits, stability-catalog R15.
    [Theory]
    [InlineData(800.0, 800.0)]
    [InlineData(1e-20, -46.051701859880914)]
    public void R15_SoftplusInverse(double x, double exact) => StableMathAssert.Near(exact, StableMath.SoftplusInverse(x));

    // mpmath 60 digits, stability-catalog R17 (gradient convention 0 at the origin: see the T3 test).
    [Theory]
    [InlineData(1e200, 1e200, 1.414213562373095e200)]
    [InlineData(3e-200, 4e-200, 5e-200)]
    [InlineData(0.0, 0.0, 0.0)]
    public void R17_Hypot(double x, double y, double exact) => StableMathAssert.Near(exact, StableMath.Hypot(x, y));

    // mpmath 60 digits, stability-catalog R18: value and gradient.
    [Fact]
    public void R18_Norm()
    {
        double[] x = [1e155, 1e155, 1e155];
        StableMathAssert.Near(1.7320508075688773e155, StableMath.Norm(x));
        var dX = new double[3];
        StableMathAssert.Near(1.7320508075688773e155, StableMath.NormBackward(x, 1.0, dX));
        foreach (double d in dX)
        {
            StableMathAssert.Near(0.57735026918962576, d);
        }

        Assert.Equal(0.0, StableMath.Norm([0.0, 0.0, 0.0]));
    }

    // mpmath 60 digits, stability-catalog R19 (x·log x as Xlogy(x, x)) and R20.
    [Theory]
    [InlineData(0.0, 0.0, 0.0)]
    [InlineData(1e-300, 1e-300, -6.9077552789821371e-298)]
    public void R19_R20_Xlogy(double x, double y, double exact) => StableMathAssert.Near(exact, StableMath.Xlogy(x, y));

    // stability-catalog R20: xlog1py(0, −1) is 0 by definition.
    [Fact]
    public void R20_Xlog1py() => Assert.Equal(0.0, StableMath.Xlog1py(0.0, -1.0));

    // mpmath 60 digits, stability-catalog R21.
    [Theory]
    [InlineData(20.0, 1.6993417021166356e-17)]
    [InlineData(-30.0, 3.5026043050786081e-26)]
    [InlineData(800.0, 0.0)] // 4e−1600
    public void R21_TanhDerivative(double x, double exact) => StableMathAssert.Near(exact, StableMath.TanhDerivative(x));

    // mpmath 60 digits, stability-catalog R22.
    [Theory]
    [InlineData(800.0, 799.30685281944005)]
    [InlineData(1e-10, 5e-21)]
    public void R22_LogCosh(double x, double exact) => StableMathAssert.Near(exact, StableMath.LogCosh(x));

    // mpmath 60 digits, stability-catalog R23 (value and derivative).
    [Theory]
    [InlineData(1e200, 921.03403719761827, 2e-200)]
    [InlineData(1e-10, 1e-20, 2e-10)]
    public void R23_Log1pSquare(double x, double exact, double derivative)
    {
        StableMathAssert.Near(exact, StableMath.Log1pSquare(x));
        StableMathAssert.Near(derivative, StableMath.Log1pSquareDerivative(x));
    }

    // mpmath 60 digits, stability-catalog R24.
    [Theory]
    [InlineData(1e-17, 5e-18)]
    [InlineData(1e-10, 4.999999999875e-11)]
    public void R24_Sqrt1pm1(double x, double exact) => StableMathAssert.Near(exact, StableMath.Sqrt1pm1(x));

    // mpmath 60 digits, stability-catalog R25 (derivative sin x).
    [Theory]
    [InlineData(1e-8, 5e-17)]
    [InlineData(1e-4, 4.9999999958333333e-9)]
    public void R25_OneMinusCos(double x, double exact) => StableMathAssert.Near(exact, StableMath.OneMinusCos(x));

    // mpmath 60 digits, stability-catalog R26; the derivative at 1e−200 is −x/3 (the series' first term).
    [Theory]
    [InlineData(0.0, 1.0, 0.0)]
    [InlineData(1e-200, 1.0, -3.3333333333333333e-201)]
    public void R26_Sinc(double x, double exact, double derivative)
    {
        StableMathAssert.Near(exact, StableMath.Sinc(x));
        StableMathAssert.Near(derivative, StableMath.SincDerivative(x));
    }

    // mpmath 60 digits, stability-catalog R10: cross-entropy from logits as LogSumExp(z)·Σy − Σ yᵢzᵢ, gradient
    // softmax(z)·Σy − y = [1, −1] (through LogSumExpBackward with seed Σy = 1).
    [Theory]
    [InlineData(new[] { 1000.0, 0.0 }, 1000.0)]
    [InlineData(new[] { 0.0, -800.0 }, 800.0)]
    public void R10_CrossEntropyFromLogits(double[] z, double exact)
    {
        double[] y = [0.0, 1.0];
        var dZ = new double[] { -y[0], -y[1] };
        double lse = StableMath.LogSumExpBackward(z, 1.0, dZ);
        StableMathAssert.Near(exact, lse - (y[0] * z[0] + y[1] * z[1]));
        Assert.Equal([1.0, -1.0], dZ);
    }

    // mpmath 60 digits, stability-catalog R13/R15 "stable derivative" −1/Expm1(−x) and R14's
    // ∂a = −1/Expm1(b − a), ∂b = −1/Expm1(a − b): the derivative rules the generator builds from Expm1.
    [Theory]
    [InlineData(-1e-20, -1e20)] // R13
    [InlineData(-40.0, -4.248354255291589e-18)]
    [InlineData(-1e-10, -9999999999.5)]
    [InlineData(800.0, 1.0)] // R15, x = 800: 1/(1 − e⁻⁸⁰⁰)
    public void R13_R15_DerivativeThroughExpm1(double x, double exact) =>
        StableMathAssert.Near(exact, -1.0 / StableMath.Expm1(-x)); // d log(1 − eˣ) and d log(eˣ − 1) alike

    [Theory]
    [InlineData(1000.0, 999.0, 1.5819767068693264, -0.58197670686932642)]
    [InlineData(-1000.0, -1000.5, 2.5414940825367983, -1.5414940825367983)]
    [InlineData(0.0, -1e-20, 1e20, -1e20)]
    public void R14_LogDiffExpGradientThroughExpm1(double a, double b, double da, double db)
    {
        StableMathAssert.Near(da, -1.0 / StableMath.Expm1(b - a), what: "∂a");
        StableMathAssert.Near(db, -1.0 / StableMath.Expm1(a - b), what: "∂b");
    }
}
