using System;

namespace AutoDiffGen.Functional.Tests.Loops;

/// <summary>for / while / do-while bodies whose overwritten values the backward pass must replay from the tape.</summary>
public static partial class LoopFunctions
{
    // y is overwritten every iteration and Sin needs the old y: one tape push per step.
    [Differentiable]
    public static double SinRecurrence(double x, int n)
    {
        double y = x;
        for (int i = 0; i < n; i++)
        {
            y = Math.Sin(y) * x;
        }
        return y;
    }

    // Inner and outer loops, a branch on the loop indices and a branch on a carried value.
    [Differentiable]
    public static double NestedWithIfs(double x, double y, int n, int m)
    {
        double s = 0;
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < m; j++)
            {
                if ((i + j) % 2 == 0)
                {
                    s += x * Math.Cos(s * 0.1 + j);
                }
                else
                {
                    s = s * y + i;
                }
            }
            if (s > 10)
            {
                s = s * 0.5;
            }
        }
        return s;
    }

    // The trip count depends on a double the loop itself computes.
    [Differentiable]
    public static double WhileDoubleCondition(double x, double y)
    {
        double s = x;
        int k = 0;
        while (s < 100.0 && k < 50)
        {
            s = s * 1.5 + y * y;
            k++;
        }
        return s * y;
    }

    // do/while runs the body at least once, even for n = 0.
    [Differentiable]
    public static double DoWhileProduct(double x, int n)
    {
        double p = 1;
        int i = 0;
        do
        {
            p = p * (x + i);
            i++;
        }
        while (i < n);
        return p;
    }

    // A loop-carried sum whose terms read only the parameter (nothing to tape for s).
    [Differentiable]
    public static double PowerSeries(double x, int n)
    {
        double s = 0;
        for (int i = 1; i <= n; i++)
        {
            s += Math.Pow(x, i) / i + Math.Exp(-i * x);
        }
        return s;
    }

    // A float recurrence with MathF.
    [Differentiable]
    public static float FloatSinSum(float x, int n)
    {
        float s = 0f;
        for (int i = 1; i <= n; i++)
        {
            s += MathF.Sin(x * i) * x;
        }
        return s;
    }

    // Newton's square root: r starts at a constant and is carried through a while with a double condition.
    [Differentiable]
    public static double NewtonSqrt(double x)
    {
        double r = 1;
        int k = 0;
        while (Math.Abs(r * r - x) > 1e-15 * x && k < 60)
        {
            r = 0.5 * (r + x / r);
            k++;
        }
        return r;
    }
}
