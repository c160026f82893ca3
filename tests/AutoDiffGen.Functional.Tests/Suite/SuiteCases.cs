using System;
using System.Collections.Generic;
using System.Numerics;
using static System.Numerics.Complex;

namespace AutoDiffGen.Functional.Tests.Suite;

/// <summary>
/// The suite's references: each function of SuiteFunctions written again over Complex, branches decided on
/// the real part (as the double code decides them), with 3+ points chosen inside the domain and away from
/// kinks. Math.Abs/Max/Min/Clamp have no analytic continuation, so they are written as those branches.
/// </summary>
internal static class SuiteCases
{
    private static double[] P(params double[] p) => p;

    private static Complex AbsC(Complex z) => z.Real >= 0 ? z : -z;

    private static Complex MaxC(Complex a, Complex b) => a.Real > b.Real ? a : b;

    private static Complex MinC(Complex a, Complex b) => a.Real < b.Real ? a : b;

    private static Complex ClampC(Complex x, double lo, double hi) => x.Real < lo ? lo : x.Real > hi ? hi : x;

    private static Complex AtanC(Complex z) => Reference.ComplexMath.Atan(z);

    public static readonly IReadOnlyList<SuiteCase> All = new SuiteCase[]
    {
        // Algebraic
        new("Cubic", z => 3 * z[0] * z[0] * z[0] - 2 * z[0] * z[0] + z[0] - 7, P(-2), P(0.3), P(1.7)),
        new("HornerQuartic", z => (((2 * z[0] + 3) * z[0] - 5) * z[0] + 1) * z[0] - 0.5, P(-1.5), P(0.4), P(2.2)),
        new("Rational", z => (z[0] * z[0] + 1) / (z[0] * z[0] * z[0] - 2 * z[0] + 5), P(-1.1), P(0.5), P(3)),
        new("RationalTwo", z => (z[0] * z[1] + 1) / (z[0] - z[1] * z[1] + 3), P(0.5, 1.2), P(-1, 0.3), P(2, -1.5)),
        new("ProductOfFour", z => z[0] * z[1] * z[2] * z[3], P(1.5, -2, 0.3, 4), P(-0.7, 0.2, 5, -1.1), P(2, 2, 2, 2)),
        new("DivisionOfSums", z => (z[0] + z[1]) / (z[2] + z[3]) + (z[0] - z[2]) / (z[1] * z[3]), P(1, 2, 3, 4), P(-1.5, 0.5, 2, -0.7), P(0.3, -2, 1, 1.5)),
        new("CladMix", z => z[0] * z[0] * z[0] + z[1] * z[1] * z[1] + z[0] * z[1] - z[0] / z[1], P(1.5, 2), P(-0.5, 0.7), P(3, -1.2)),
        new("SumOfSquaresFive", z => z[0] * z[0] + z[1] * z[1] + z[2] * z[2] + z[3] * z[3] + z[4] * z[4] - z[0] * z[4],
            P(1, 2, 3, 4, 5), P(-0.3, 0.7, -1.1, 0.05, 2.5), P(10, -10, 0.5, 0.25, -3)),
        new("QuadraticRoot", z => (-z[1] + Sqrt(z[1] * z[1] - 4 * z[0] * z[2])) / (2 * z[0]), P(1, 5, 2), P(-2, 1, 3), P(0.5, -3, 1)),
        new("ManyLocals", z =>
        {
            var a = z[0] * z[1];
            var b = a + z[0];
            var c = a * b - z[1];
            var d = c / (1 + b * b);
            var e = d * a + c * b;
            var f = e - d * d + a;
            return f * b + e * c - a * d;
        }, P(0.5, 1.2), P(-0.8, 0.3), P(1.5, -1)),

        // Transcendental compositions
        new("SinCosExp", z => Sin(Cos(Exp(z[0]))), P(-1), P(0.2), P(1.5)),
        new("ExpSinLog", z => Exp(Sin(Log(1 + z[0] * z[0]))), P(-2), P(0.5), P(3)),
        new("TanhGaussian", z => Tanh(z[0]) * Exp(-z[0] * z[0]), P(-1.2), P(0.1), P(2)),
        new("SigmoidNaive", z => 1 / (1 + Exp(-z[0])), P(-5), P(0.3), P(4)),
        new("SoftplusNaive", z => Log(1 + Exp(z[0])), P(-3), P(0.5), P(6)),
        new("LogSumExp3", z => Log(Exp(z[0]) + Exp(z[1]) + Exp(z[2])), P(0.1, -1, 2), P(3, 3.5, -2), P(-1, -2, -0.5)),
        new("SoftmaxFirst", z => Exp(z[0]) / (Exp(z[0]) + Exp(z[1]) + Exp(z[2])), P(0.1, -1, 2), P(3, 3.5, -2), P(-1, -2, -0.5)),
        new("PowActiveExponent", z => Pow(z[0], z[1] * z[1]) + Pow(z[1], z[0]), P(1.5, 0.8), P(0.6, 2.1), P(2.5, 1.3)),
        new("XToTheX", z => Pow(z[0], z[0]), P(0.3), P(1), P(2.5)),
        new("Norm4", z => Sqrt(z[0] * z[0] + z[1] * z[1] + z[2] * z[2] + z[3] * z[3]), P(1, 2, -3, 0.5), P(-0.1, 0.2, 0.3, -0.4), P(5, 0, 1, 1)),
        new("Logit", z => Log(z[0] / (1 - z[0])), P(0.1), P(0.5), P(0.93)),
        new("SinhCoshMix", z => Sinh(z[0] * z[1]) / Cosh(z[0] - z[1]) + AtanC(z[0] / z[1]), P(0.5, 1.2), P(-1, 0.7), P(1.5, -2)),
        new("InverseTrigMix", z => Asin(z[0] / 2) * Acos(z[0] / 3) + Tan(z[0] / 4), P(-1.5), P(0.2), P(1.8)),

        // Optimisation test functions
        new("Rosenbrock", z => (1 - z[0]) * (1 - z[0]) + 100 * (z[1] - z[0] * z[0]) * (z[1] - z[0] * z[0]), P(-1.2, 1), P(0.5, 0.5), P(1.5, 2)),
        new("Rosenbrock4", z =>
        {
            var t1 = z[1] - z[0] * z[0];
            var t2 = z[2] - z[1] * z[1];
            var t3 = z[3] - z[2] * z[2];
            return 100 * (t1 * t1 + t2 * t2 + t3 * t3) + (1 - z[0]) * (1 - z[0]) + (1 - z[1]) * (1 - z[1]) + (1 - z[2]) * (1 - z[2]);
        }, P(-1.2, 1, 0.5, 0.3), P(0.5, 0.5, 0.5, 0.5), P(1.1, 0.9, 1.3, -0.2)),
        new("Himmelblau", z =>
        {
            var u = z[0] * z[0] + z[1] - 11;
            var v = z[0] + z[1] * z[1] - 7;
            return u * u + v * v;
        }, P(1, 1), P(-2.5, 3), P(3.1, 2.05)),
        new("Beale", z =>
        {
            var a = 1.5 - z[0] + z[0] * z[1];
            var b = 2.25 - z[0] + z[0] * z[1] * z[1];
            var c = 2.625 - z[0] + z[0] * z[1] * z[1] * z[1];
            return a * a + b * b + c * c;
        }, P(1, 1), P(2.5, 0.4), P(-1, 1.5)),
        new("Booth", z => (z[0] + 2 * z[1] - 7) * (z[0] + 2 * z[1] - 7) + (2 * z[0] + z[1] - 5) * (2 * z[0] + z[1] - 5), P(0, 0), P(1.5, 2.5), P(-3, 4)),
        new("Ackley", z =>
        {
            var r = Sqrt(0.5 * (z[0] * z[0] + z[1] * z[1]));
            var c = 0.5 * (Cos(2 * Math.PI * z[0]) + Cos(2 * Math.PI * z[1]));
            return -20 * Exp(-0.2 * r) - Exp(c) + Math.E + 20;
        }, P(0.5, 0.3), P(-1.2, 2.1), P(2.5, -0.7)),
        new("Rastrigin", z => 20 + z[0] * z[0] - 10 * Cos(2 * Math.PI * z[0]) + z[1] * z[1] - 10 * Cos(2 * Math.PI * z[1]), P(0.3, -0.2), P(1.7, 2.2), P(-3.1, 0.05)),
        new("Branin", z =>
        {
            double b = 5.1 / (4 * Math.PI * Math.PI), c = 5 / Math.PI, t = 1 / (8 * Math.PI);
            var u = z[1] - b * z[0] * z[0] + c * z[0] - 6;
            return u * u + 10 * (1 - t) * Cos(z[0]) + 10;
        }, P(-3, 12), P(3, 2), P(9, 3)),

        // Piecewise
        new("Huber", z =>
        {
            var a = AbsC(z[0]);
            if (a.Real <= z[1].Real) return 0.5 * z[0] * z[0];
            return z[1] * (a - 0.5 * z[1]);
        }, P(0.5, 1), P(2, 1), P(-3, 1.5), P(-0.2, 1)),
        new("LeakyReluSquared", z =>
        {
            var v = z[1] * z[0];
            var h = v.Real > 0 ? v : 0.01 * v;
            return h * h + h;
        }, P(1.5, 0.5), P(-1, 2), P(2, -0.3)),
        new("Smoothstep", z =>
        {
            var t = ClampC((z[0] - z[1]) / (z[2] - z[1]), 0.0, 1.0);
            return t * t * (3 - 2 * t);
        }, P(0.5, 0, 2), P(-1, 0, 2), P(3, 0, 2), P(0.9, -1, 1.5)),
        new("PiecewiseCubicSpline", z =>
        {
            var x = z[0];
            if (x.Real < -1) return 2 * x + 1;
            if (x.Real < 1)
            {
                var u = x + 1;
                return -1 + 2 * u - 0.25 * u * u * u + 0.1 * u * u;
            }
            var v = x * x;
            return v * Log(x + 1) - Sqrt(v + 3);
        }, P(-2), P(0.3), P(2.5)),
        new("MaxMinBlend", z => MaxC(z[0] * z[1], z[0] + z[1]) - 0.5 * MinC(z[0] * z[0], z[1]), P(2, 3), P(0.5, 0.5), P(-1, 2)),

        // Models
        new("TinyNet", z =>
        {
            const double x1 = 0.5, x2 = -1.2, target = 0.3;
            var h1 = Tanh(z[0] * x1 + z[1] * x2 + z[4]);
            var h2 = Tanh(z[2] * x1 + z[3] * x2 + z[5]);
            var o = z[6] * h1 + z[7] * h2 + z[8];
            var e = o - target;
            return 0.5 * e * e;
        }, P(0.1, -0.2, 0.3, 0.4, 0.05, -0.1, 0.7, -0.5, 0.2), P(1.5, 0.8, -1.1, 0.3, 0.5, 0.2, -0.9, 1.3, -0.4), P(-0.6, -0.7, 0.9, -1.4, -0.3, 0.6, 0.25, 0.35, 0.0)),
        new("GaussianLogDensity", z =>
        {
            var u = (z[0] - z[1]) / z[2];
            return -0.5 * u * u - Log(z[2]) - 0.5 * Math.Log(2 * Math.PI);
        }, P(0.5, 0, 1), P(2, 1.5, 0.3), P(-1, 0.5, 2)),
        new("CauchyLogDensity", z =>
        {
            var u = (z[0] - z[1]) / z[2];
            return -Log(Math.PI * z[2] * (1 + u * u));
        }, P(0.5, 0, 1), P(2, 1.5, 0.3), P(-1, 0.5, 2)),
        new("LogisticLoss", z =>
        {
            const double x = 1.7, y = 1.0;
            var p = 1 / (1 + Exp(-(z[0] * x + z[1])));
            return -(y * Log(p) + (1 - y) * Log(1 - p));
        }, P(0.5, -0.2), P(-1, 0.3), P(2, 1)),
        new("CosineSimilarity", z =>
        {
            var dot = z[0] * z[3] + z[1] * z[4] + z[2] * z[5];
            var na = Sqrt(z[0] * z[0] + z[1] * z[1] + z[2] * z[2]);
            var nb = Sqrt(z[3] * z[3] + z[4] * z[4] + z[5] * z[5]);
            return dot / (na * nb);
        }, P(1, 2, 3, -1, 0.5, 2), P(0.3, -0.4, 1.2, 2, 2, -0.1), P(-5, 1, 0.2, 3, -0.7, 0.9)),

        // Science and finance
        new("ProjectileRange", z => z[0] * z[0] * Sin(2 * z[1]) / z[2], P(20, 0.6, 9.81), P(5, 0.2, 1.62), P(50, 1.2, 9.81)),
        new("LorentzFactor", z => 1 / Sqrt(1 - z[0] * z[0]), P(0.1), P(0.6), P(0.99)),
        new("LennardJones", z =>
        {
            var s = z[2] / z[0];
            return 4 * z[1] * (Pow(s, 12.0) - Pow(s, 6.0));
        }, P(1.1, 1, 1), P(2.5, 0.5, 1.2), P(0.95, 1.5, 0.9)),
        new("VanDerWaals", z => 8.314 * z[0] / (z[1] - z[3]) - z[2] / (z[1] * z[1]), P(300, 0.025, 0.364, 4.27e-5), P(250, 1, 0.1, 0.01), P(400, 0.5, 2, 0.05)),
        new("Arrhenius", z => z[0] * Exp(-z[1] / (8.314 * z[2])), P(1e7, 5e4, 300), P(2.5, 1e3, 500), P(1e3, 8e4, 1000)),
        new("MichaelisMenten", z => z[0] * z[2] / (z[1] + z[2]), P(2, 0.5, 1), P(10, 3, 0.2), P(1, 1, 10)),
        new("PlanckNaive", z => z[0] * z[0] * z[0] / (Exp(z[0]) - 1), P(0.5), P(2), P(8)),
        new("CompoundInterest", z => z[0] * Pow(1 + z[1] / 12, 12 * z[2]), P(1000, 0.05, 10), P(1, 0.2, 1.5), P(500, -0.03, 3)),
        new("BlackScholesCall", z =>
        {
            const double p = 0.2316419, b1 = 0.319381530, b2 = -0.356563782, b3 = 1.781477937, b4 = -1.821255978, b5 = 1.330274429;
            double invSqrt2Pi = 1 / Math.Sqrt(2 * Math.PI);
            Complex s = z[0], k = z[1], t = z[2], r = z[3], sigma = z[4];
            var sqrtT = Sqrt(t);
            var d1 = (Log(s / k) + (r + 0.5 * sigma * sigma) * t) / (sigma * sqrtT);
            var d2 = d1 - sigma * sqrtT;
            Complex Cdf(Complex d)
            {
                var a = AbsC(d);
                var kk = 1 / (1 + p * a);
                var tail = Exp(-0.5 * a * a) * invSqrt2Pi * kk * (b1 + kk * (b2 + kk * (b3 + kk * (b4 + kk * b5))));
                return d.Real >= 0 ? 1 - tail : tail;
            }
            return s * Cdf(d1) - k * Exp(-r * t) * Cdf(d2);
        }, P(100, 100, 1, 0.05, 0.2), P(90, 110, 0.5, 0.01, 0.3), P(120, 80, 2, 0.03, 0.25)),
    };
}
