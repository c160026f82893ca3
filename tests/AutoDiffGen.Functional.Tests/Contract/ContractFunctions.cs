using System;

namespace AutoDiffGen.Functional.Tests.Contract;

/// <summary>Functions for checking the Gradient/Backward contract (value, seeding, accumulation, accessibility).</summary>
public static partial class ContractFunctions
{
    [Differentiable]
    public static double Mixed(double x, [NoDiff] double c, double y, double z)
    {
        double a = Math.Sin(x * y) + c * z;
        if (a > 0) a = a * Math.Exp(-z);
        else a = a - Math.Log(1 + y * y);
        return x > y ? a * x : a / (1 + z * z);
    }

    [Differentiable]
    public static float MixedF(float x, float y) => MathF.Tanh(x * y) + MathF.Sqrt(x * x + 1f) * y;

    [Differentiable]
    internal static double InternalSquare(double x) => x * x;

    [Differentiable]
    private static double PrivateCube(double x) => x * x * x;

    // No modifier: private by default; the generated members must be private too.
    [Differentiable]
    static double DefaultAccessSquare(double x) => x * x;

    // Keeps PrivateCube "used" for the compiler; the test reaches the generated members through reflection.
    public static double CallPrivateCube(double x) => PrivateCube(x) + DefaultAccessSquare(x);
}

/// <summary>A non-static partial class, so protected accessibilities are legal.</summary>
public partial class ContractAccessibility
{
    [Differentiable]
    protected internal static double ProtectedInternalSquare(double x) => x * x;

    [Differentiable]
    private protected static double PrivateProtectedSquare(double x) => x * x;

    [Differentiable]
    protected static double ProtectedSquare(double x) => x * x;
}

/// <summary>An internal type: a public member stays public (effective accessibility is the type's business).</summary>
internal static partial class InternalContractType
{
    [Differentiable]
    public static double PublicInInternal(double x) => 2 * x;
}
