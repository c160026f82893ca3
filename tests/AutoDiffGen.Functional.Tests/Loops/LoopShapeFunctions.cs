using System;

namespace AutoDiffGen.Functional.Tests.Loops;

/// <summary>
/// Loop shapes that stress the lowering: user names equal to the generator's helpers, parameters
/// reassigned in the loop, a double loop counter, several declarators and incrementors, a triangular
/// nest, a loop inside a branch, chained assignment in a loop, a condition reading an array.
/// </summary>
public static partial class LoopShapeFunctions
{
    // Locals named like the generated tape, counters, temporaries and result.
    [Differentiable]
    public static double HelperNames(double x, int n)
    {
        double tape = x;
        double iterations = 0;
        double result = 1;
        double t0 = 0.5;
        int iterations_1 = 0;
        for (int i = 0; i < n; i++)
        {
            t0 = Math.Sin(tape) * t0 + x;
            tape = tape * 0.9 + t0;
            iterations += tape;
            iterations_1++;
        }
        result = iterations * result + iterations_1;
        return result;
    }

    // A loop-carried local named like a generated temporary (t0), nothing else unusual.
    [Differentiable]
    public static double CarriedT0(double x, int n)
    {
        double t0 = 0.5;
        for (int i = 0; i < n; i++)
        {
            t0 = t0 * x + 1;
        }
        return t0;
    }

    // The same with an ordinary name.
    [Differentiable]
    public static double CarriedQ(double x, int n)
    {
        double q = 0.5;
        for (int i = 0; i < n; i++)
        {
            q = q * x + 1;
        }
        return q;
    }

    // q is carried from one iteration to the next, and read again after its update by p.
    [Differentiable]
    public static double CarriedAndReadAfterUpdate(double x, int n)
    {
        double q = 0.5;
        double p = 0;
        for (int i = 0; i < n; i++)
        {
            q = q * x + 1;
            p = p + q;
        }
        return p;
    }

    // The same, with q starting from the parameter.
    [Differentiable]
    public static double CarriedFromParameterAndReadAfterUpdate(double x, int n)
    {
        double q = x;
        double p = 0;
        for (int i = 0; i < n; i++)
        {
            q = q * x + 1;
            p = p + q;
        }
        return p;
    }

    // The parameter itself is overwritten in the loop.
    [Differentiable]
    public static double ParameterReassigned(double x, double y, int n)
    {
        for (int i = 0; i < n; i++)
        {
            x = x * Math.Cos(y) + 0.1;
            y = y - x * 0.01;
        }
        return x * y;
    }

    // A double loop counter whose trip count depends on x (piecewise: the derivative ignores the count).
    [Differentiable]
    public static double DoubleCounter(double x)
    {
        double s = 0;
        for (double t = 0; t < x; t += 0.25)
        {
            s += t * x;
        }
        return s;
    }

    // Two declarators and two incrementors.
    [Differentiable]
    public static double TwoCounters(double x, int n)
    {
        double s = 0;
        for (int i = 0, j = n; i < j; i++, j--)
        {
            s = s * x + (j - i);
        }
        return s;
    }

    // A triangular nest: the inner trip count depends on the outer index.
    [Differentiable]
    public static double Triangular(double x, int n)
    {
        double s = 1;
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < i; j++)
            {
                s = s * x + Math.Sqrt(s * s + 1);
            }
        }
        return s;
    }

    // A loop that runs only on one branch, then an early return after it.
    [Differentiable]
    public static double LoopInBranch(double x, int n)
    {
        double s = x;
        if (x > 0)
        {
            int k = 0;
            while (k < n)
            {
                s = Math.Exp(-s) + x;
                k++;
            }
            return s;
        }
        return s * s;
    }

    // Chained assignment inside a loop body.
    [Differentiable]
    public static double ChainedInLoop(double x, int n)
    {
        double a = x, b = 0;
        for (int i = 0; i < n; i++)
        {
            a = b = a * x + b;
        }
        return a + b;
    }

    // A condition that reads the array; the body reads past entries.
    [Differentiable]
    public static double ConditionReadsArray(double[] xs, double limit)
    {
        double s = 0;
        int k = 0;
        while (k < xs.Length && xs[k] < limit)
        {
            s += xs[k] * xs[k] * limit;
            k++;
        }
        return s;
    }

    // A long counter and a bool local carried across iterations.
    [Differentiable]
    public static double LongCounterAndFlag(double x, long n)
    {
        double s = x;
        bool flip = false;
        for (long i = 0; i < n; i++)
        {
            s = flip ? s * x : s + Math.Tanh(s);
            flip = !flip;
        }
        return s;
    }

    // u restarts at a constant on every outer iteration and is carried across the inner one.
    [Differentiable]
    public static double InnerCarriedFromConstant(double x, int n, int m)
    {
        double s = 0;
        for (int i = 0; i < n; i++)
        {
            double u = 1;
            for (int j = 0; j < m; j++)
            {
                u = u * x + j;
            }
            s += u * i;
        }
        return s;
    }

    // Verbatim identifiers for an array and a scalar parameter.
    [Differentiable]
    public static double Verbatim(double[] @in, double @double)
    {
        double @s = 0;
        foreach (double @v in @in)
        {
            @s += @v * @double;
        }
        return @s;
    }

    private const bool Enabled = true;

    // Hypot in a loop, and a method that ends in "if (constant true) return …;".
    [Differentiable]
    public static double HypotWalkEndsInConstantIf(double x, double y, int n)
    {
        double r = y;
        for (int i = 0; i < n; i++)
        {
            r = double.Hypot(r, x) * 0.5;
        }
        if (Enabled) return r;
    }

    // Two loops in a row with the same counter name, and a counter also stepped inside the body.
    [Differentiable]
    public static double SequentialLoops(double x, int n)
    {
        double s = x;
        for (int i = 0; i < n; i++)
        {
            s = s * Math.Cos(x + i);
            i += 1;
        }
        for (int i = 0; i < n; i++)
        {
            s = s + Math.Atan2(s, x + i);
        }
        return s;
    }

    // foreach over [NoDiff] data with a differentiable scalar.
    [Differentiable]
    public static double ForeachNoDiffSpan([NoDiff] ReadOnlySpan<double> data, double theta)
    {
        double s = 0;
        foreach (double d in data)
        {
            s += Math.Exp(-theta * d) * d;
        }
        return s;
    }
}
