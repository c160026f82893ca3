using System;
using System.Globalization;
using Xunit.Sdk;

namespace AutoDiffGen.Functional.Tests.StableMathTests;

/// <summary>Closeness in units of ε = 2⁻⁵², with exact equality for ±∞ and NaN.</summary>
public static class StableMathAssert
{
    private const double Eps = 2.220446049250313e-16;
    private const double DoubleMinNormal = 2.2250738585072014E-308;

    /// <summary>
    /// |actual − expected| ≤ maxEps · ε · max(|expected|, 2⁻¹⁰²²): relative for normal results, absolute (a few
    /// subnormal steps) below; ±∞ and NaN must match exactly.
    /// </summary>
    public static void Near(double expected, double actual, double maxEps = 4.0, string what = "")
    {
        if (double.IsInfinity(expected) || double.IsNaN(expected))
        {
            if (!expected.Equals(actual))
            {
                throw new XunitException(Message(expected, actual, what, "exactly"));
            }

            return;
        }

        double error = Math.Abs(actual - expected);
        if (!(error <= maxEps * Eps * Math.Max(Math.Abs(expected), DoubleMinNormal)))
        {
            throw new XunitException(Message(expected, actual, what,
                string.Create(CultureInfo.InvariantCulture, $"within {maxEps} ε (error {error / (Eps * Math.Max(Math.Abs(expected), DoubleMinNormal)):G3} ε)")));
        }
    }

    /// <summary>The float version: within <paramref name="maxUlps"/> float ulps (2⁻²³ relative).</summary>
    public static void Near(float expected, float actual, double maxUlps = 2.0, string what = "")
    {
        if (float.IsInfinity(expected) || float.IsNaN(expected))
        {
            if (!expected.Equals(actual))
            {
                throw new XunitException(Message(expected, actual, what, "exactly"));
            }

            return;
        }

        double error = Math.Abs((double)actual - expected);
        if (!(error <= maxUlps * 1.1920928955078125e-7 * Math.Max(Math.Abs(expected), 1.17549435E-38f)))
        {
            throw new XunitException(Message(expected, actual, what, $"within {maxUlps} float ulps"));
        }
    }

    private static string Message(double expected, double actual, string what, string how) =>
        string.Create(CultureInfo.InvariantCulture, $"{what}: expected {expected:R} {how}, got {actual:R}");
}
