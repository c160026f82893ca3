using System;
using System.Numerics;
using F = AutoDiffGen.Functional.Tests.Ported.PortedFunctions;

namespace AutoDiffGen.Functional.Tests.Ported;

/// <summary>
/// Cases for the functions ported from Swift (control_flow.swift, simple_math.swift, array.swift). The
/// functions compute in float; their Complex references compute in double, so the tolerance is float's.
/// </summary>
internal static partial class PortedCases
{
    private static Complex Factorial(Complex x) => x.Real == 1 ? 1 : x * Factorial(x - 1);

    private static Complex NestedLoop1Reference(Complex x)
    {
        Complex outer = x;
        for (int k = 0; k < 2; k++)
        {
            outer *= x;
            Complex inner = outer;
            for (int i = 0; i < 2; i++) inner += x;
            outer = inner;
        }
        return outer;
    }

    private static Complex NestedLoop2Reference(Complex x, int count)
    {
        // Swift's nested_loop2 with `break outerLoop`, decided on the real parts.
        Complex outer = x;
        for (int k = 0; k < count; k++)
        {
            outer *= x;
            Complex inner = outer;
            for (int i = 0; i < count; i++)
            {
                inner += x;
                int r = (int)(inner.Real % 7);
                if (r == 0) return outer;
                if (r != 1) continue;
            }
            outer = inner;
        }
        return outer;
    }

    private static Complex Nested3(Complex x, Complex y)
    {
        if (x.Real > 0)
        {
            if (y.Real > 10)
            {
                Complex z = x * y;
                if (z.Real > 100) return x + z;
                if (y.Real == 20) return z + z;
            }
            else
            {
                return x + y;
            }
        }
        return -y;
    }

    private static Complex Guard2(Complex x, Complex y) =>
        x.Real > 0 ? y * y : y.Real > 0 ? x * y : x.Real == -1337 ? x * x : 0;

    private static double TypeCheckOperatorValue(double[] v) =>
        v[1] != 0 ? F.SwiftTypeCheckOperator<int>((float)v[0]) : F.SwiftTypeCheckOperator<double>((float)v[0]);

    private static double TypeCheckOperatorGradient(double[] v, double[] g)
    {
        float dX;
        float r = v[1] != 0 ? F.SwiftTypeCheckOperatorGradient<int>((float)v[0], out dX) : F.SwiftTypeCheckOperatorGradient<double>((float)v[0], out dX);
        g[0] = dX;
        return r;
    }

    private static float[] Floats(double[] v) => Array.ConvertAll(v, d => (float)d);

    private static double SumFirstThreeGradient(double[] v, double[] g)
    {
        var d = new float[v.Length];
        float r = F.SwiftSumFirstThreeGradient(Floats(v), d);
        for (int i = 0; i < d.Length; i++) g[i] = d[i];
        return r;
    }

    /// <summary>cond_tuple_var written out with Complex pairs, as Swift's test states it.</summary>
    private static Complex CondTupleVar(Complex x)
    {
        (Complex a, Complex b) y = (x, x);
        (Complex a, Complex b) z = (x + x, x - x);
        if (x.Real > 0)
        {
            (Complex a, Complex b) w = (x, x);
            y = (w.b, w.a);
            z = (z.a - y.a, z.b + y.a);
        }
        else
        {
            z = (x, x);
        }
        return y.a + y.b - z.a + z.b;
    }

    private static PortedCase[] Swift() => new PortedCase[]
    {
        // control_flow.swift, Conditionals
        new("SwiftCond1", S("SwiftCond1"), z => z[0].Real > 0 ? z[0] * z[0] : z[0] + z[0], P(4), P(-10), P(0.75)),
        new("SwiftCond2", S("SwiftCond2"), z => z[0].Real > 0 ? z[0] * z[0] : z[0].Real == -1337 ? 0 : z[0] + z[0], P(4), P(-10), P(-1337)),
        new("SwiftCond2Var", S("SwiftCond2Var"), z => z[0].Real > 0 ? z[0] * z[0] : z[0].Real == -1337 ? 0 : z[0] + z[0], P(4), P(-10), P(-1337)),
        new("SwiftCond3", S("SwiftCond3"), z => z[0].Real > 0 ? z[0] * z[1] : z[1] - z[0], P(4, 5), P(-3, -2)),
        new("SwiftGuard1", S("SwiftGuard1"), z => z[0].Real > 0 ? z[1] * z[1] : z[0] * z[0], P(4, 5), P(-3, -2)),
        new("SwiftGuard2", S("SwiftGuard2"), z => Guard2(z[0], z[1]), P(4, 5), P(-1337, 5), P(-1337, -5), P(-3, 2), P(-3, -2)),
        new("SwiftGuard2Var", S("SwiftGuard2Var"), z => Guard2(z[0], z[1]), P(4, 5), P(-1337, 5), P(-1337, -5), P(-3, 2), P(-3, -2)),
        new("SwiftGuard3", S("SwiftGuard3"), z => z[1] * z[1], P(4, 5), P(0.5, -2)),
        // enum_notactive1: the first input is the enum member's value (A = 0, B = 1).
        new("SwiftEnumNotActive1", S("SwiftEnumNotActive1"), z => z[0].Real == 0 ? z[4] * z[1] : z[4] * z[2] * z[3],
            P(0, 2, 3, 4, 5), P(1, 2, 3, 4, 5), P(1, -1.5, 0.5, 2, -3)),
        // optional_notactive1: NaN stands for a null float?.
        new("SwiftOptionalNotActive1", S("SwiftOptionalNotActive1"), z => double.IsNaN(z[0].Real) ? z[1] + z[1] : z[1] * z[0].Real,
            P(3, 5), P(double.NaN, 5), P(-0.5, -2)),
        // typeCheckOperator: the second input picks the type argument (1: int, 0: double).
        new("SwiftTypeCheckOperator", PortedInvoker.Custom(true, new[] { true, false }, TypeCheckOperatorValue, TypeCheckOperatorGradient),
            z => z[1].Real != 0 ? z[0] + z[0] : z[0] * z[0], P(3, 1), P(3, 0), P(-1.5, 0)),
        new("SwiftCondEmpty", S("SwiftCondEmpty"), z => z[0] * z[0], P(2), P(-3)),

        // control_flow.swift, NestedConditionals
        new("SwiftNested1", S("SwiftNested1"), z => z[0].Real > 0 ? (z[0].Real > 10 ? z[0] * z[0] + z[0] : z[0] * z[0]) : z[0] * -z[0], P(11), P(4), P(-10)),
        new("SwiftNested2", S("SwiftNested2"), z => z[0].Real > 0 ? (z[1].Real > 10 ? z[0] * z[1] : z[0] + z[1]) : -z[1], P(4, 20), P(4, 5), P(-3, -2)),
        new("SwiftNested3", S("SwiftNested3"), z => Nested3(z[0], z[1]), P(4, 20), P(4, 21), P(4, 5), P(-3, -2), P(6, 20)),
        new("SwiftNested3Var", S("SwiftNested3Var"), z => Nested3(z[0], z[1]), P(4, 20), P(4, 21), P(4, 5), P(-3, -2), P(6, 20)),
        new("SwiftTF781", S("SwiftTF781"), z => z[1] * z[0], P(3, 10), P(-2, 0.5)),

        // control_flow.swift, Recursion
        new("SwiftFactorial", S("SwiftFactorial"), z => Factorial(z[0]), P(1), P(2), P(3), P(5)),
        new("SwiftFactorialVar1", S("SwiftFactorialVar1"), z => Factorial(z[0]), P(1), P(2), P(3), P(5)),
        new("SwiftFactorialVar2", S("SwiftFactorialVar2"), z => Factorial(z[0]), P(1), P(2), P(3), P(5)),
        new("SwiftProduct", S("SwiftProduct"), z => PowN(z[0], (int)z[1].Real), P(10, 3), P(-10, 2), P(1.5, 1)),

        // control_flow.swift, Loops
        new("SwiftForLoop", S("SwiftForLoop"), z => Cube(z[0]), P(2), P(3), P(-0.75)),
        new("SwiftForLoopNonactiveInitialValue", S("SwiftForLoopNonactiveInitialValue"), z => z[0] * z[0], P(2), P(3), P(-0.75)),
        new("SwiftWhileLoop", S("SwiftWhileLoop"), z => Cube(z[0]), P(2), P(3), P(-0.75)),
        new("SwiftWhileLoopNonactiveInitialValue", S("SwiftWhileLoopNonactiveInitialValue"), z => z[0] * z[0], P(2), P(3), P(-0.75)),
        new("SwiftRepeatWhileLoop", S("SwiftRepeatWhileLoop"), z => Cube(z[0]), P(2), P(3), P(-0.75)),
        new("SwiftRepeatWhileLoopNonactiveInitialValue", S("SwiftRepeatWhileLoopNonactiveInitialValue"), z => z[0] * z[0], P(2), P(3), P(-0.75)),
        new("SwiftRepeatWhileLoopNestedRepeat", S("SwiftRepeatWhileLoopNestedRepeat"), z => PowN(z[0], 7), P(2), P(3), P(-0.75)),
        new("SwiftRepeatWhileLoopNestedWhile", S("SwiftRepeatWhileLoopNestedWhile"), z => PowN(z[0], 7), P(2), P(3), P(-0.75)),
        new("SwiftRepeatWhileLoopNestedFor", S("SwiftRepeatWhileLoopNestedFor"), z => PowN(z[0], 7), P(2), P(3), P(-0.75)),
        new("SwiftRepeatWhileLoopCondition", S("SwiftRepeatWhileLoopCondition"), z => PowN(z[0], 4), P(2), P(3), P(-0.75)),
        new("SwiftLoopContinue", S("SwiftLoopContinue"), z => PowN(z[0], 6), P(2), P(3), P(-0.75)),
        new("SwiftNestedLoop1", S("SwiftNestedLoop1"), z => NestedLoop1Reference(z[0]), P(2), P(4), P(-0.75)),
        new("SwiftNestedLoop2", S("SwiftNestedLoop2"), z => NestedLoop2Reference(z[0], (int)z[1].Real), P(2, 1), P(2, 2), P(2, 3), P(2, 4)),
        new("SwiftLoopInMethod", S("SwiftLoopInMethod"), z => PowN(z[0], 4), P(0), P(1), P(1.5)),

        // control_flow.swift, ThrowingCalls
        new("SwiftTestComplexControlFlow", S("SwiftTestComplexControlFlow"), z => z[0], P(3), P(2.5)),
        new("SwiftBooleanShortCircuiting", S("SwiftBooleanShortCircuiting"), z => z[1].Real != 0 ? z[0] * z[0] : z[0] + z[0], P(3, 1), P(3, 0)),

        // simple_math.swift
        new("SwiftArithmeticsFoo1", S("SwiftArithmeticsFoo1"), z => z[0] * z[1], P(3, 4), P(-1.5, 0.25)),
        new("SwiftArithmeticsFoo2", S("SwiftArithmeticsFoo2"), z => -z[0] * z[1], P(3, 4), P(-1.5, 0.25)),
        new("SwiftArithmeticsFoo3", S("SwiftArithmeticsFoo3"), z => -z[0] + z[1], P(3, 4), P(-1.5, 0.25)),
        new("SwiftFanoutFoo1", S("SwiftFanoutFoo1"), z => z[0] - z[0], P(100), P(-2.5)),
        new("SwiftFanoutFoo2", S("SwiftFanoutFoo2"), z => z[0] + z[0], P(100), P(-2.5)),
        new("SwiftFanoutFoo3", S("SwiftFanoutFoo3"), z => z[0] + z[0] + z[0] * z[1], P(3, 2), P(-1.5, 0.25)),
        new("SwiftFunctionCallFoo", S("SwiftFunctionCallFoo"), z => 3 * z[0] + 9 * z[1], P(3, 4), P(-1.5, 0.25)),
        new("SwiftCaptureLocal", S("SwiftCaptureLocal"), z => 10 * z[0], P(0), P(-1.5)),
        new("SwiftFourthPower", S("SwiftFourthPower"), z => PowN(z[0], 4), P(3), P(-1.5)),
        new("SwiftFifthPowerLocalArray", S("SwiftFifthPowerLocalArray"), z => PowN(z[0], 5), P(3), P(-1.5)),
        new("SwiftSubsetIndicesNonDiff", S("SwiftSubsetIndicesNonDiff"), z => z[0] + z[1].Real, P(4, 10), P(-1.5, 3)),
        new("SwiftTF319Applied", S("SwiftTF319Applied"), z => 2 * z[0] * z[1], P(10, 3), P(-1.5, 0.25)),
        new("SwiftAddApplied", S("SwiftAddApplied"), z => z[1] + z[0], P(1, 1), P(-1.5, 0.25)),

        new("SwiftCond4Var", S("SwiftCond4Var"), z => z[0] * z[0], P(4), P(-10), P(0.75)),

        // Tuple and struct locals (PortedFunctions.Aggregates.cs), as first ported
        new("SwiftCondTuple", S("SwiftCondTuple"), z => z[0].Real > 0 ? z[0] + z[0] : z[0] + z[0] - z[0] + z[0], P(4), P(-10), P(0.75)),
        new("SwiftCondTupleVar", S("SwiftCondTupleVar"), z => CondTupleVar(z[0]), P(4), P(-10), P(0.75)),
        new("SwiftCondStruct", S("SwiftCondStruct"), z => z[0].Real > 0 ? z[0] + z[0] : z[0] + z[0] - z[0] + z[0], P(4), P(-10), P(0.75)),
        new("SwiftMultiplyTuple", S("SwiftMultiplyTuple"), z => z[0] * z[1], P(3, 4), P(-1.5, 0.25)),
        new("SwiftFifthPowerTuple", S("SwiftFifthPowerTuple"), z => PowN(z[0], 5), P(3), P(-1.5)),
        new("SwiftFifthPowerStruct", S("SwiftFifthPowerStruct"), z => PowN(z[0], 5), P(3), P(-1.5)),

        // ref parameters (Swift inout): the gradient with respect to the values passed in
        new("SwiftSwapAndReturnProduct", PortedInvoker.Arrays(true,
                v => { float x = (float)v[0], y = (float)v[1]; return F.SwiftSwapAndReturnProduct(ref x, ref y); },
                (v, g) =>
                {
                    float x = (float)v[0], y = (float)v[1];
                    float r = F.SwiftSwapAndReturnProductGradient(ref x, ref y, out float dX, out float dY);
                    (g[0], g[1]) = (dX, dY);
                    return r;
                }, 2),
            z => z[0] * z[1], P(3, 4), P(-1.5, 0.25)),

        // array.swift
        new("SwiftSumFirstThree", PortedInvoker.Arrays(true, v => F.SwiftSumFirstThree(Floats(v)), SumFirstThreeGradient, 6),
            z => z[0] + z[1] + z[2], P(2, 3, 4, 5, 6, 7), P(-0.5, 0.25, 1.5, 8, -2, 0)),
        new("SwiftTwoElementLiterals", S("SwiftTwoElementLiterals"), z => z[0] * z[1] * z[0] * z[1], P(3, 4), P(-1.5, 0.25)),

        // forward_mode_simple.swift
        new("SwiftBinaryWithLets", S("SwiftBinaryWithLets"), z => (z[0] + z[1]) * -z[1], P(4, 5), P(-1.5, 0.25)),
        new("SwiftUnaryWithVars", S("SwiftUnaryWithVars"), z => 2 * (z[0] + z[0] + 1 + 3 - 1), P(4), P(-1.5)),
        new("SwiftSubsetParametersDiff1", S("SwiftSubsetParametersDiff1"), z => z[1], P(0, 5, 0), P(3, -1.5, 7)),
        new("SwiftSubsetParametersDiff3", S("SwiftSubsetParametersDiff3"), z => 3 * z[2], P(0, 0, 7), P(3, 2, -1.5)),
        new("SwiftTrackedDivision", S("SwiftTrackedDivision"), z => z[0] / z[1], P(10, 5), P(-1.5, 0.25)),
        new("SwiftTrackedMultipleMultiplication", S("SwiftTrackedMultipleMultiplication"), z => z[0] * z[1] * z[0], P(4, 5), P(-1.5, 0.25)),
        new("SwiftTrackedWithLets", S("SwiftTrackedWithLets"), z => (z[0] + z[1]) * (z[0] + z[1]) / z[0] + z[1], P(4, 5), P(-1.5, 0.25)),
    };
}
