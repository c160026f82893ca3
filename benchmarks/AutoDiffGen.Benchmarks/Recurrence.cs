using System;

namespace AutoDiffGen.Benchmarks;

/// <summary>A looping scalar function: y ← sin(y)·x, repeated <c>steps</c> times from y0.</summary>
public static partial class Recurrence
{
    [Differentiable]
    public static double Iterate(double x, double y0, int steps)
    {
        double y = y0;
        for (int i = 0; i < steps; i++)
        {
            y = Math.Sin(y) * x;
        }
        return y;
    }
}

/// <summary>
/// The same gradient by hand, as a careful programmer writes it: the forward pass keeps every y on a
/// stack buffer (no heap allocation), the backward pass walks it in reverse. Up to 128 steps.
/// </summary>
public static class HandWrittenRecurrence
{
    public static double Gradient(double x, double y0, int steps, out double dX, out double dY0)
    {
        Span<double> ys = stackalloc double[128];
        double y = y0;
        for (int i = 0; i < steps; i++)
        {
            ys[i] = y;
            y = Math.Sin(y) * x;
        }

        double dY = 1.0;
        dX = 0.0;
        for (int i = steps - 1; i >= 0; i--)
        {
            double previous = ys[i];
            double s = Math.Sin(previous);
            dX += dY * s;
            dY *= x * Math.Cos(previous);
        }
        dY0 = dY;
        return y;
    }
}
