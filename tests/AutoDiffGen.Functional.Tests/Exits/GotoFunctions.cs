namespace AutoDiffGen.Functional.Tests.Exits;

/// <summary>Forward gotos: out of nested loops to a common end, and past statements of the same block.</summary>
public static partial class GotoFunctions
{
    [Differentiable]
    public static double OutOfLoops(double x, int n)
    {
        double s = 0;
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                s += x * (i + j);
                if (s > 10) goto done;
            }
            s *= 1.5;
        }
        s = -s;
    done:
        return s * x;
    }

    /// <summary>Two gotos to a label inside the loop body: the rest of the iteration is skipped, the labelled statement runs.</summary>
    [Differentiable]
    public static double SkipInsideLoop(double x, int n)
    {
        double s = 0;
        for (int i = 0; i < n; i++)
        {
            if (i % 2 == 0)
            {
                s += x;
                goto next;
            }
            s *= x;
            if (s > 5) goto next;
            s += 1;
        next:
            s = s * 0.9;
        }
        return s;
    }
}
