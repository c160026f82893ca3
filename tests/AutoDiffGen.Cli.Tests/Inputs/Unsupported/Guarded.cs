using System;
using AutoDiffGen;

namespace Viewer.Samples;

public static partial class Guarded
{
    [Differentiable]
    public static double SafeLog(double x)
    {
        try
        {
            return Math.Log(x);
        }
        catch (ArgumentException)
        {
            return 0.0;
        }
    }

    [Differentiable]
    public static double Square(double x) => x * x;
}
