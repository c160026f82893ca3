using System;
using System.Collections.Generic;
using System.Numerics;
using AutoDiffGen.Functional.Tests.Reference;
using Xunit;
using F = AutoDiffGen.Functional.Tests.Rules.UnaryRuleFunctions;

namespace AutoDiffGen.Functional.Tests.Rules;

/// <summary>Each one-argument rule at several points, including negatives and points just inside domain edges.</summary>
public class UnaryRuleTests
{
    private static readonly Dictionary<string, (Gradient1 Gradient, Func<double, double> Value, Func<Complex, Complex> Complex)> ComplexChecked = new()
    {
        ["Sin"] = (F.SinRuleGradient, Math.Sin, Complex.Sin),
        ["Cos"] = (F.CosRuleGradient, Math.Cos, Complex.Cos),
        ["Tan"] = (F.TanRuleGradient, Math.Tan, Complex.Tan),
        ["Asin"] = (F.AsinRuleGradient, Math.Asin, Complex.Asin),
        ["Acos"] = (F.AcosRuleGradient, Math.Acos, Complex.Acos),
        ["Atan"] = (F.AtanRuleGradient, Math.Atan, ComplexMath.Atan),
        ["Sinh"] = (F.SinhRuleGradient, Math.Sinh, Complex.Sinh),
        ["Cosh"] = (F.CoshRuleGradient, Math.Cosh, Complex.Cosh),
        ["Tanh"] = (F.TanhRuleGradient, Math.Tanh, Complex.Tanh),
        ["Exp"] = (F.ExpRuleGradient, Math.Exp, Complex.Exp),
        ["Log"] = (F.LogRuleGradient, Math.Log, Complex.Log),
        ["Log10"] = (F.Log10RuleGradient, Math.Log10, Complex.Log10),
        ["Sqrt"] = (F.SqrtRuleGradient, Math.Sqrt, Complex.Sqrt),
        ["PowConstExponent"] = (F.PowConstExponentRuleGradient, x => Math.Pow(x, 3.7), z => Complex.Pow(z, 3.7)),
        ["PowConstBase"] = (F.PowConstBaseRuleGradient, x => Math.Pow(2.5, x), z => Complex.Pow(2.5, z)),
    };

    // Hand-written derivatives, in the most accurate form (e.g. (x-1)(x+1) near 1, not x²-1).
    private static readonly Dictionary<string, (Gradient1 Gradient, Func<double, double> Value, Func<double, double> Derivative)> ClosedForm = new()
    {
        ["Asinh"] = (F.AsinhRuleGradient, Math.Asinh, x => 1 / Math.Sqrt(x * x + 1)),
        ["Acosh"] = (F.AcoshRuleGradient, Math.Acosh, x => 1 / Math.Sqrt((x - 1) * (x + 1))),
        ["Atanh"] = (F.AtanhRuleGradient, Math.Atanh, x => 1 / ((1 - x) * (1 + x))),
        ["Log2"] = (F.Log2RuleGradient, Math.Log2, x => 1 / (x * Math.Log(2))),
        ["Cbrt"] = (F.CbrtRuleGradient, Math.Cbrt, x => 1 / (3 * Math.Cbrt(x) * Math.Cbrt(x))),
        ["Abs"] = (F.AbsRuleGradient, Math.Abs, x => x > 0 ? 1 : x < 0 ? -1 : 0),
        ["PowIntegerExponent"] = (F.PowIntegerExponentRuleGradient, x => Math.Pow(x, 3), x => 3 * x * x),
    };

    [Theory]
    [InlineData("Sin", -2.5)] [InlineData("Sin", -0.3)] [InlineData("Sin", 0.7)] [InlineData("Sin", 40.0)]
    [InlineData("Cos", -2.5)] [InlineData("Cos", -0.3)] [InlineData("Cos", 0.7)] [InlineData("Cos", 40.0)]
    [InlineData("Tan", -1.5)] [InlineData("Tan", -0.3)] [InlineData("Tan", 0.7)] [InlineData("Tan", 1.5)]
    [InlineData("Asin", -0.999)] [InlineData("Asin", -0.5)] [InlineData("Asin", 0.2)] [InlineData("Asin", 0.999)]
    [InlineData("Acos", -0.999)] [InlineData("Acos", -0.5)] [InlineData("Acos", 0.2)] [InlineData("Acos", 0.999)]
    [InlineData("Atan", -3.0)] [InlineData("Atan", -0.4)] [InlineData("Atan", 0.6)] [InlineData("Atan", 10.0)]
    [InlineData("Sinh", -3.0)] [InlineData("Sinh", -0.2)] [InlineData("Sinh", 0.5)] [InlineData("Sinh", 4.0)]
    [InlineData("Cosh", -3.0)] [InlineData("Cosh", -0.2)] [InlineData("Cosh", 0.5)] [InlineData("Cosh", 4.0)]
    [InlineData("Tanh", -3.0)] [InlineData("Tanh", -0.2)] [InlineData("Tanh", 0.5)] [InlineData("Tanh", 15.0)]
    [InlineData("Exp", -5.0)] [InlineData("Exp", -0.1)] [InlineData("Exp", 0.5)] [InlineData("Exp", 3.0)]
    [InlineData("Log", 1e-3)] [InlineData("Log", 0.5)] [InlineData("Log", 1.0)] [InlineData("Log", 7.0)]
    [InlineData("Log10", 1e-3)] [InlineData("Log10", 0.5)] [InlineData("Log10", 1.0)] [InlineData("Log10", 7.0)]
    [InlineData("Sqrt", 1e-4)] [InlineData("Sqrt", 0.25)] [InlineData("Sqrt", 2.0)] [InlineData("Sqrt", 100.0)]
    [InlineData("PowConstExponent", 0.01)] [InlineData("PowConstExponent", 0.5)] [InlineData("PowConstExponent", 1.7)] [InlineData("PowConstExponent", 6.0)]
    [InlineData("PowConstBase", -3.0)] [InlineData("PowConstBase", -0.5)] [InlineData("PowConstBase", 0.0)] [InlineData("PowConstBase", 2.2)]
    public void MatchesComplexStep(string rule, double x)
    {
        var (gradient, value, complex) = ComplexChecked[rule];
        double v = gradient(x, out double dX);
        Assert.Equal(value(x), v);
        Approx.Grad(ComplexStep.Derivative(complex, x), dX, "d" + rule + "/dx", Approx.At(("x", x)));
    }

    [Theory]
    [InlineData("Asinh", -3.0)] [InlineData("Asinh", -0.1)] [InlineData("Asinh", 0.5)] [InlineData("Asinh", 40.0)]
    [InlineData("Acosh", 1.0001)] [InlineData("Acosh", 1.5)] [InlineData("Acosh", 3.0)] [InlineData("Acosh", 100.0)]
    [InlineData("Atanh", -0.99)] [InlineData("Atanh", -0.3)] [InlineData("Atanh", 0.5)] [InlineData("Atanh", 0.99)]
    [InlineData("Log2", 1e-3)] [InlineData("Log2", 0.5)] [InlineData("Log2", 1.0)] [InlineData("Log2", 7.0)]
    [InlineData("Cbrt", -8.0)] [InlineData("Cbrt", -0.3)] [InlineData("Cbrt", 0.001)] [InlineData("Cbrt", 27.0)]
    [InlineData("Abs", -2.0)] [InlineData("Abs", -1e-300)] [InlineData("Abs", 3.0)] [InlineData("Abs", 0.0)]
    [InlineData("PowIntegerExponent", -1.3)] [InlineData("PowIntegerExponent", -0.2)] [InlineData("PowIntegerExponent", 0.0)] [InlineData("PowIntegerExponent", 2.5)]
    public void MatchesClosedForm(string rule, double x)
    {
        var (gradient, value, derivative) = ClosedForm[rule];
        double v = gradient(x, out double dX);
        Approx.SameValue(value(x), v);
        Approx.Grad(derivative(x), dX, "d" + rule + "/dx", Approx.At(("x", x)));
    }

    [Fact]
    public void AbsAtNegativeZeroHasZeroDerivative()
    {
        F.AbsRuleGradient(-0.0, out double dX);
        Assert.Equal(0.0, dX);
    }

    [Fact]
    public void ClosedFormsAgreeWithFiniteDifferences()
    {
        // Guards the hand-written references above against typos, loosely.
        foreach (var (name, (_, value, derivative)) in ClosedForm)
        {
            double x = name is "Acosh" ? 1.7 : name is "Atanh" ? 0.4 : name is "Log2" ? 2.3 : 0.8;
            Approx.AssertClose(derivative(x), FiniteDifference.Derivative(value, x), 1e-6, 1e-9, name + "'", Approx.At(("x", x)));
        }
    }
}
