using System;

namespace AutoDiffGen.Functional.Tests.Constructs;

/// <summary>Declarations and statement shapes: var, several declarators, else-if chains, blocks, names that resemble generated ones.</summary>
public static partial class StatementShapeFunctions
{
    private static readonly float FloatScale = 1.5f;

    [Differentiable] public static double VarLocals(double x) { var y = x * x; var z = Math.Sin(y); return z; }

    [Differentiable] public static double SeveralDeclarators(double x, double y) { double a = x * y, b = a + x; return a * b; }

    [Differentiable]
    public static double ElseIfChain(double x)
    {
        double r;
        if (x < 0) r = -x;
        else if (x < 1) r = x * x;
        else r = Math.Sqrt(x);
        return r;
    }

    [Differentiable]
    public static double AllComparisons(double x, double y)
    {
        if (x == y) return x;
        if (x != 2 && x >= y && y <= 3) return x * y;
        return y * y;
    }

    [Differentiable] public static double ReturnsInt(double x, int n) { if (x > 0) return n; return x * n; }

    [Differentiable] public static double IntCastOfActive(double x) => (int)x * x;

    [Differentiable] public static double IntCompoundIntoDouble(double x, int n) { double s = x; s += n; s *= n; return s; }

    [Differentiable] public static double LongLocal(double x) { long m = 3; m *= 2; return m * x; }

    [Differentiable] public static double TernaryInsideCondition(double x) { if ((x > 0 ? x : -x) > 1) return x * x; return x; }

    [Differentiable]
    public static double ReassignedThenTestedAgain(double x)
    {
        double a = x;
        if (a > 1) a = a / 2;
        if (a > 0.7) a = a * a;
        return a;
    }

    // Same local name t declared in both branch blocks.
    [Differentiable]
    public static double BlockScopedLocals(double x)
    {
        if (x > 0) { double t = x * 2; x = t * t; }
        else { double t = x - 1; x = t * x; }
        return x;
    }

    [Differentiable] public static double BareBlock(double x) { { double t = x * x; x = t; } return x; }

    // Locals whose names the generator also likes to use.
    [Differentiable] public static double LocalNamedResult(double x) { double result = x * x; return result * x; }
    [Differentiable] public static double LocalNamedT0(double x) { double t0 = Math.Sin(x); return x > 0 ? t0 * x : t0; }
    [Differentiable] public static double LocalLikeAnAdjoint(double a) { double b = a * a; double dB = b + 1; return dB * b; }

    // Parameters named like generated locals.
    [Differentiable] public static double ParameterNamedResult(double result, double x) => result * x;
    [Differentiable] public static double ParameterNamedT0(double t0, double x) => Math.Sin(t0) * x + Math.Sin(t0);
    [Differentiable] public static double ParameterNamedDT0(double dT0, double x) => x > 0 ? dT0 * x : x;
    [Differentiable] public static double LocalNamedDResult(double x) { double dResult = x * 3; return dResult * x; }

    // Parameter names: non-ASCII and leading underscore.
    [Differentiable] public static double GreekName(double α) => α * α * α;
    [Differentiable] public static double UnderscoreName(double _x) => _x * _x;

    [Differentiable] public static float FloatWithIntLiterals(float x) { float y = x * 2; y /= 3; return y * x; }
    [Differentiable] public static double FloatFieldInDouble(double x) => FloatScale * x;
    [Differentiable] public static double FloatParamDoubleReturn(float x) => float.IsNaN(x) ? 0 : x * x;

    // Overloads: both must be generated (distinct hint names).
    [Differentiable] public static double Overloaded(double x) => x * x;
    [Differentiable] public static double Overloaded(double x, double y) => x * y * y;
}
