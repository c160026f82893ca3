using System;
using AutoDiffGen.Functional.Tests.Reference;
using Xunit;
using F = AutoDiffGen.Functional.Tests.Constructs.IntegerSemanticsFunctions;

namespace AutoDiffGen.Functional.Tests.Constructs;

public class IntegerSemanticsTests
{
    [Theory]
    [InlineData(1.5, 3)]
    [InlineData(1.5, -5)]
    [InlineData(-0.5, 1)]
    public void IntDivision(double x, int n)
    {
        Assert.Equal(F.IntDivision(x, n), F.IntDivisionGradient(x, n, out double dX));
        Assert.Equal((double)(n / 2), dX);
    }

    [Fact]
    public void IntDivisionOfLiteralsIsZero()
    {
        Assert.Equal(F.IntDivisionOfLiterals(3.0), F.IntDivisionOfLiteralsGradient(3.0, out double dX));
        Assert.Equal(1.0, dX);
    }

    [Theory]
    [InlineData(1.5, 7)]
    [InlineData(1.5, -7)]
    public void IntRemainder(double x, int n)
    {
        Assert.Equal(F.IntRemainder(x, n), F.IntRemainderGradient(x, n, out double dX));
        Assert.Equal((double)(n % 3), dX);
    }

    [Fact]
    public void FloatLiteralsKeepTheirFloatValue()
    {
        double x = 3.0;
        Assert.Equal(F.FloatLiteralInDouble(x), F.FloatLiteralInDoubleGradient(x, out double d1));
        Assert.Equal((double)0.1f, d1);
        Assert.Equal(F.ConstFloatInDouble(x), F.ConstFloatInDoubleGradient(x, out double d2));
        Assert.Equal((double)0.1f, d2);
    }

    [Fact]
    public void LiteralSpellings()
    {
        Assert.Equal(F.LiteralSpellings(2.0), F.LiteralSpellingsGradient(2.0, out double dX));
        Approx.Grad(1000.5 + 0.5 + 1e-3 + 16 + 2, dX, "dX", "(x=2)");
    }

    [Theory]
    [InlineData(1.5, 3)]
    [InlineData(-2.0, -4)]
    public void IntParameterReassigned(double x, int n)
    {
        Assert.Equal(F.IntParameterReassigned(x, n), F.IntParameterReassignedGradient(x, n, out double dX));
        Assert.Equal(2.0 * n + 1, dX);
    }

    [Theory]
    [InlineData(1.5)]
    [InlineData(-1.5)]
    public void BoolLocals(double x)
    {
        Assert.Equal(F.BoolLocals(x), F.BoolLocalsGradient(x, out double dX));
        Assert.Equal(x > 0 ? 2 * x : -1.0, dX);
    }

    [Theory]
    [InlineData(1.5)]
    [InlineData(-1.5)]
    public void SignIntDivision(double x)
    {
        Assert.Equal(F.SignIntDivision(x), F.SignIntDivisionGradient(x, out double dX));
        Assert.Equal(1.0, dX); // Math.Sign(x) / 2 == 0 in int arithmetic
    }

    [Theory]
    [InlineData(0.3)]
    [InlineData(-7.1)]
    public void FloatArithmeticInDouble(double x)
    {
        Assert.Equal(F.FloatArithmeticInDouble(x), F.FloatArithmeticInDoubleGradient(x, out double dX));
        // b = (float)x·0.1f ≈ 0.1x, f = b·x ≈ 0.1x², f' ≈ 0.2x at float precision.
        Approx.AssertClose(0.2 * x, dX, Approx.FloatRel, 1e-30, "dX", Approx.At(("x", x)));
    }

    [Fact]
    public void UncheckedOverflowIsKept()
    {
        Assert.Equal(F.UncheckedOverflow(1.5, 5000), F.UncheckedOverflowGradient(1.5, 5000, out double dX));
        Assert.Equal((double)unchecked(5000 * 1000000), dX);
    }

    [Theory]
    [InlineData(1.5, 3)]
    [InlineData(-2.0, -4)]
    public void CompoundDivideByInt(double x, int n)
    {
        Assert.Equal(F.CompoundDivideByInt(x, n), F.CompoundDivideByIntGradient(x, n, out double dX));
        Approx.Grad(2 * x / n, dX, "dX", $"(x={x}, n={n})");
    }

    [Fact]
    public void MixedLongInt()
    {
        Assert.Equal(F.MixedLongInt(1.5, 7L, 3), F.MixedLongIntGradient(1.5, 7L, 3, out double dX));
        Approx.Grad(10.0 / -4.0, dX, "dX", "(x=1.5, m=7, n=3)");
    }

    [Theory]
    [InlineData(1.5f, 3)]
    [InlineData(-2.5f, 5)]
    public void FloatDivideByInt(float x, int n)
    {
        Assert.Equal(F.FloatDivideByInt(x, n), F.FloatDivideByIntGradient(x, n, out float dX));
        Approx.AssertClose(1.0 / n + n / 2, dX, Approx.FloatRel, 1e-30, "dX", $"(x={x}, n={n})");
    }

    [Theory]
    [InlineData(3.0)]   // Max(2, |sin 3| = 0.14) → Min → constant 2: 0
    [InlineData(0.5)]   // Max(0.5, 0.479) → Min → x: 1
    [InlineData(-1.0)]  // Max(-1, 0.84) → |sin x|: -cos(x)·sign... d|sin x| = sign(sin x)·cos x
    public void NestedMathCalls(double x)
    {
        Assert.Equal(F.NestedMathCalls(x), F.NestedMathCallsGradient(x, out double dX));
        double min = Math.Min(x, 2), abs = Math.Abs(Math.Sin(x));
        double expected = min > abs ? (x < 2 ? 1 : 0) : Math.Sign(Math.Sin(x)) * Math.Cos(x);
        Approx.AssertClose(expected, dX, Approx.Rel, 1e-300, "dX", Approx.At(("x", x)));
    }
}
