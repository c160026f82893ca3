using System;
using System.Globalization;
using AutoDiffGen.Functional.Tests.Rules;
using Xunit.Sdk;

namespace AutoDiffGen.Functional.Tests.Stability;

/// <summary>
/// Assertions against the catalogue's exact (mpmath) values, and against the naive twin failing.
/// Tolerances follow stability-catalog.md §6: 1e-12 relative; results below the normal range compare
/// by absolute error ≤ 1e-300 (an exact value that is subnormal or "→ 0 in double" is then met by 0 or by
/// the nearest subnormal); an exact ±∞ (out of range) must be met exactly.
/// </summary>
internal static class Exact
{
    public const double Rel = 1e-12;
    public const double Abs = 1e-300;

    public static void Equal(double expected, double actual, string what, double at)
    {
        if (expected.Equals(actual)) return;
        bool ok = double.IsFinite(expected) && double.IsFinite(actual)
            && Math.Abs(actual - expected) <= Math.Max(Rel * Math.Abs(expected), Abs);
        if (!ok) Fail(what, at, expected, actual);
    }

    /// <summary>A naive result that misses the exact one: NaN, a wrong infinity, or more than 1e-9 relative off
    /// (absolute 1e-300 for exact values below the normal range).</summary>
    public static bool IsBroken(double exact, double naive)
    {
        if (double.IsNaN(naive) || double.IsInfinity(naive) != double.IsInfinity(exact)) return true;
        if (double.IsInfinity(exact)) return naive != exact;
        return Math.Abs(naive - exact) > Math.Max(1e-9 * Math.Abs(exact), Abs);
    }

    /// <summary>Value and derivative of a one-argument method at a catalogue point.</summary>
    public static void Point(Gradient1 f, double x, double value, double derivative, string name)
    {
        double v = f(x, out double d);
        Equal(value, v, name + " value", x);
        Equal(derivative, d, name + " d/dx", x);
    }

    /// <summary>
    /// The rewrites-off twin misses the exact value or derivative at this point, so the rewritten method,
    /// which meets both, must have taken the stable path (a rewrite silently not applied fails here).
    /// </summary>
    public static void TwinFails(Gradient1 twin, double x, double value, double derivative, string name)
    {
        double v = twin(x, out double d);
        if (IsBroken(value, v) || IsBroken(derivative, d)) return;
        throw new XunitException(string.Format(CultureInfo.InvariantCulture,
            "{0} at {1:R}: the rewrites-off twin gives ({2:R}, {3:R}), as good as the exact ({4:R}, {5:R}); the point does not show the rewrite.",
            name, x, v, d, value, derivative));
    }

    /// <summary>Two-argument version of <see cref="TwinFails(Gradient1, double, double, double, string)"/>.</summary>
    public static void TwinFails(Gradient2 twin, double x, double y, double value, double dX, double dY, string name)
    {
        double v = twin(x, y, out double gx, out double gy);
        if (IsBroken(value, v) || IsBroken(dX, gx) || IsBroken(dY, gy)) return;
        throw new XunitException(string.Format(CultureInfo.InvariantCulture,
            "{0} at ({1:R}, {2:R}): the rewrites-off twin gives ({3:R}, {4:R}, {5:R}), as good as the exact; the point does not show the rewrite.",
            name, x, y, v, gx, gy));
    }

    /// <summary>Value and gradient of a two-argument method at a catalogue point.</summary>
    public static void Point(Gradient2 f, double x, double y, double value, double dX, double dY, string name)
    {
        double v = f(x, y, out double gx, out double gy);
        Equal(value, v, name + " value", x);
        Equal(dX, gx, name + " d/d(first)", x);
        Equal(dY, gy, name + " d/d(second)", y);
    }

    /// <summary>Float results against a double reference: relative 1e-6, absolute at the float subnormal spacing.</summary>
    public static void EqualF(double expected, float actual, string what, double at)
    {
        if (expected.Equals(actual)) return;
        bool ok = double.IsFinite(expected) && float.IsFinite(actual)
            && Math.Abs(actual - expected) <= Math.Max(1e-6 * Math.Abs(expected), 1.5e-45);
        if (!ok) Fail(what, at, expected, actual);
    }

    private static void Fail(string what, double at, double expected, double actual) =>
        throw new XunitException(string.Format(CultureInfo.InvariantCulture,
            "{0} at {1:R}: expected {2:R}, actual {3:R} (relative error {4:E3}).",
            what, at, expected, actual, expected == 0 ? double.PositiveInfinity : Math.Abs(actual - expected) / Math.Abs(expected)));
}
