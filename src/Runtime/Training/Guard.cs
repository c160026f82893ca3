using System;
using System.Numerics;

namespace AutoDiffGen.Training;

/// <summary>Argument checks shared by the training helpers, so every one throws the same way.</summary>
internal static class Guard
{
    /// <summary>Throws unless the two lengths agree; names the second span, the one the caller got wrong.</summary>
    public static void SameLength(int expected, int actual, string paramName)
    {
        if (expected != actual)
        {
            throw new ArgumentException(
                $"The span has {actual} elements where {expected} are expected.", paramName);
        }
    }

    /// <summary>Throws unless <paramref name="value"/> is finite and ≥ 0 (NaN fails).</summary>
    public static void NonNegativeFinite<T>(T value, string paramName)
        where T : IFloatingPointIeee754<T>
    {
        if (!(value >= T.Zero) || !T.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(paramName, value, "Must be finite and not negative.");
        }
    }

    /// <summary>Throws unless <paramref name="value"/> is finite and &gt; 0 (NaN fails).</summary>
    public static void PositiveFinite<T>(T value, string paramName)
        where T : IFloatingPointIeee754<T>
    {
        if (!(value > T.Zero) || !T.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(paramName, value, "Must be finite and positive.");
        }
    }

    /// <summary>Throws unless 0 ≤ <paramref name="value"/> &lt; 1: a decay rate of 1 would never forget.</summary>
    public static void UnitInterval<T>(T value, string paramName)
        where T : IFloatingPointIeee754<T>
    {
        if (!(value >= T.Zero && value < T.One))
        {
            throw new ArgumentOutOfRangeException(paramName, value, "Must be in [0, 1).");
        }
    }

    /// <summary>Throws unless <paramref name="value"/> &gt; 0.</summary>
    public static void Positive(int value, string paramName)
    {
        if (value <= 0)
        {
            throw new ArgumentOutOfRangeException(paramName, value, "Must be positive.");
        }
    }
}
