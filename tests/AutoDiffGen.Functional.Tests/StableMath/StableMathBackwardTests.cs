using System;
using Xunit;

namespace AutoDiffGen.Functional.Tests.StableMathTests;

/// <summary>
/// LogSumExpBackward and NormBackward follow the generator's Backward convention: they return the value,
/// add seed · gradient into the accumulator (never overwrite it), and reject an accumulator of the wrong
/// length with an ArgumentException naming <c>dX</c>. Gradients: mpmath 60 digits, stability-catalog R07
/// and R18; conventions T9 (all −∞ → 0) and T3 (zero vector → 0).
/// </summary>
public class StableMathBackwardTests
{
    private static readonly double[] LseX = [1000.0, 1000.0, 999.0];
    private static readonly double[] LseGradient = [0.4223187982515182, 0.4223187982515182, 0.15536240349696361];

    [Fact]
    public void LogSumExpBackwardAddsSeedTimesSoftmax()
    {
        double[] dX = [1.0, -2.0, 0.25];
        double value = StableMath.LogSumExpBackward(LseX, 2.5, dX);
        StableMathAssert.Near(1000.8619948040583, value);
        StableMathAssert.Near(1.0 + 2.5 * LseGradient[0], dX[0]);
        StableMathAssert.Near(-2.0 + 2.5 * LseGradient[1], dX[1]);
        StableMathAssert.Near(0.25 + 2.5 * LseGradient[2], dX[2]);

        // A second call accumulates again.
        StableMath.LogSumExpBackward(LseX, 2.5, dX);
        StableMathAssert.Near(1.0 + 5.0 * LseGradient[0], dX[0]);
    }

    [Fact]
    public void LogSumExpBackwardOfFullyMaskedRowAddsNothingT9()
    {
        double[] dX = [3.0, 4.0];
        Assert.Equal(double.NegativeInfinity, StableMath.LogSumExpBackward([double.NegativeInfinity, double.NegativeInfinity], 1.0, dX));
        Assert.Equal([3.0, 4.0], dX);
        Assert.Equal(double.NegativeInfinity, StableMath.LogSumExpBackward(ReadOnlySpan<double>.Empty, 1.0, Span<double>.Empty));
    }

    [Fact]
    public void LogSumExpBackwardWithPositiveInfinitiesSharesTheSeed()
    {
        double[] dX = [1.0, 1.0, 1.0];
        Assert.Equal(double.PositiveInfinity, StableMath.LogSumExpBackward([double.PositiveInfinity, 0.0, double.PositiveInfinity], 4.0, dX));
        Assert.Equal([3.0, 1.0, 3.0], dX);
    }

    [Fact]
    public void NormBackwardAddsSeedTimesUnitVector()
    {
        // ‖(3, −4)‖ = 5 exactly, gradient (0.6, −0.8); at 1e155 scale the naive squares overflow.
        double[] dX = [1.0, 1.0];
        Assert.Equal(5.0, StableMath.NormBackward([3.0, -4.0], 2.0, dX));
        StableMathAssert.Near(1.0 + 2.0 * 0.6, dX[0]);
        StableMathAssert.Near(1.0 - 2.0 * 0.8, dX[1]);

        double[] big = [1e155, 1e155, 1e155];
        double[] dBig = [0.5, 0.5, 0.5];
        StableMathAssert.Near(1.7320508075688773e155, StableMath.NormBackward(big, -1.0, dBig));
        foreach (double d in dBig)
        {
            StableMathAssert.Near(0.5 - 0.57735026918962576, d);
        }

        // Tiny: (3e−320, −4e−320) is subnormal, the gradient still (0.6, −0.8) to the precision of the inputs.
        double[] dTiny = new double[2];
        StableMath.NormBackward([3e-320, -4e-320], 1.0, dTiny);
        Assert.Equal(0.6, dTiny[0], 1e-3);
        Assert.Equal(-0.8, dTiny[1], 1e-3);
    }

    [Fact]
    public void NormBackwardAtZeroVectorAddsNothingT3()
    {
        double[] dX = [2.0, -1.0, 0.5];
        Assert.Equal(0.0, StableMath.NormBackward([0.0, -0.0, 0.0], 1.0, dX));
        Assert.Equal([2.0, -1.0, 0.5], dX);
        float[] dF = [2f, -1f];
        Assert.Equal(0f, StableMath.NormBackward([0f, 0f], 1f, dF));
        Assert.Equal([2f, -1f], dF);
    }

    [Fact]
    public void AccumulatorOfTheWrongLengthThrowsNamingDX()
    {
        double[] x = [1.0, 2.0];
        Assert.Equal("dX", Assert.Throws<ArgumentException>(() => StableMath.LogSumExpBackward(x, 1.0, new double[3])).ParamName);
        Assert.Equal("dX", Assert.Throws<ArgumentException>(() => StableMath.NormBackward(x, 1.0, new double[1])).ParamName);
        float[] xf = [1f, 2f];
        Assert.Equal("dX", Assert.Throws<ArgumentException>(() => StableMath.LogSumExpBackward(xf, 1f, new float[3])).ParamName);
        Assert.Equal("dX", Assert.Throws<ArgumentException>(() => StableMath.NormBackward(xf, 1f, new float[0])).ParamName);
    }

    [Fact]
    public void FloatBackwardAccumulatesWithSeed()
    {
        // mpmath 60 digits, stability-catalog R07 second row, rounded to float.
        float[] x = [-1000f, -1001f, -1002f];
        float[] dX = [1f, 1f, 1f];
        float value = StableMath.LogSumExpBackward(x, 0.5f, dX);
        StableMathAssert.Near((float)-999.59239403555562, value);
        StableMathAssert.Near((float)(1 + 0.5 * 0.66524095577482189), dX[0]);
        StableMathAssert.Near((float)(1 + 0.5 * 0.24472847105479765), dX[1]);
        StableMathAssert.Near((float)(1 + 0.5 * 0.090030573170380458), dX[2]);

        float[] dN = [1f, 1f];
        Assert.Equal(5f, StableMath.NormBackward([3f, 4f], 3f, dN));
        StableMathAssert.Near(1f + 3f * 0.6f, dN[0]);
        StableMathAssert.Near(1f + 3f * 0.8f, dN[1]);
    }

    // Spans longer than the stack buffer (256) recompute the exponentials instead of storing them: both paths
    // against the naive double formula, which is accurate for these moderate inputs (|xᵢ| ≤ 6, so no
    // overflow and exp(xᵢ − m) is at least e⁻¹²); 8 ε in double because the naive sum of n terms rounds too.
    [Theory]
    [InlineData(100)]
    [InlineData(300)]
    public void SoftmaxGradientAgreesWithTheNaiveFormulaOnShortAndLongSpans(int n)
    {
        var x = new double[n];
        var xf = new float[n];
        for (int i = 0; i < n; i++)
        {
            xf[i] = (float)(6.0 * Math.Sin(0.37 * i));
            x[i] = xf[i];
        }

        double sum = 0;
        foreach (double v in x)
        {
            sum += Math.Exp(v);
        }

        var dX = new double[n];
        var dXf = new float[n];
        var yf = new float[n];
        StableMathAssert.Near(Math.Log(sum), StableMath.LogSumExpBackward(x, 1.0, dX), 8.0);
        StableMathAssert.Near((float)Math.Log(sum), StableMath.LogSumExpBackward(xf, 1f, dXf));
        StableMath.Softmax(xf, yf);
        for (int i = 0; i < n; i++)
        {
            double p = Math.Exp(x[i]) / sum;
            StableMathAssert.Near(p, dX[i], 8.0, $"dX[{i}]");
            StableMathAssert.Near((float)p, dXf[i], what: $"dXf[{i}]");
            StableMathAssert.Near((float)p, yf[i], what: $"yf[{i}]");
        }
    }
}
