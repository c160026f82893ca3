using System;

namespace ToyModelSample;

/// <summary>
/// Part 1 of the sample: the value and gradient at one point, and ∂ℓ/∂ω0 checked against two
/// independent references (the closed form derived by hand, and a central finite difference).
/// </summary>
public static class GradientCheck
{
    public static void Run(double x, double y, ToyParameters at)
    {
        double[] p = at.Values;
        double loss = ToyModel.LossGradient(x, y, p[0], p[1], p[2], p[3], p[4], p[5], p[6], p[7],
            out double dBeta0, out double dOmega0, out double dBeta1, out double dOmega1,
            out double dBeta2, out double dOmega2, out double dBeta3, out double dOmega3);
        double[] gradient = { dBeta0, dOmega0, dBeta1, dOmega1, dBeta2, dOmega2, dBeta3, dOmega3 };

        Console.WriteLine($"Loss(x = {x}, y = {y}, …) = {loss:R}");
        Console.WriteLine("Gradient from the generated LossGradient:");
        for (int i = 0; i < gradient.Length; i++)
        {
            Console.WriteLine($"  ∂ℓ/∂{ToyParameters.Names[i],-6} = {gradient[i],24:R}");
        }

        double closedForm = ClosedFormDOmega0(x, y, p);
        double finiteDifference = CentralDifference(x, y, at, index: 1);
        Console.WriteLine();
        Console.WriteLine("∂ℓ/∂ω0 three ways:");
        Console.WriteLine($"  generated            {dOmega0,24:R}");
        Console.WriteLine($"  closed form          {closedForm,24:R}   relative error {RelativeError(dOmega0, closedForm):0.0e+00}");
        Console.WriteLine($"  central difference   {finiteDifference,24:R}   relative error {RelativeError(dOmega0, finiteDifference):0.0e+00}");
        Console.WriteLine("  (closed form: −2(f3 − y)·ω1ω2ω3·x·cos(f0)·exp(f1)·sin(f2); the finite difference is only good to ~1e-9)");
    }

    /// <summary>∂ℓ/∂ω0 by the chain rule on paper, written without looking at the generated code.</summary>
    private static double ClosedFormDOmega0(double x, double y, double[] p)
    {
        double beta0 = p[0], omega0 = p[1], beta1 = p[2], omega1 = p[3];
        double beta2 = p[4], omega2 = p[5], beta3 = p[6], omega3 = p[7];
        double f0 = beta0 + omega0 * x;
        double f1 = beta1 + omega1 * Math.Sin(f0);
        double f2 = beta2 + omega2 * Math.Exp(f1);
        double f3 = beta3 + omega3 * Math.Cos(f2);
        return -2.0 * (f3 - y) * omega1 * omega2 * omega3 * x * Math.Cos(f0) * Math.Exp(f1) * Math.Sin(f2);
    }

    /// <summary>(ℓ(p + h·e_i) − ℓ(p − h·e_i)) / 2h, with h scaled to the parameter.</summary>
    private static double CentralDifference(double x, double y, ToyParameters at, int index)
    {
        double h = 1e-6 * Math.Max(1.0, Math.Abs(at.Values[index]));
        ToyParameters plus = at.Clone(), minus = at.Clone();
        plus.Values[index] += h;
        minus.Values[index] -= h;
        return (plus.Loss(x, y) - minus.Loss(x, y)) / (2.0 * h);
    }

    private static double RelativeError(double actual, double expected) =>
        Math.Abs(actual - expected) / Math.Max(Math.Abs(expected), double.Epsilon);
}
