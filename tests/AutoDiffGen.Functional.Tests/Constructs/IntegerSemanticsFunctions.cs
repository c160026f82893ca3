using System;

namespace AutoDiffGen.Functional.Tests.Constructs;

/// <summary>
/// Integer and literal semantics the generated forward pass must keep exactly: integer division and
/// remainder, unchecked overflow, float literals widened to double (0.1f ≠ 0.1), int→float conversions.
/// </summary>
public static partial class IntegerSemanticsFunctions
{
    [Differentiable] public static double IntDivision(double x, int n) => n / 2 * x;
    [Differentiable] public static double IntDivisionOfLiterals(double x) => 1 / 2 * x + x;
    [Differentiable] public static double IntRemainder(double x, int n) => n % 3 * x;
    [Differentiable] public static double FloatLiteralInDouble(double x) => x * 0.1f;
    [Differentiable] public static double ConstFloatInDouble(double x) { const float c = 0.1f; return c * x; }
    [Differentiable] public static double LiteralSpellings(double x) => x * 1_000.5 + .5 * x + 1e-3 * x + 0x10 * x + 2d * x;
    [Differentiable] public static double IntParameterReassigned(double x, int n) { n = n * 2; n++; return n * x; }
    [Differentiable] public static double BoolLocals(double x) { bool b = x > 0; bool c = !b; if (c) return -x; return x * x; }
    [Differentiable] public static double SignIntDivision(double x) => Math.Sign(x) / 2 * x + x;
    [Differentiable] public static double FloatArithmeticInDouble(double x) { float a = (float)x; float b = a * 0.1f; return b * x; }
    [Differentiable] public static double UncheckedOverflow(double x, int n) => unchecked(n * 1000000) * x;
    [Differentiable] public static double CompoundDivideByInt(double x, int n) { double s = x * x; s /= n; return s; }
    [Differentiable] public static double MixedLongInt(double x, long m, int n) => (m + n) * x / (n - m);
    [Differentiable] public static float FloatDivideByInt(float x, int n) => x / n + n / 2 * x;
    [Differentiable] public static double NestedMathCalls(double x) => Math.Max(Math.Min(x, 2), Math.Abs(Math.Sin(x)));
}
