using System;

namespace AutoDiffGen.Functional.Tests.Arrays;

/// <summary>Array and span parameters whose elements the method writes: differentiated through a copy.</summary>
public static partial class WrittenParameterFunctions
{
    /// <summary>An in-place prefix recurrence s[i] += w·s[i−1] over a span, then its last element.</summary>
    [Differentiable]
    public static double InPlaceRecurrence(Span<double> s, double w)
    {
        for (int i = 1; i < s.Length; i++) s[i] += w * s[i - 1];
        return s[s.Length - 1];
    }

    /// <summary>Normalises an array in place by its first element, then sums squares (foreach walks the changed values).</summary>
    [Differentiable]
    public static double NormalizeInPlace(double[] a)
    {
        double first = a[0];
        for (int i = 0; i < a.Length; i++) a[i] /= first;
        double s = 0;
        foreach (double v in a) s += v * v;
        return s;
    }
}
