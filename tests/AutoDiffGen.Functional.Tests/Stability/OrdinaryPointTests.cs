using System;
using System.Collections.Generic;
using AutoDiffGen.Functional.Tests.Reference;
using AutoDiffGen.Functional.Tests.Rules;
using Xunit;
using E = AutoDiffGen.Functional.Tests.Stability.ElementaryFunctions;
using L = AutoDiffGen.Functional.Tests.Stability.LogisticFunctions;
using P = AutoDiffGen.Functional.Tests.Stability.PowerFunctions;
using S = AutoDiffGen.Functional.Tests.Stability.LogSpaceFunctions;

namespace AutoDiffGen.Functional.Tests.Stability;

/// <summary>
/// Away from the extremes a rewrite must not change anything that matters: at 24 seeded random points per
/// function, in a range where the textbook formula is itself well-conditioned, the rewritten value agrees
/// with the formula as written (the user's method, run as plain C#) to a few ulps, and the gradient agrees
/// with a hand-written closed form to 1e-12. The closed form is first checked against central differences
/// of the user's method, so a typo in it cannot pass.
/// </summary>
public class OrdinaryPointTests
{
    /// <summary>A few ulps: the rewritten and textbook forms round differently.</summary>
    private const double ValueRel = 4e-15;

    private const int Count = 24;

    private sealed record Case(Func<double, double> AsWritten, Gradient1 Gradient, Func<double, double> Derivative, double Lo, double Hi);

    private static double Sig(double x) => 1 / (1 + Math.Exp(-x));

    private static readonly Dictionary<string, Case> Unary = new()
    {
        ["Sigmoid"] = new(L.Sigmoid, L.SigmoidGradient, x => Sig(x) * Sig(-x), -8, 8),
        ["SigmoidOfExp"] = new(L.SigmoidOfExp, L.SigmoidOfExpGradient, x => Sig(x) * Sig(-x), -8, 8),
        ["LogSigmoid"] = new(L.LogSigmoid, L.LogSigmoidGradient, x => Sig(-x), -8, 1),
        ["Softplus"] = new(L.Softplus, L.SoftplusGradient, Sig, -1, 8),
        ["SoftplusExpFirst"] = new(L.SoftplusExpFirst, L.SoftplusExpFirstGradient, Sig, -1, 8),
        ["LogOneMinusSigmoid"] = new(L.LogOneMinusSigmoid, L.LogOneMinusSigmoidGradient, x => -Sig(x), -1, 2),
        ["CrossEntropy(y=0.3)"] = new(z => L.CrossEntropy(z, 0.3), (double z, out double d) => L.CrossEntropyGradient(z, 0.3, out d), z => Sig(z) - 0.3, -2, 2),
        ["Log1p"] = new(S.Log1p, S.Log1pGradient, x => 1 / (1 + x), 0.5, 5),
        ["Log1pReversed"] = new(S.Log1pReversed, S.Log1pReversedGradient, x => 1 / (1 + x), 0.5, 5),
        ["LogOneMinus"] = new(S.LogOneMinus, S.LogOneMinusGradient, p => -1 / (1 - p), -4, -0.5),
        ["Expm1"] = new(S.Expm1, S.Expm1Gradient, Math.Exp, 0.7, 3),
        ["OneMinusExp"] = new(S.OneMinusExp, S.OneMinusExpGradient, x => -Math.Exp(x), -3, -0.7),
        ["Log1mexp"] = new(S.Log1mexp, S.Log1mexpGradient, x => -Math.Exp(x) / (1 - Math.Exp(x)), -1.5, -0.3),
        ["Log1mexpLocal"] = new(S.Log1mexpLocal, S.Log1mexpLocalGradient, x => -Math.Exp(x) / (1 - Math.Exp(x)), -1.5, -0.3),
        ["SoftplusInverse"] = new(S.SoftplusInverse, S.SoftplusInverseGradient, x => 1 / (1 - Math.Exp(-x)), 1, 5),
        ["SquaredRootPow"] = new(E.SquaredRootPow, E.SquaredRootPowGradient, _ => 1, 0.5, 5),
        ["SquaredRootProduct"] = new(E.SquaredRootProduct, E.SquaredRootProductGradient, _ => 1, 0.5, 5),
        ["SqrtOfSquare"] = new(E.SqrtOfSquare, E.SqrtOfSquareGradient, x => Math.Sign(x), -5, 5),
        ["XLogX"] = new(E.XLogX, E.XLogXGradient, x => Math.Log(x) + 1, 0.1, 5),
        ["TanhOfExp"] = new(E.TanhOfExp, E.TanhOfExpGradient, x => 1 / (Math.Cosh(x) * Math.Cosh(x)), 0.3, 3),
        ["LogCosh"] = new(E.LogCosh, E.LogCoshGradient, Math.Tanh, 1, 5),
        ["Log1pSquare"] = new(E.Log1pSquare, E.Log1pSquareGradient, x => 2 * x / (1 + x * x), 0.5, 5),
        ["Sqrt1pm1"] = new(E.Sqrt1pm1, E.Sqrt1pm1Gradient, x => 0.5 / Math.Sqrt(1 + x), 1, 5),
        ["OneMinusCos"] = new(E.OneMinusCos, E.OneMinusCosGradient, Math.Sin, 1, 3),
        ["Sinc"] = new(E.Sinc, E.SincGradient, x => (x * Math.Cos(x) - Math.Sin(x)) / (x * x), 0.5, 5),
        ["LogOfExp"] = new(E.LogOfExp, E.LogOfExpGradient, x => -x, 1.5, 5),
        ["GaussianLogDensity"] = new(E.GaussianLogDensity, E.GaussianLogDensityGradient, x => -x, 1, 5),
        ["ScaledLogOfExp"] = new(E.ScaledLogOfExp, E.ScaledLogOfExpGradient, x => -x, 1, 5),
        ["Pow(x,-2)"] = new(P.PowMinus2, P.PowMinus2Gradient, x => -2 / (x * x * x), 0.5, 5),
        ["Pow(x,-1)"] = new(P.PowMinus1, P.PowMinus1Gradient, x => -1 / (x * x), 0.5, 5),
        ["Pow(x,-0.5)"] = new(P.PowMinusHalf, P.PowMinusHalfGradient, x => -0.5 / (x * Math.Sqrt(x)), 0.5, 5),
        ["Pow(x,0.5)"] = new(P.PowHalf, P.PowHalfGradient, x => 0.5 / Math.Sqrt(x), 0.5, 5),
        ["Pow(x,1.5)"] = new(P.PowThreeHalves, P.PowThreeHalvesGradient, x => 1.5 * Math.Sqrt(x), 0.5, 5),
        ["Pow(x,2)"] = new(P.Pow2, P.Pow2Gradient, x => 2 * x, -5, 5),
        ["Pow(x,3)"] = new(P.Pow3, P.Pow3Gradient, x => 3 * x * x, -5, 5),
        ["Pow(x,4)"] = new(P.Pow4, P.Pow4Gradient, x => 4 * x * x * x, -5, 5),
    };

    public static TheoryData<string> UnaryNames => new(Unary.Keys);

    [Theory]
    [MemberData(nameof(UnaryNames))]
    public void One_argument(string name)
    {
        Case c = Unary[name];
        var random = new Random(20240611 + name.Length * 31 + name[0]);
        for (int i = 0; i < Count; i++)
        {
            double x = c.Lo + (c.Hi - c.Lo) * random.NextDouble();
            string at = Approx.At(("x", x));
            double exact = c.Derivative(x);
            Approx.AssertClose(exact, FiniteDifference.Derivative(c.AsWritten, x), 1e-6, 1e-9, name + " closed form vs central differences", at);
            double value = c.Gradient(x, out double d);
            Approx.AssertClose(c.AsWritten(x), value, ValueRel, 1e-300, name + " value vs the formula as written", at);
            Approx.AssertClose(exact, d, Approx.Rel, 1e-300, name + " d/dx vs closed form", at);
        }
    }

    private sealed record Case2(Func<double, double, double> AsWritten, Gradient2 Gradient,
        Func<double, double, (double, double)> Derivative, double Lo, double Hi, double LoY, double HiY);

    private static readonly Dictionary<string, Case2> Binary = new()
    {
        ["LogAddExp"] = new(S.LogAddExp, S.LogAddExpGradient, (a, b) => (Sig(a - b), Sig(b - a)), 1, 4, 1, 4),
        // b is drawn as the gap a − b in [0.5, 3], below.
        ["LogDiffExp"] = new(S.LogDiffExp, S.LogDiffExpGradient, (a, b) => (1 / (1 - Math.Exp(b - a)), -1 / (Math.Exp(a - b) - 1)), 2, 4, 0.5, 3),
        ["Hypot"] = new(E.Hypot, E.HypotGradient, (x, y) => (x / Math.Sqrt(x * x + y * y), y / Math.Sqrt(x * x + y * y)), -5, 5, -5, 5),
        ["XLogY"] = new(E.XLogY, E.XLogYGradient, (x, y) => (Math.Log(y), x / y), -3, 3, 0.1, 5),
        ["XLog1pY"] = new(E.XLog1pY, E.XLog1pYGradient, (x, y) => (Math.Log(1 + y), x / (1 + y)), -3, 3, 0.5, 5),
        ["ExpRatio"] = new(E.ExpRatio, E.ExpRatioGradient, (a, b) => (Math.Exp(a - b), -Math.Exp(a - b)), -2, 2, -2, 2),
        ["ExpProduct"] = new(E.ExpProduct, E.ExpProductGradient, (a, b) => (Math.Exp(a + b), Math.Exp(a + b)), -2, 2, -2, 2),
    };

    public static TheoryData<string> BinaryNames => new(Binary.Keys);

    [Theory]
    [MemberData(nameof(BinaryNames))]
    public void Two_arguments(string name)
    {
        Case2 c = Binary[name];
        var random = new Random(20240611 + name.Length * 31 + name[0]);
        Func<double[], double> f = p => c.AsWritten(p[0], p[1]);
        for (int i = 0; i < Count; i++)
        {
            double x = c.Lo + (c.Hi - c.Lo) * random.NextDouble();
            double y = c.LoY + (c.HiY - c.LoY) * random.NextDouble();
            if (name == "LogDiffExp") y = x - y;
            string at = Approx.At(("x", x), ("y", y));
            (double eX, double eY) = c.Derivative(x, y);
            Approx.AssertClose(eX, FiniteDifference.Partial(f, new[] { x, y }, 0), 1e-6, 1e-9, name + " closed-form dX vs central differences", at);
            Approx.AssertClose(eY, FiniteDifference.Partial(f, new[] { x, y }, 1), 1e-6, 1e-9, name + " closed-form dY vs central differences", at);
            double value = c.Gradient(x, y, out double dX, out double dY);
            Approx.AssertClose(c.AsWritten(x, y), value, ValueRel, 1e-300, name + " value vs the formula as written", at);
            Approx.AssertClose(eX, dX, Approx.Rel, 1e-300, name + " dX vs closed form", at);
            Approx.AssertClose(eY, dY, Approx.Rel, 1e-300, name + " dY vs closed form", at);
        }
    }

    private static readonly Dictionary<string, (Func<float, float> AsWritten, Gradient1F Gradient, Func<double, double> Derivative, float Lo, float Hi)> Floats = new()
    {
        ["SigmoidF"] = (L.SigmoidF, L.SigmoidFGradient, x => Sig(x) * Sig(-x), -8, 8),
        ["LogSigmoidF"] = (L.LogSigmoidF, L.LogSigmoidFGradient, x => Sig(-x), -8, 1),
        ["SoftplusF"] = (L.SoftplusF, L.SoftplusFGradient, Sig, -1, 8),
        ["Log1pF"] = (S.Log1pF, S.Log1pFGradient, x => 1 / (1 + x), 0.5f, 5),
        ["Pow2F"] = (P.Pow2F, P.Pow2FGradient, x => 2 * x, -5, 5),
    };

    public static TheoryData<string> FloatNames => new(Floats.Keys);

    /// <summary>Float: the value within a few float ulps of the float formula, the derivative within 1e-5 of the double closed form.</summary>
    [Theory]
    [MemberData(nameof(FloatNames))]
    public void Float(string name)
    {
        var c = Floats[name];
        var random = new Random(7 + name.Length);
        for (int i = 0; i < Count; i++)
        {
            float x = c.Lo + (c.Hi - c.Lo) * (float)random.NextDouble();
            string at = Approx.At(("x", x));
            float value = c.Gradient(x, out float d);
            Approx.AssertClose(c.AsWritten(x), value, 5e-7, 1e-30, name + " value vs the formula as written", at);
            Approx.AssertClose(c.Derivative(x), d, Approx.FloatRel, 1e-30, name + " d/dx vs closed form", at);
        }
    }

    [Fact]
    public void Float_hypot()
    {
        var random = new Random(11);
        for (int i = 0; i < Count; i++)
        {
            float x = -5 + 10 * (float)random.NextDouble(), y = -5 + 10 * (float)random.NextDouble();
            string at = Approx.At(("x", x), ("y", y));
            float value = E.HypotFGradient(x, y, out float dX, out float dY);
            double h = Math.Sqrt((double)x * x + (double)y * y);
            Approx.AssertClose(E.HypotF(x, y), value, 5e-7, 1e-30, "HypotF value", at);
            Approx.AssertClose(x / h, dX, Approx.FloatRel, 1e-30, "HypotF dX", at);
            Approx.AssertClose(y / h, dY, Approx.FloatRel, 1e-30, "HypotF dY", at);
        }
    }
}
