using System;

namespace AutoDiffGen.Functional.Tests.Suite;

// Physics, chemistry and finance formulas.
public static partial class SuiteFunctions
{
    [Differentiable] public static double ProjectileRange(double v, double theta, double g) => v * v * Math.Sin(2 * theta) / g;

    [Differentiable] public static double LorentzFactor(double v) => 1 / Math.Sqrt(1 - v * v);

    [Differentiable]
    public static double LennardJones(double r, double epsilon, double sigma)
    {
        double s = sigma / r;
        return 4 * epsilon * (Math.Pow(s, 12) - Math.Pow(s, 6));
    }

    [Differentiable] public static double VanDerWaals(double t, double v, double a, double b) => 8.314 * t / (v - b) - a / (v * v);

    [Differentiable] public static double Arrhenius(double a, double ea, double t) => a * Math.Exp(-ea / (8.314 * t));

    [Differentiable] public static double MichaelisMenten(double vmax, double km, double s) => vmax * s / (km + s);

    [Differentiable] public static double PlanckNaive(double x) => x * x * x / (Math.Exp(x) - 1);

    [Differentiable] public static double CompoundInterest(double p, double r, double t) => p * Math.Pow(1 + r / 12, 12 * t);

    // Black–Scholes call with the Abramowitz–Stegun 26.2.17 normal CDF (no erf), inlined twice because
    // calls to non-Math methods are not supported this milestone. The derivative of this exact formula is
    // what is checked, not of the true Φ.
    [Differentiable]
    public static double BlackScholesCall(double s, double k, double t, double r, double sigma)
    {
        const double p = 0.2316419, b1 = 0.319381530, b2 = -0.356563782, b3 = 1.781477937, b4 = -1.821255978, b5 = 1.330274429;
        double invSqrt2Pi = 1 / Math.Sqrt(2 * Math.PI);
        double sqrtT = Math.Sqrt(t);
        double d1 = (Math.Log(s / k) + (r + 0.5 * sigma * sigma) * t) / (sigma * sqrtT);
        double d2 = d1 - sigma * sqrtT;

        double a1 = Math.Abs(d1);
        double k1 = 1 / (1 + p * a1);
        double tail1 = Math.Exp(-0.5 * a1 * a1) * invSqrt2Pi * k1 * (b1 + k1 * (b2 + k1 * (b3 + k1 * (b4 + k1 * b5))));
        double n1 = d1 >= 0 ? 1 - tail1 : tail1;

        double a2 = Math.Abs(d2);
        double k2 = 1 / (1 + p * a2);
        double tail2 = Math.Exp(-0.5 * a2 * a2) * invSqrt2Pi * k2 * (b1 + k2 * (b2 + k2 * (b3 + k2 * (b4 + k2 * b5))));
        double n2 = d2 >= 0 ? 1 - tail2 : tail2;

        return s * n1 - k * Math.Exp(-r * t) * n2;
    }
}
