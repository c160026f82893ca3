using System;

namespace AutoDiffGen.Functional.Tests.TrainingTests;

/// <summary>Mean, variance and tail fraction of a sample, for the initialiser tests.</summary>
internal static class SampleStatistics
{
    public static double Mean(ReadOnlySpan<double> x)
    {
        double sum = 0.0;
        foreach (double v in x) sum += v;
        return sum / x.Length;
    }

    /// <summary>The population variance about the true mean 0 (every initialiser is centred).</summary>
    public static double VarianceAboutZero(ReadOnlySpan<double> x)
    {
        double sum = 0.0;
        foreach (double v in x) sum += v * v;
        return sum / x.Length;
    }

    public static double FractionWithin(ReadOnlySpan<double> x, double bound)
    {
        int inside = 0;
        foreach (double v in x) if (Math.Abs(v) <= bound) inside++;
        return (double)inside / x.Length;
    }

    public static double MaxMagnitude(ReadOnlySpan<double> x)
    {
        double max = 0.0;
        foreach (double v in x) max = Math.Max(max, Math.Abs(v));
        return max;
    }
}
