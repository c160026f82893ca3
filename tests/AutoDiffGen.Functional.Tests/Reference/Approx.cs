using System;
using System.Globalization;
using Xunit.Sdk;

namespace AutoDiffGen.Functional.Tests.Reference;

/// <summary>Relative-error assertions whose failure message says which partial, at which point, and by how much.</summary>
internal static class Approx
{
    /// <summary>The bar for double gradients against complex step / closed forms (design.md §6).</summary>
    public const double Rel = 1e-12;

    /// <summary>Float gradients compared with the double closed form: a few float ulps.</summary>
    public const double FloatRel = 1e-5;

    /// <summary>
    /// Passes when |actual - expected| ≤ max(rel·|expected|, absFloor). absFloor handles expected values
    /// at or near zero, where a relative bound is meaningless. NaN or infinity never passes unless both
    /// are the identical non-finite value.
    /// </summary>
    public static void AssertClose(double expected, double actual, double rel, double absFloor,
        string parameter = "value", string point = "")
    {
        if (expected.Equals(actual)) return;
        double error = Math.Abs(actual - expected);
        double bound = Math.Max(rel * Math.Abs(expected), absFloor);
        if (!double.IsFinite(actual) || !double.IsFinite(expected) || !(error <= bound))
        {
            double relError = expected == 0 ? double.PositiveInfinity : error / Math.Abs(expected);
            throw new XunitException(string.Format(CultureInfo.InvariantCulture,
                "{0} at {1}: expected {2:R}, actual {3:R}, |error| {4:E3} (relative {5:E3}) exceeds max(rel {6:E1}, abs {7:E1}).",
                parameter, point, expected, actual, error, relError, rel, absFloor));
        }
    }

    /// <summary>AssertClose with the default double tolerance and a tiny absolute floor for exact zeros.</summary>
    public static void Grad(double expected, double actual, string parameter, string point) =>
        AssertClose(expected, actual, Rel, 1e-300, parameter, point);

    /// <summary>
    /// The value MGradient/MBackward return against the method's own: equal to within rounding, since a
    /// stability rewrite computes a fragile formula in its stable form (Pow(x, 3) as x·x·x, a sigmoid as
    /// StableMath.Sigmoid), which can differ in the last bits.
    /// </summary>
    public static void SameValue(double method, double generated, string point = "") =>
        AssertClose(method, generated, 1e-14, 1e-300, "value", point);

    /// <summary>Formats a point for messages: "(x=0.5, y=-2)".</summary>
    public static string At(params (string Name, double Value)[] coordinates)
    {
        var parts = new string[coordinates.Length];
        for (int i = 0; i < coordinates.Length; i++)
        {
            parts[i] = coordinates[i].Name + "=" + coordinates[i].Value.ToString("R", CultureInfo.InvariantCulture);
        }
        return "(" + string.Join(", ", parts) + ")";
    }
}
