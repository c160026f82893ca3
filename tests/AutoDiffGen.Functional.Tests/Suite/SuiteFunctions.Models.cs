using System;

namespace AutoDiffGen.Functional.Tests.Suite;

// Small statistical and neural models, written out by hand.
public static partial class SuiteFunctions
{
    // 2 inputs → 2 tanh hidden units → 1 linear output, squared error against a fixed target.
    [Differentiable]
    public static double TinyNet(double w11, double w12, double w21, double w22, double b1, double b2, double v1, double v2, double c)
    {
        const double x1 = 0.5, x2 = -1.2, target = 0.3;
        double h1 = Math.Tanh(w11 * x1 + w12 * x2 + b1);
        double h2 = Math.Tanh(w21 * x1 + w22 * x2 + b2);
        double o = v1 * h1 + v2 * h2 + c;
        double e = o - target;
        return 0.5 * e * e;
    }

    [Differentiable]
    public static double GaussianLogDensity(double x, double mu, double sigma)
    {
        double z = (x - mu) / sigma;
        return -0.5 * z * z - Math.Log(sigma) - 0.5 * Math.Log(2 * Math.PI);
    }

    [Differentiable]
    public static double CauchyLogDensity(double x, double x0, double gamma)
    {
        double u = (x - x0) / gamma;
        return -Math.Log(Math.PI * gamma * (1 + u * u));
    }

    // Binary cross-entropy of a logistic regression on one sample (x = 1.7, label 1), written naively.
    [Differentiable]
    public static double LogisticLoss(double w, double b)
    {
        const double x = 1.7, y = 1.0;
        double p = 1 / (1 + Math.Exp(-(w * x + b)));
        return -(y * Math.Log(p) + (1 - y) * Math.Log(1 - p));
    }

    [Differentiable]
    public static double CosineSimilarity(double a1, double a2, double a3, double b1, double b2, double b3)
    {
        double dot = a1 * b1 + a2 * b2 + a3 * b3;
        double na = Math.Sqrt(a1 * a1 + a2 * a2 + a3 * a3);
        double nb = Math.Sqrt(b1 * b1 + b2 * b2 + b3 * b3);
        return dot / (na * nb);
    }
}
