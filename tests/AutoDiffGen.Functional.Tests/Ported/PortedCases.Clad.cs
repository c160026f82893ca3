using System;
using System.Collections.Generic;
using System.Numerics;
using static System.Numerics.Complex;
using F = AutoDiffGen.Functional.Tests.Ported.PortedFunctions;

namespace AutoDiffGen.Functional.Tests.Ported;

/// <summary>Cases for the functions ported from Clad (test/Gradient/Loops.C, Gradients.C, Switch.C, TestTypeConversion.C).</summary>
internal static partial class PortedCases
{
    private static double[] P(params double[] p) => p;

    /// <summary>CheckAndReturn's string input: the index of one of these.</summary>
    private static readonly string[] CheckStrings = { "aa", "ba" };

    private static double CheckAndReturnGradient(double[] v, double[] g)
    {
        double r = F.CheckAndReturnGradient(v[0], (char)v[1], CheckStrings[(int)v[2]], out double dX);
        g[0] = dX;
        return r;
    }

    private static PortedInvoker S(string name) => PortedInvoker.Scalar(name);

    private static Complex Cube(Complex z) => z * z * z;

    /// <summary>z^n by repeated products: Complex.Pow goes through the polar form, which loses the step for a negative base.</summary>
    private static Complex PowN(Complex z, int n)
    {
        Complex r = 1;
        for (int i = 0; i < n; i++) r *= z;
        return r;
    }

    private static Complex LoopInitVarReference(Complex[] z)
    {
        // f_loop_init_var over Complex: the loop test is decided on the real parts, as the double code decides it.
        Complex lower = z[0], upper = z[1];
        Complex sum = 0;
        Complex interval = (upper - lower) / 10000.0;
        for (Complex x = lower; x.Real <= upper.Real; x += interval) sum += x * x * interval;
        return sum;
    }

    private static PortedCase[] Clad() => new PortedCase[]
    {
        // Loops.C
        new("CladLoopsF1", S("CladLoopsF1"), z => Cube(z[0]), P(3), P(-1.3), P(0.7)),
        new("CladLoopsF2", S("CladLoopsF2"), z => PowN(z[0], 9), P(1.1), P(-0.9), P(0.6)),
        new("CladLoopsF3", S("CladLoopsF3"), z => z[0] * z[0], P(3), P(-1.5)),
        new("CladLoopsF4", S("CladLoopsF4"), z => Cube(z[0]), P(3), P(-0.4)),
        new("CladLoopsF5", S("CladLoopsF5"), z => z[0] + 10, P(3), P(-12.5)),
        new("CladLoopsConstLocal", S("CladLoopsConstLocal"), z => 3 * z[0] * z[0] + 3 * z[0], P(3), P(-0.8)),
        new("CladLoopsSum", PortedInvoker.Arrays(false, v => F.CladLoopsSum(v, 5), (v, g) => F.CladLoopsSumGradient(v, 5, g), 5),
            z => z[0] + z[1] + z[2] + z[3] + z[4], P(1, 2, 3, 4, 5), P(-0.5, 0.25, 7, -3, 0.1)),
        new("CladSq", S("CladSq"), z => z[0] * z[0], P(3), P(-0.3)),
        new("CladLoopsSumSquares", PortedInvoker.Arrays(false, v => F.CladLoopsSumSquares(v, 5), (v, g) => F.CladLoopsSumSquaresGradient(v, 5, g), 5),
            z => z[0] * z[0] + z[1] * z[1] + z[2] * z[2] + z[3] * z[3] + z[4] * z[4], P(1, 2, 3, 4, 5), P(-0.5, 0.25, 7, -3, 0.1)),
        new("CladLoopsLogGaus", PortedInvoker.Arrays(false,
                v => F.CladLoopsLogGaus(v[0..3], v[3..6], v[6], v[7]),
                (v, g) => F.CladLoopsLogGausGradient(v[0..3], v[3..6], v[6], v[7], g.AsSpan(0, 3), g.AsSpan(3, 3), out g[6], out g[7]), 8),
            null, P(1, 1, 1, 1, 2, 3, 2.5, 2.0), P(0.3, -0.7, 1.2, 0.1, 0.4, -0.2, 2.5, 0.8))
        {
            ValueRewritten = true, // log(a · exp(b)) is computed as log(a) + b (a stability rewrite, reported as info)
        },
        new("CladLoopsConst", S("CladLoopsConst"), null, P(2.5, 3.1), P(1.5, 2.2)),
        new("CladLoopsF6", S("CladLoopsF6"), z => 3 * (z[0] * z[0] + z[1] + z[1] * z[1] + z[0]), P(3, 5), P(-0.7, 1.9)),
        new("CladLoopsFn11", S("CladLoopsFn11"), z => 3 * (z[0] * z[0] + z[1]), P(3, 5), P(-0.7, 1.9)),
        new("CladLoopsFn12", S("CladLoopsFn12"), z => 9 * (z[0] * z[0] + 2 * z[1]), P(3, 5), P(-0.7, 1.9)),
        new("CladLoopsFn13", S("CladLoopsFn13"), null, P(0.3, 0.4), P(1.2, -0.35)),
        new("CladLoopsFn16", S("CladLoopsFn16"), z => 3 * (z[0] + z[1]) + 2 * z[0] + z[0] * z[1], P(3, 5), P(-0.7, 1.9)),
        new("CladLoopsFn18", S("CladLoopsFn18"), z => 4 * z[0] + 4 * z[1], P(3, 5), P(-0.7, 1.9)),
        new("CladLoopsLoopInitVar", S("CladLoopsLoopInitVar"), LoopInitVarReference, P(1, 2), P(0.5, 1.5))
        {
            RelTolerance = 1e-11, // a sum of 10⁴ rounded terms, accumulated in another order by the reference
        },
        new("CladLoopsFn21", S("CladLoopsFn21"), z => 5 * (1 + z[0]), P(5), P(-0.3)),
        new("CladLoopsFn22", S("CladLoopsFn22"), z => z[0], P(5), P(-0.3)),
        new("CladLoopsFn24", S("CladLoopsFn24"), z => 4 * z[0] * z[1], P(3, 5), P(-0.7, 1.9)),
        new("CladLoopsFn25", S("CladLoopsFn25"), z => 8 * z[0] * z[1], P(3, 5), P(-0.7, 1.9)),
        new("CladLoopsFn28", S("CladLoopsFn28"), z => z[0] * z[1], P(3, 5), P(-0.7, 1.9)),
        new("CladLoopsFn31", S("CladLoopsFn31"), z => 2 * z[0] * z[1], P(3, 5), P(-0.7, 1.9)),
        new("CladLoopsFn34Indexed", S("CladLoopsFn34Indexed"),
            z => z[1] * z[1] + z[0] * z[1] * z[0] * z[1] + (z[0] * z[0] + z[1]) * (z[0] * z[0] + z[1]), P(2, 2), P(-0.6, 1.3)),

        // Gradients.C
        new("CladFAdd1", S("CladFAdd1"), z => z[0] + z[1], P(3, 5), P(-0.7, 1.9)),
        new("CladFAdd2", S("CladFAdd2"), z => 3 * z[0] + 4 * z[1], P(3, 5), P(-0.7, 1.9)),
        new("CladFAdd3", S("CladFAdd3"), z => 3 * z[0] + 16 * z[1], P(3, 5), P(-0.7, 1.9)),
        new("CladFSub1", S("CladFSub1"), z => z[0] - z[1], P(3, 5), P(-0.7, 1.9)),
        new("CladFSub2", S("CladFSub2"), z => 3 * z[0] - 4 * z[1], P(3, 5), P(-0.7, 1.9)),
        new("CladFMult1", S("CladFMult1"), z => z[0] * z[1], P(3, 5), P(-0.7, 1.9)),
        new("CladFMult2", S("CladFMult2"), z => 12 * z[0] * z[1], P(3, 5), P(-0.7, 1.9)),
        new("CladFDiv1", S("CladFDiv1"), z => z[0] / z[1], P(3, 5), P(-0.7, 1.9)),
        new("CladFDiv2", S("CladFDiv2"), z => 3 * z[0] / (4 * z[1]), P(3, 5), P(-0.7, 1.9)),
        new("CladFC", S("CladFC"), z => -z[0] * z[1] + (z[0] + z[1]) * (z[0] / z[1]) - z[0] * z[0], P(3, 5), P(-0.7, 1.9)),
        new("CladFRosenbrock", S("CladFRosenbrock"), z => (z[0] - 1) * (z[0] - 1) + 100 * (z[1] - z[0] * z[0]) * (z[1] - z[0] * z[0]),
            P(3, 5), P(-0.7, 1.9), P(1.1, 1.3)),
        new("CladFCond1", S("CladFCond1"), z => z[0].Real > z[1].Real ? z[0] : z[1], P(3, 5), P(2, -1)),
        new("CladFCond2", S("CladFCond2"), z => z[0].Real > z[1].Real ? z[0] : (z[1].Real > 0 ? z[1] : -z[1]), P(3, 5), P(2, -1), P(-4, -2)),
        new("CladFCond3", S("CladFCond3"), z => z[1].Real > 0 ? z[0] + z[1] : z[0] - z[1], P(3, 5), P(2, -1)),
        new("CladFCond4", S("CladFCond4"), z => z[0].Real > 0 ? z[0] * z[0] : z[1], P(3, 5), P(-2, 1.5)),
        new("CladFIf1", S("CladFIf1"), z => z[0].Real > z[1].Real ? z[0] : z[1], P(3, 5), P(2, -1)),
        new("CladFIf2", S("CladFIf2"), z => z[0].Real > z[1].Real ? z[0] : (z[1].Real > 0 ? z[1] : -z[1]), P(3, 5), P(2, -1), P(-4, -2)),
        new("CladSumOfPowers", S("CladSumOfPowers"), z => Pow(z[0], z[3]) + Pow(z[1], z[3]) + Pow(z[2], z[3]), P(1, 2, 3, 2), P(0.5, 1.5, 2.5, 3.5)),
        new("CladFNorm", S("CladFNorm"), z => Pow(Pow(z[0], z[3]) + Pow(z[1], z[3]) + Pow(z[2], z[3]), 1 / z[3]), P(1, 2, 3, 2), P(0.5, 1.5, 2.5, 3.5)),
        new("CladFSin", S("CladFSin"), z => (Sin(z[0]) + Sin(z[1])) * (z[0] + z[1]), P(3, 5), P(-0.7, 1.9)),
        new("CladFTypes", S("CladFTypes"), z => z[0] + z[1] + z[2], P(1, 0.5, 2.25), P(-3, 1.75, 0.1)),
        new("CladFDecls1", S("CladFDecls1"), z => 2 * (3 * z[0] + 5 * z[1]), P(3, 5), P(-0.7, 1.9)),
        new("CladFDecls2", S("CladFDecls2"), z => z[0] * z[0] + 2 * z[0] * z[1] + z[1] * z[1], P(3, 5), P(-0.7, 1.9)),

        // TestTypeConversion.C
        new("CladFnTypeConversion", S("CladFnTypeConversion"), z => z[0] * Math.Pow(z[1].Real, z[1].Real - 1), P(4, 3), P(-1.25, 5), P(0.5, 1)),

        // Assignments.C
        new("CladAssignF1", S("CladAssignF1"), z => z[1], P(3, 5), P(-0.7, 1.9)),
        new("CladAssignF2", S("CladAssignF2"), z => z[0].Real < z[1].Real ? z[1] : z[0], P(3, 5), P(2, -1)),
        new("CladAssignF3", S("CladAssignF3"), z => PowN(z[0], 4), P(3, 5), P(-0.7, 1.9)),
        new("CladAssignF4", S("CladAssignF4"), z => z[0], P(3, 5), P(-0.7, 1.9)),
        new("CladAssignF5", S("CladAssignF5"), z => z[0].Real < 0 || z[1].Real < 0 ? -z[0] * z[0] : z[0] * z[0], P(3, 5), P(-0.7, 1.9), P(2, -1)),
        new("CladAssignF10", S("CladAssignF10"), z => z[1], P(3, 5), P(-0.7, 1.9)),

        // FunctionCalls.C
        new("CladConstantFn", S("CladConstantFn"), z => 3, P(0.5), P(-2)),
        new("CladCallsFn1", S("CladCallsFn1"), z => 3 * z[0], P(0.5), P(-2)),
        new("CladCallsFn6", S("CladCallsFn6"), z => z[0] * z[1], P(3, 5), P(-0.7, 1.9)),
        new("CheckAndReturn", PortedInvoker.Custom(false, new[] { true, false, false }, v => F.CheckAndReturn(v[0], (char)v[1], CheckStrings[(int)v[2]]), CheckAndReturnGradient),
            z => z[1].Real == 'a' && CheckStrings[(int)z[2].Real][0] == 'a' ? z[0] : 1, P(3, 97, 0), P(-0.7, 97, 1), P(2, 98, 0)),
        new("CladCallsFn8", S("CladCallsFn8"), z => z[0] * z[1] * Math.Tanh(1.0) * 2.0, P(3, 5), P(-0.7, 1.9)),
        new("CladCustomMax", S("CladCustomMax"), z => z[0].Real > z[1].Real ? z[0] : z[1], P(3, 5), P(2, -1)),
        new("CladCallsFn9", S("CladCallsFn9"), z => z[0].Real * z[1].Real > z[1].Real ? z[0] * z[1] : z[1], P(3, 5), P(0.5, 2), P(-0.7, 1.9)),
        new("CladCallsFn10", S("CladCallsFn10"),
            z => (z[0].Real < 3 ? 3 : z[0].Real > 7 ? 7 : z[0]) * z[1], P(5, 2), P(8.5, -1), P(1.5, 0.5), P(-4, 3)),

        // Lambdas.C
        new("CladLambdasF1", S("CladLambdasF1"), z => z[0] + z[1] * z[1] + 1.0, P(3, 4), P(-0.7, 1.9)),
        new("CladLambdasF2Rewritten", S("CladLambdasF2Rewritten"), z => 2 * z[0] + z[1], P(3, 4), P(-0.7, 1.9)),

        // Switch.C
        new("CladSwitchFn1", S("CladSwitchFn1"), z => z[0] * z[0] + z[1] * z[1] + z[0] * z[0] * z[1] * z[1], P(3, 5), P(-0.7, 1.9)),
        new("CladSwitchFn2", S("CladSwitchFn2"), z => z[0] * z[1], P(3, 5), P(-0.7, 1.9)),
        new("CladSwitchFn5", S("CladSwitchFn5"), z => z[0] * z[1], P(3, 5), P(-0.7, 1.9)),
        new("CladSwitchFn6", S("CladSwitchFn6"), null, P(0.7, 1.3), P(2.1, 1.7)),
        new("CladSwitchFn7", S("CladSwitchFn7"), z => 3 * z[0] + 2 * z[1], P(3, 5), P(-0.7, 1.9)),

        // Rewritten after ADGEN0006 (PortedFunctions.Rewritten.cs)
        new("CladLoopsFn7Rewritten", S("CladLoopsFn7Rewritten"), z => 3 * (z[0] * z[0] + z[1]), P(3, 5), P(-0.7, 1.9)),
        new("CladLoopsFn9Rewritten", S("CladLoopsFn9Rewritten"), z => 9 * (z[0] * z[0] + z[1]), P(3, 5), P(-0.7, 1.9)),
        new("CladLoopsFn14Rewritten", S("CladLoopsFn14Rewritten"), z => z[0] + 2 * z[1] + z[0] * z[1], P(3, 5), P(-0.7, 1.9)),
        new("CladLoopsFn15Rewritten", S("CladLoopsFn15Rewritten"), z => 3 * z[0] + 3 * z[1], P(3, 5), P(-0.7, 1.9)),
        new("CladLoopsFn17Rewritten", S("CladLoopsFn17Rewritten"), z => 3 * z[0] * z[1], P(3, 5), P(-0.7, 1.9)),
        new("CladSwitchFn3Rewritten", S("CladSwitchFn3Rewritten"), z => 2 * z[0] * z[0] + z[0] * z[0] * z[1] * z[1], P(3, 5), P(-0.7, 1.9)),
        new("CladSwitchFn4Rewritten", S("CladSwitchFn4Rewritten"), z => 2 * z[0] * z[1], P(3, 5), P(-0.7, 1.9)),

        // As first ported, supported since assignments and ++/-- inside expressions and foreach over local arrays
        // are (PortedFunctions.SideEffects.cs); against central differences.
        new("CladLoopsFn7", S("CladLoopsFn7"), null, P(3, 5), P(-0.7, 1.9)),
        new("CladLoopsFn9", S("CladLoopsFn9"), null, P(3, 5), P(-0.7, 1.9)),
        new("CladLoopsFn10", S("CladLoopsFn10"), null, P(3.1, 5.2), P(-0.7, 1.9)), // (int)(i·i + j) is piecewise constant: points off its jumps
        new("CladLoopsFn14", S("CladLoopsFn14"), null, P(3, 5), P(-0.7, 1.9)),
        new("CladLoopsFn15", S("CladLoopsFn15"), null, P(3, 5), P(-0.7, 1.9)),
        new("CladLoopsFn17", S("CladLoopsFn17"), null, P(3, 5), P(-0.7, 1.9)),
        new("CladLoopsFn23", S("CladLoopsFn23"), null, P(3, 5), P(-0.7, 1.9)),
        new("CladLoopsFn26", S("CladLoopsFn26"), null, P(3, 5), P(-0.7, 1.9)),
        new("CladLoopsFn27", S("CladLoopsFn27"), null, P(3, 5), P(-0.7, 1.9)),
        new("CladLoopsFn32", S("CladLoopsFn32"), null, P(3, 5), P(-0.7, 1.9)),
        new("CladLoopsFn34", S("CladLoopsFn34"), null, P(3, 5), P(-0.7, 1.9)),
        new("CladLoopsFn35", S("CladLoopsFn35"), null, P(3, 5), P(-0.7, 1.9)),
        new("CladLoopsFn36", S("CladLoopsFn36"), null, P(3, 5), P(-0.7, 1.9)),
        new("CladLoopsFn37", S("CladLoopsFn37"), null, P(3, 5), P(-0.7, 1.9)),
        new("CladLoopsFn39", S("CladLoopsFn39"), null, P(3), P(-0.7)),
        new("CladSwitchFn3", S("CladSwitchFn3"), null, P(3, 5), P(-0.7, 1.9)),
        new("CladSwitchFn4", S("CladSwitchFn4"), null, P(3, 5), P(-0.7, 1.9)),
        new("CladAssignF7", S("CladAssignF7"), null, P(3, 5), P(-0.7, 1.9)),
        new("CladFDiv3", S("CladFDiv3"), null, P(3, 5), P(-0.7, 1.9)),
        new("CladLoopsFn8", S("CladLoopsFn8"), null, P(3, 5), P(-0.7, 1.9)),
        new("CladLoopsFn38", S("CladLoopsFn38"), null, P(3, 5), P(-0.7, 1.9)),
        new("CladLoopsFn30", S("CladLoopsFn30"), null, P(3, 5), P(-0.7, 1.9)),
        new("CladLoopsFn33", S("CladLoopsFn33"), null, P(3, 5), P(-0.7, 1.9)),
        // As first ported, supported since methods with ref parameters are inlined and ref locals are aliases.
        new("CladCallsFn2", S("CladCallsFn2"), z => z[0] + 3 * z[1], P(3, 5), P(-0.7, 1.9)),   // i + j, then (i + j) + 2j
        new("CladCallsFn3", S("CladCallsFn3"), z => z[0] + 3 * z[1], P(3, 5), P(-0.7, 1.9)),
        new("CladCallsFn7", S("CladCallsFn7"), z => 11 * z[0] + 78 * z[1], P(3, 5), P(-0.7, 1.9)), // i' = i + 7j, j' = j + 9i', 2i' + j'
        new("CladLoopsFn19", PortedInvoker.Arrays(false, v => F.CladLoopsFn19(v, 4), (v, g) => F.CladLoopsFn19Gradient(v, 4, g), 4),
            z => z[0] + z[1] + z[2] + z[3], P(1, 2, 3, 4), P(-0.5, 0.25, 7, -3)),
        // The generated gradient works on a copy of arr, so the reference sees the caller's values unchanged.
        new("CladLoopsFn20", PortedInvoker.Arrays(false, v => F.CladLoopsFn20((double[])v.Clone(), 3), (v, g) => F.CladLoopsFn20Gradient((double[])v.Clone(), 3, g), 4),
            z => 5 * (z[0] + z[1] + z[2]), P(1, 2, 3, 4), P(-0.5, 0.25, 7, -3)),
        new("CladLambdasF2", S("CladLambdasF2"), z => 2 * z[0] + z[1], P(3, 5), P(-0.7, 1.9)),
        new("CladAssignF8", S("CladAssignF8"), z => z[1] * z[1], P(3, 5), P(-0.7, 1.9)), // t[0..2] all become y, then y *= y

        // As first ported, supported since instance methods are (PortedFunctions.Aggregates.cs): the fields are constants.
        new("CladS.F", PortedInvoker.Arrays(false, v => CladS.F(v[0], v[1]), (v, g) => CladS.FGradient(v[0], v[1], out g[0], out g[1]), 2),
            z => CladS.C1 * z[0] + CladS.C2 * z[1], P(3, 5), P(-0.7, 1.9)),
    };

    private static readonly CladS CladS = new() { C1 = 2.5, C2 = -0.75 };
}
