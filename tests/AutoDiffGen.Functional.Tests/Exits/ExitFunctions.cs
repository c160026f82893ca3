using System;

namespace AutoDiffGen.Functional.Tests.Exits;

/// <summary>Loops left by break, continue and return, and switch statements and expressions.</summary>
public static partial class ExitFunctions
{
    // Stops once the carried value passes a threshold: the trip count depends on x.
    [Differentiable]
    public static double BreakWhenLarge(double x, int n)
    {
        double y = x;
        for (int i = 0; i < n; i++)
        {
            if (y > 4.0) break;
            y = y * x + Math.Sin(y);
        }
        return y;
    }

    // Skips every third step; the for loop's increment still runs after continue.
    [Differentiable]
    public static double ContinueEveryThird(double x, double w, int n)
    {
        double s = 0;
        for (int i = 0; i < n; i++)
        {
            if (i % 3 == 2) continue;
            s = s * w + Math.Cos(x * i);
        }
        return s;
    }

    // Returns from inside the loop with a value computed there.
    [Differentiable]
    public static double ReturnInsideLoop(double x, double limit)
    {
        double y = x;
        for (int i = 0; i < 50; i++)
        {
            y = y * 1.5 + x;
            if (y > limit) return y * limit;
        }
        return -y;
    }

    // A return from the inner loop leaves both loops.
    [Differentiable]
    public static double ReturnFromNestedLoop(double x, int n)
    {
        double s = 1;
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                s = s * x + j;
                if (s > 100) return Math.Log(s);
            }
            s = s - i;
        }
        return s;
    }

    // break in a while(true), continue in a do/while, and a break of only the inner loop.
    [Differentiable]
    public static double MixedExits(double x, double y)
    {
        double s = x;
        int k = 0;
        while (true)
        {
            k++;
            s = s * y + 0.1;
            if (k >= 6) break;
        }
        int m = 0;
        do
        {
            m++;
            if (m == 2) continue;
            s += Math.Sin(s * m);
        }
        while (m < 4);
        for (int i = 0; i < 3; i++)
        {
            for (int j = 0; j < 10; j++)
            {
                if (j > i) break;
                s = s + x * j;
            }
        }
        return s;
    }

    // foreach over an array: stop at the first negative element.
    [Differentiable]
    public static double SumUntilNegative(double[] values, double scale)
    {
        double s = 0;
        foreach (double v in values)
        {
            if (v < 0) break;
            s += scale * v * v;
        }
        return s;
    }

    // A switch statement over an int with a shared section, a goto case and a default.
    [Differentiable]
    public static double SwitchOnMode(double x, int mode)
    {
        double r = x;
        switch (mode)
        {
            case 0:
                r = x * x;
                break;
            case 1:
            case 2:
                r = Math.Sin(x) * mode;
                break;
            case 3:
                r = r + 1;
                goto case 0;
            default:
                return Math.Exp(x);
        }
        return r * x;
    }

    // Relational patterns in a switch expression, an 'is' pattern, and a switch inside a loop with continue.
    [Differentiable]
    public static double Patterns(double x, int n)
    {
        double s = x switch
        {
            < -1.0 => -x,
            >= -1.0 and < 1.0 => x * x,
            _ => Math.Sqrt(x),
        };
        if (x is > 0.5 and < 2.0) s += x;
        for (int i = 0; i < n; i++)
        {
            switch (i % 3)
            {
                case 0:
                    s = s * x;
                    break;
                case 1:
                    continue;
                default:
                    s = s + Math.Cos(s);
                    break;
            }
            s = s * 0.9;
        }
        return s;
    }

    [Differentiable]
    public static float BreakFloat(float x, int n)
    {
        float y = x;
        for (int i = 0; i < n; i++)
        {
            if (y > 4f) break;
            y = y * x + MathF.Sin(y);
        }
        return y;
    }
}
