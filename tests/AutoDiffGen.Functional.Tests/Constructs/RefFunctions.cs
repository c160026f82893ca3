using System;

namespace AutoDiffGen.Functional.Tests.Constructs;

/// <summary><c>ref</c> locals as aliases, and static methods with <c>ref</c> parameters, inlined.</summary>
public static partial class RefFunctions
{
    /// <summary>One explicit Euler step of dv/dt = −k·x, dx/dt = v: changes both through ref.</summary>
    public static void EulerStep(ref double x, ref double v, double k, double dt)
    {
        double a = -k * x;
        x += v * dt;
        v += a * dt;
    }

    /// <summary>Adds a squared residual into a running sum and returns the residual.</summary>
    public static double Accumulate(ref double sum, double prediction, double target)
    {
        double r = prediction - target;
        sum += r * r;
        return r;
    }

    /// <summary>A ref method calling another one.</summary>
    public static void TwoSteps(ref double x, ref double v, double k, double dt)
    {
        EulerStep(ref x, ref v, k, dt);
        EulerStep(ref x, ref v, k, dt);
    }

    public static void Twice(ref double v) => v *= 2;

    /// <summary>Elements of a local array passed by ref to an inlined method, in a loop: Σ 2·xᵢ·w.</summary>
    [Differentiable]
    public static double DoubleEach(double x, double w)
    {
        double[] t = { x, x * w, x * w * w };
        double s = 0;
        for (int i = 0; i < t.Length; i++)
        {
            Twice(ref t[i]);
            s += t[i];
        }
        return s;
    }

    /// <summary>n Euler steps of a spring from (x0, 0): the inlined statements sit in a loop and are taped.</summary>
    [Differentiable]
    public static double Spring(double x0, double k, int n)
    {
        double x = x0, v = 0;
        for (int i = 0; i < n; i++) TwoSteps(ref x, ref v, k, 0.1);
        return x;
    }

    /// <summary>A ref method's result used in an expression, and a ref local to a local array element.</summary>
    [Differentiable]
    public static double Residuals(double w, double b)
    {
        double[] errors = new double[2];
        double sum = 0;
        double r0 = 2 * Accumulate(ref sum, w * 1 + b, 3);
        ref double first = ref errors[0];
        first = r0;
        errors[1] = Accumulate(ref sum, w * 2 + b, 5);
        return sum + first * errors[1];
    }
}

/// <summary>ref and in parameters of a [Differentiable] method: the gradient is with respect to the values passed in, and a ref parameter ends with the value the method gives it.</summary>
public static partial class RefParameterFunctions
{
    [Differentiable]
    public static double ScaleInPlace(in double a, ref double b, double c)
    {
        if (a > 0)
        {
            b *= a;
            return b * c;
        }
        return a + b;
    }

    /// <summary>One return, at its end: a caller can inline it.</summary>
    [Differentiable]
    public static double ScaleOnce(in double a, ref double b, double c)
    {
        b *= a;
        return b * c;
    }

    /// <summary>Calls a [Differentiable] method with ref parameters: it is inlined.</summary>
    [Differentiable]
    public static double Caller(double u, double v)
    {
        double p = u, q = v * v;
        double r = ScaleOnce(in u, ref q, 2.0);
        return r + q * p;
    }
}
