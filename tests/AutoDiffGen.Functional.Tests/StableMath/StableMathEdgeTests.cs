using System;
using Xunit;

namespace AutoDiffGen.Functional.Tests.StableMathTests;

/// <summary>
/// The documented conventions at domain edges, infinities and NaN, and the float overloads at the same
/// points. Every expected value here is exact by definition (a limit or a stated convention).
/// </summary>
public class StableMathEdgeTests
{
    private const double Inf = double.PositiveInfinity;
    private const double NaN = double.NaN;

    [Fact]
    public void LogAndExpFamilyAtDomainEdges()
    {
        Assert.Equal(-Inf, StableMath.Log1p(-1.0));
        Assert.Equal(NaN, StableMath.Log1p(-2.0));
        Assert.Equal(Inf, StableMath.Log1p(Inf));
        Assert.Equal(-1.0, StableMath.Expm1(-Inf));
        Assert.Equal(Inf, StableMath.Expm1(710.0));
        Assert.Equal(-Inf, StableMath.Log1mexp(0.0));
        Assert.Equal(NaN, StableMath.Log1mexp(1e-300));
        Assert.Equal(0.0, StableMath.Log1mexp(-Inf));
        Assert.Equal(-Inf, StableMath.SoftplusInverse(0.0));
        Assert.Equal(NaN, StableMath.SoftplusInverse(-1e-300));
        Assert.Equal(Inf, StableMath.SoftplusInverse(Inf));
        Assert.Equal(-1.0, StableMath.Sqrt1pm1(-1.0));
        Assert.Equal(NaN, StableMath.Sqrt1pm1(-2.0));
        Assert.Equal(Inf, StableMath.Sqrt1pm1(Inf));
    }

    [Fact]
    public void LogisticFamilyAtInfinities()
    {
        Assert.Equal(1.0, StableMath.Sigmoid(Inf));
        Assert.Equal(0.0, StableMath.Sigmoid(-Inf));
        Assert.Equal(0.5, StableMath.Sigmoid(0.0));
        Assert.Equal(0.25, StableMath.SigmoidDerivative(0.0));
        Assert.Equal(0.0, StableMath.SigmoidDerivative(Inf));
        Assert.Equal(1.0, StableMath.TanhDerivative(0.0));
        Assert.Equal(0.0, StableMath.TanhDerivative(-Inf));
        Assert.Equal(-Inf, StableMath.LogSigmoid(-Inf));
        Assert.Equal(0.0, StableMath.LogSigmoid(Inf));
        Assert.Equal(0.0, StableMath.Softplus(-Inf));
        Assert.Equal(Inf, StableMath.Softplus(Inf));
    }

    [Theory]
    [InlineData(Inf, 1.0, 0.0)] // the matching label: the 0·∞ term is 0, as in xlogy
    [InlineData(-Inf, 0.0, 0.0)]
    [InlineData(Inf, 0.0, Inf)]
    [InlineData(-Inf, 1.0, Inf)]
    [InlineData(0.0, 0.5, 0.6931471805599453)] // ln 2
    public void BinaryCrossEntropyAtInfiniteLogits(double z, double y, double exact) =>
        Assert.Equal(exact, StableMath.BinaryCrossEntropyWithLogits(z, y));

    [Theory]
    [InlineData(-Inf, -Inf, -Inf)]
    [InlineData(-Inf, 3.0, 3.0)]
    [InlineData(3.0, -Inf, 3.0)]
    [InlineData(Inf, Inf, Inf)]
    [InlineData(Inf, 5.0, Inf)]
    [InlineData(NaN, 1.0, NaN)]
    [InlineData(1.0, NaN, NaN)]
    public void LogAddExpEdges(double a, double b, double exact) => Assert.Equal(exact, StableMath.LogAddExp(a, b));

    [Theory]
    [InlineData(2.5, 2.5, -Inf)] // e^a − e^a = 0
    [InlineData(-Inf, -Inf, -Inf)]
    [InlineData(3.0, -Inf, 3.0)]
    [InlineData(Inf, 5.0, Inf)]
    [InlineData(Inf, Inf, NaN)] // ∞ − ∞
    [InlineData(1.0, 2.0, NaN)] // a < b
    [InlineData(NaN, 1.0, NaN)]
    public void LogDiffExpEdges(double a, double b, double exact) => Assert.Equal(exact, StableMath.LogDiffExp(a, b));

    [Theory]
    [InlineData(-Inf, -Inf, 0.0)] // T9
    [InlineData(3.0, -Inf, 0.0)]
    [InlineData(Inf, Inf, 1.0)]
    [InlineData(3.0, Inf, 0.0)]
    [InlineData(2.0, 2.0, 1.0)]
    public void LogAddExpPartialEdges(double self, double result, double exact) =>
        Assert.Equal(exact, StableMath.LogAddExpPartial(self, result));

    [Theory]
    [InlineData(0.0, 0.0, 0.0)]
    [InlineData(0.0, -1.0, 0.0)] // 0 wins over the domain too (scipy)
    [InlineData(0.0, NaN, NaN)]
    [InlineData(2.0, 0.0, -Inf)]
    [InlineData(-2.0, 0.0, Inf)]
    public void XlogyEdges(double x, double y, double exact) => Assert.Equal(exact, StableMath.Xlogy(x, y));

    [Theory]
    [InlineData(0.0, -1.0, 0.0)]
    [InlineData(0.0, NaN, NaN)]
    [InlineData(3.0, -1.0, -Inf)]
    public void Xlog1pyEdges(double x, double y, double exact) => Assert.Equal(exact, StableMath.Xlog1py(x, y));

    [Theory]
    [InlineData(Inf, NaN, Inf)] // IEEE hypot: an infinity wins over NaN
    [InlineData(NaN, -Inf, Inf)]
    [InlineData(NaN, 1.0, NaN)]
    [InlineData(0.0, -0.0, 0.0)]
    [InlineData(5e-324, 5e-324, 5e-324)] // √2 · 2⁻¹⁰⁷⁴ rounds to 2⁻¹⁰⁷⁴
    [InlineData(1.7976931348623157e308, 1.7976931348623157e308, Inf)]
    public void HypotEdges(double x, double y, double exact) => Assert.Equal(exact, StableMath.Hypot(x, y));

    [Fact]
    public void ElementaryAtInfinitiesAndZero()
    {
        Assert.Equal(0.0, StableMath.Sinc(Inf));
        Assert.Equal(0.0, StableMath.Sinc(-Inf));
        Assert.Equal(0.0, StableMath.SincDerivative(Inf));
        Assert.Equal(0.0, StableMath.SincDerivative(0.0));
        Assert.Equal(Inf, StableMath.LogCosh(-Inf));
        Assert.Equal(0.0, StableMath.LogCosh(0.0));
        Assert.Equal(Inf, StableMath.Log1pSquare(Inf));
        Assert.Equal(0.0, StableMath.Log1pSquareDerivative(Inf));
        Assert.Equal(0.0, StableMath.OneMinusCos(0.0));
        Assert.Equal(NaN, StableMath.OneMinusCos(Inf));
    }

    [Fact]
    public void SpanReductionsAtEdges()
    {
        Assert.Equal(-Inf, StableMath.LogSumExp(ReadOnlySpan<double>.Empty));
        Assert.Equal(-Inf, StableMath.LogSumExp([-Inf, -Inf])); // T9: not NaN
        Assert.Equal(Inf, StableMath.LogSumExp([1.0, Inf, -Inf]));
        Assert.Equal(NaN, StableMath.LogSumExp([1.0, NaN, Inf]));
        Assert.Equal(NaN, StableMath.LogSumExp([-Inf, NaN]));
        Assert.Equal(5.0, StableMath.LogSumExp([5.0]));
        Assert.Equal(0.0, StableMath.Norm(ReadOnlySpan<double>.Empty));
        Assert.Equal(Inf, StableMath.Norm([1.0, -Inf, NaN]));
        Assert.Equal(NaN, StableMath.Norm([1.0, NaN]));
        Assert.Equal(5e-324, StableMath.Norm([-5e-324]));
        Assert.Equal(3e300, StableMath.Norm([3e300]));
    }

    [Fact]
    public void SoftmaxOfFullyMaskedRowIsZeroT9()
    {
        var y = new double[] { 7, 7, 7 };
        StableMath.Softmax([-Inf, -Inf, -Inf], y);
        Assert.Equal([0.0, 0.0, 0.0], y);
        StableMath.LogSoftmax([-Inf, -Inf, -Inf], y);
        Assert.Equal([-Inf, -Inf, -Inf], y);
        var f = new float[] { 7, 7 };
        StableMath.Softmax([float.NegativeInfinity, float.NegativeInfinity], f);
        Assert.Equal([0f, 0f], f);
    }

    [Fact]
    public void SoftmaxWithPositiveInfinitiesSharesTheMass()
    {
        var y = new double[4];
        StableMath.Softmax([Inf, 1.0, Inf, -Inf], y);
        Assert.Equal([0.5, 0.0, 0.5, 0.0], y);
        StableMath.LogSoftmax([Inf, 1.0, Inf, -Inf], y);
        Assert.Equal([-0.6931471805599453, -Inf, -0.6931471805599453, -Inf], y);
        StableMath.Softmax([NaN, 1.0], y.AsSpan(0, 2));
        Assert.True(double.IsNaN(y[0]) && double.IsNaN(y[1]));
    }

    [Fact]
    public void SpanOutputsOfTheWrongLengthThrowNamingTheParameter()
    {
        double[] x = [1.0, 2.0];
        Assert.Equal("result", Assert.Throws<ArgumentException>(() => StableMath.Softmax(x, new double[3])).ParamName);
        Assert.Equal("result", Assert.Throws<ArgumentException>(() => StableMath.LogSoftmax(x, new double[1])).ParamName);
        float[] xf = [1f, 2f];
        Assert.Equal("result", Assert.Throws<ArgumentException>(() => StableMath.Softmax(xf, new float[3])).ParamName);
        Assert.Equal("result", Assert.Throws<ArgumentException>(() => StableMath.LogSoftmax(xf, new float[0])).ParamName);
    }

    [Fact]
    public void FloatOverloadsAtTheCataloguePoints()
    {
        // mpmath 60 digits (stability-catalog R01, R03, R11, R13, R23), rounded to float.
        StableMathAssert.Near((float)4.248354255291589e-18, StableMath.SigmoidDerivative(40f));
        StableMathAssert.Near(800f, StableMath.Softplus(800f));
        StableMathAssert.Near((float)4.248354255291589e-18, StableMath.Softplus(-40f));
        StableMathAssert.Near(1e-17f, StableMath.Log1p(1e-17f));
        StableMathAssert.Near(-46.051701859880914f, StableMath.Log1mexp(-1e-20f));
        // Where x² would overflow in float: log(1 + x²) = 2 ln x + O(x⁻²), √2·x.
        StableMathAssert.Near((float)(2 * Math.Log(1e30f)), StableMath.Log1pSquare(1e30f));
        StableMathAssert.Near((float)(Math.Sqrt(2) * 1.5e38f), StableMath.Hypot(1.5e38f, 1.5e38f));
        Assert.Equal(float.NegativeInfinity, StableMath.LogSumExp([float.NegativeInfinity]));
        Assert.Equal(0f, StableMath.Xlogy(0f, 0f));
    }
}

/// <summary>
/// <see cref="StableMath.HypotPartial(double, double)"/>, x / h, the generated derivative of a hypot: the
/// shared-reciprocal form x · (1/h) where h is normal, the division itself where 1/h would overflow
/// (subnormal h), 0 at the origin, and the IEEE answers at ∞ and NaN.
/// </summary>
public class HypotPartialTests
{
    [Theory]
    [InlineData(3.0, 4.0)]
    [InlineData(-3.0, 4.0)]
    [InlineData(1e200, 1e200)]
    [InlineData(3e-200, 4e-200)]
    [InlineData(1e-310, 2e-310)]    // h subnormal: 1/h overflows, the division does not
    [InlineData(5e-324, 0.0)]       // the smallest subnormal
    [InlineData(2.2250738585072014e-308, 1e-310)] // h just above the smallest normal
    [InlineData(1.7e308, 1e300)]    // h above 2^1022: 1/h is subnormal, the division is not
    [InlineData(4.4942328371557898e307, 1.0)] // h = 2^1022, the first h that divides
    [InlineData(0.1, 1e-20)]
    public void IsTheQuotientWithinOneRounding(double x, double y)
    {
        double h = StableMath.Hypot(x, y);
        foreach ((double self, double other) in new[] { (x, y), (y, x) })
        {
            double expected = self / h;
            double actual = StableMath.HypotPartial(self, h);
            Assert.True(Math.Abs(actual - expected) <= 2.3e-16 * Math.Abs(expected), $"∂/∂{self} at ({x}, {y}): {actual:R}, quotient {expected:R}");
            Assert.True(Math.Abs(actual) <= 1.0, $"|∂| ≤ 1 at ({x}, {y}): {actual:R}");
            _ = other;
        }
    }

    [Fact]
    public void FollowsTheConventionsAtTheEdges()
    {
        Assert.Equal(0.0, StableMath.HypotPartial(0.0, 0.0));            // the origin: 0, not 0/0
        Assert.Equal(0.0, StableMath.HypotPartial(-0.0, 0.0));
        Assert.Equal(0.0, StableMath.HypotPartial(1.0, double.PositiveInfinity));
        Assert.Equal(double.NaN, StableMath.HypotPartial(double.PositiveInfinity, double.PositiveInfinity)); // ∞/∞, as x/h
        Assert.Equal(double.NaN, StableMath.HypotPartial(1.0, double.NaN));
        Assert.Equal(double.NaN, StableMath.HypotPartial(double.NaN, double.NaN));
        Assert.Equal(0.6, StableMath.HypotPartial(3e-310, StableMath.Hypot(3e-310, 4e-310)), 15);
        Assert.Equal(0f, StableMath.HypotPartial(0f, 0f));
        Assert.Equal(0f, StableMath.HypotPartial(1f, float.PositiveInfinity));
        Assert.Equal(float.NaN, StableMath.HypotPartial(1f, float.NaN));
        Assert.Equal(3e-40f / 5e-40f, StableMath.HypotPartial(3e-40f, 5e-40f)); // subnormal float h: the division
        Assert.Equal(0.6f, StableMath.HypotPartial(3f, 5f), 6);
        Assert.Equal(3e37f / 9e37f, StableMath.HypotPartial(3e37f, 9e37f)); // float h above 2^126: the division
    }
}
