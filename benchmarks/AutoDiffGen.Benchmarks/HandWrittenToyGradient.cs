using System;

namespace AutoDiffGen.Benchmarks;

/// <summary>
/// The gradient of <see cref="ToyModel.Loss"/> derived by hand, the way a careful programmer would
/// write it: one forward pass keeping each intermediate, then the chain rule backwards, each
/// transcendental evaluated once. This is the yardstick the generated code is held to (≤ 1.1×).
/// </summary>
public static class HandWrittenToyGradient
{
    public static double Loss(double x, double y,
        double beta0, double omega0, double beta1, double omega1,
        double beta2, double omega2, double beta3, double omega3,
        out double dBeta0, out double dOmega0, out double dBeta1, out double dOmega1,
        out double dBeta2, out double dOmega2, out double dBeta3, out double dOmega3)
    {
        double f0 = beta0 + omega0 * x;
        double h1 = Math.Sin(f0);
        double f1 = beta1 + omega1 * h1;
        double h2 = Math.Exp(f1);
        double f2 = beta2 + omega2 * h2;
        double h3 = Math.Cos(f2);
        double f3 = beta3 + omega3 * h3;
        double r = f3 - y;

        // ℓ = r², so ∂ℓ/∂f3 = 2r; then f3 → f2 → f1 → f0, one factor per stage.
        double gF3 = 2.0 * r;
        double gF2 = -gF3 * omega3 * Math.Sin(f2); // h3 = cos f2
        double gF1 = gF2 * omega2 * h2;            // h2 = exp f1
        double gF0 = gF1 * omega1 * Math.Cos(f0);  // h1 = sin f0

        dBeta3 = gF3;
        dOmega3 = gF3 * h3;
        dBeta2 = gF2;
        dOmega2 = gF2 * h2;
        dBeta1 = gF1;
        dOmega1 = gF1 * h1;
        dBeta0 = gF0;
        dOmega0 = gF0 * x;
        return r * r;
    }
}
