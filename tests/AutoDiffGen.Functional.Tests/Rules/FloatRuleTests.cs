using System;
using System.Collections.Generic;
using AutoDiffGen.Functional.Tests.Reference;
using Xunit;
using F = AutoDiffGen.Functional.Tests.Rules.FloatRuleFunctions;

namespace AutoDiffGen.Functional.Tests.Rules;

/// <summary>Float gradients against the double closed form at the same (float-representable) point, to float precision.</summary>
public class FloatRuleTests
{
    private static readonly Dictionary<string, (Gradient1F Gradient, Func<double, double> Derivative)> Unary = new()
    {
        ["Sin"] = (F.SinFGradient, Math.Cos),
        ["Exp"] = (F.ExpFGradient, Math.Exp),
        ["Log"] = (F.LogFGradient, x => 1 / x),
        ["Sqrt"] = (F.SqrtFGradient, x => 0.5 / Math.Sqrt(x)),
        ["Tanh"] = (F.TanhFGradient, x => 1 / (Math.Cosh(x) * Math.Cosh(x))),
        ["Asin"] = (F.AsinFGradient, x => 1 / Math.Sqrt((1 - x) * (1 + x))),
        ["Acosh"] = (F.AcoshFGradient, x => 1 / Math.Sqrt((x - 1) * (x + 1))),
        ["Cbrt"] = (F.CbrtFGradient, x => 1 / (3 * Math.Cbrt(x) * Math.Cbrt(x))),
        ["Log2"] = (F.Log2FGradient, x => 1 / (x * Math.Log(2))),
        ["Abs"] = (F.AbsFGradient, x => Math.Sign(x)),
        ["CosStatic"] = (F.CosStaticFGradient, x => -Math.Sin(x)),
    };

    [Theory]
    [InlineData("Sin", -2.5f)] [InlineData("Sin", 0.7f)] [InlineData("Sin", 3f)]
    [InlineData("Exp", -4f)] [InlineData("Exp", 0.25f)] [InlineData("Exp", 5f)]
    [InlineData("Log", 0.01f)] [InlineData("Log", 1.5f)] [InlineData("Log", 300f)]
    [InlineData("Sqrt", 0.01f)] [InlineData("Sqrt", 2f)] [InlineData("Sqrt", 1e4f)]
    [InlineData("Tanh", -3f)] [InlineData("Tanh", 0.1f)] [InlineData("Tanh", 2f)]
    [InlineData("Asin", -0.99f)] [InlineData("Asin", 0.3f)] [InlineData("Asin", 0.99f)]
    [InlineData("Acosh", 1.01f)] [InlineData("Acosh", 2f)] [InlineData("Acosh", 50f)]
    [InlineData("Cbrt", -8f)] [InlineData("Cbrt", 0.5f)] [InlineData("Cbrt", 27f)]
    [InlineData("Log2", 0.125f)] [InlineData("Log2", 3f)] [InlineData("Log2", 1000f)]
    [InlineData("Abs", -2f)] [InlineData("Abs", 0f)] [InlineData("Abs", 5f)]
    [InlineData("CosStatic", -1f)] [InlineData("CosStatic", 0.5f)] [InlineData("CosStatic", 2f)]
    public void UnaryMatchesDoubleClosedForm(string rule, float x)
    {
        var (gradient, derivative) = Unary[rule];
        gradient(x, out float dX);
        Approx.AssertClose(derivative(x), dX, Approx.FloatRel, 1e-30, "d" + rule + "F/dx", Approx.At(("x", x)));
    }

    [Theory]
    [InlineData(1.5f, 2.25f)]
    [InlineData(0.5f, -1.5f)]
    [InlineData(4f, 0.5f)]
    public void PowMatchesDoubleClosedForm(float x, float y)
    {
        F.PowFGradient(x, y, out float dX, out float dY);
        string at = Approx.At(("x", x), ("y", y));
        Approx.AssertClose(y * Math.Pow(x, y - 1), dX, Approx.FloatRel, 1e-30, "dX", at);
        Approx.AssertClose(Math.Pow(x, y) * Math.Log(x), dY, Approx.FloatRel, 1e-30, "dY", at);
    }

    [Theory]
    [InlineData(2f, 1f)]
    [InlineData(-2f, -0.5f)]
    [InlineData(1f, -3f)]
    public void Atan2MatchesDoubleClosedForm(float y, float x)
    {
        F.Atan2FGradient(y, x, out float dY, out float dX);
        double r2 = (double)x * x + (double)y * y;
        string at = Approx.At(("y", y), ("x", x));
        Approx.AssertClose(x / r2, dY, Approx.FloatRel, 1e-30, "dY", at);
        Approx.AssertClose(-y / r2, dX, Approx.FloatRel, 1e-30, "dX", at);
    }

    [Theory]
    [InlineData(5f, 2f)]
    [InlineData(0.25f, 10f)]
    [InlineData(7f, 0.5f)]
    public void LogBaseMatchesDoubleClosedForm(float a, float b)
    {
        F.LogBaseFGradient(a, b, out float dA, out float dB);
        double lnB = Math.Log(b);
        string at = Approx.At(("a", a), ("b", b));
        Approx.AssertClose(1 / (a * lnB), dA, Approx.FloatRel, 1e-30, "dA", at);
        Approx.AssertClose(-Math.Log(a) / (b * lnB * lnB), dB, Approx.FloatRel, 1e-30, "dB", at);
    }

    [Fact]
    public void MaxSplitsTiesInFloatToo()
    {
        F.MaxFGradient(1.5f, 1.5f, out float dX, out float dY);
        Assert.Equal((0.5f, 0.5f), (dX, dY));
        F.MaxFGradient(1.5f, -1.5f, out dX, out dY);
        Assert.Equal((1f, 0f), (dX, dY));
    }

    [Fact]
    public void FloatGradientReturnsTheFloatValue()
    {
        float x = 0.7f;
        Assert.Equal(MathF.Sin(x), F.SinFGradient(x, out _));
    }
}
