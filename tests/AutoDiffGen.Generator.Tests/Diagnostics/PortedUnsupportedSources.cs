namespace AutoDiffGen.Generator.Tests.Diagnostics;

/// <summary>What keeps a ported function from being differentiated (docs/coverage.md ranks these).</summary>
internal enum UnsupportedConstruct
{
    IncrementOrAssignmentInsideAnExpression,
    Tuple,
    StructOrInstanceMember,
    GenericMethod,
    RefLocalOrParameter,
    GotoAndThrow,
    ArrayParameterWrite,
    Lambda,
    StaticFieldWrite,
    UnsupportedReturnType,
    ArrayFromAnotherArray,
}

/// <summary>
/// A ported function the generator diagnoses: its origin, the construct, the ID expected, its C# source, and
/// the method that gets the error when it is not the function itself (a callee of it).
/// </summary>
internal sealed record PortedUnsupported(string Name, string Origin, UnsupportedConstruct Construct, string Id, string Source, string? DiagnosedMethod = null);

/// <summary>
/// The functions ported from Clad's and Swift's AD test suites that the generator does not support, written
/// as a C# user would write them (the supported ones are in tests/AutoDiffGen.Functional.Tests/Ported).
/// </summary>
internal static class PortedUnsupportedSources
{
    public static readonly PortedUnsupported[] All =
    {
        new("CladLoopsFn19", "Clad test/Gradient/Loops.C fn19", UnsupportedConstruct.RefLocalOrParameter, "ADGEN0006", """
            public static partial class C
            {
                [Differentiable]
                public static double CladLoopsFn19(double[] arr, int n)
                {
                    double res = 0;
                    for (int i = 0; i < n; ++i)
                    {
                        ref readonly double element = ref arr[i];
                        res += element;
                    }
                    return res;
                }
            }
            """),
        new("CladLoopsFn20", "Clad test/Gradient/Loops.C fn20", UnsupportedConstruct.IncrementOrAssignmentInsideAnExpression, "ADGEN0006", """
            public static partial class C
            {
                [Differentiable]
                public static double CladLoopsFn20(double[] arr, int n)
                {
                    double res = 0;
                    for (int i = 0; i < n; ++i)
                    {
                        res += (arr[i] *= 5);
                    }
                    return res;
                }
            }
            """),
        new("CladFTypesUnsigned", "Clad test/Gradient/Gradients.C f_types (unsigned result)", UnsupportedConstruct.UnsupportedReturnType, "ADGEN0003", """
            public static partial class C
            {
                [Differentiable] public static uint CladFTypesUnsigned(int x, float y, double z) => (uint)(x + y + z);
            }
            """),
        new("SwiftCond4Var", "Swift control_flow.swift cond4_var (Swift's labelled `break outerIf` becomes goto)", UnsupportedConstruct.GotoAndThrow, "ADGEN0005", """
            public static partial class C
            {
                [Differentiable]
                public static float SwiftCond4Var(float x)
                {
                    float outer = x;
                    if (1 == 1)
                    {
                        float inner = outer;
                        inner = inner * x;
                        if (1 == 0)
                        {
                            goto end;
                        }
                        outer = inner;
                    }
                end:
                    return outer;
                }
            }
            """),
        new("SwiftCondTuple", "Swift control_flow.swift cond_tuple", UnsupportedConstruct.Tuple, "ADGEN0006", """
            public static partial class C
            {
                [Differentiable]
                public static float SwiftCondTuple(float x)
                {
                    (float, float) y = (x, x);
                    if (x > 0)
                    {
                        return y.Item1 + y.Item2;
                    }
                    return y.Item1 + y.Item1 - y.Item2 + y.Item1;
                }
            }
            """),
        new("SwiftCondTupleVar", "Swift control_flow.swift cond_tuple_var", UnsupportedConstruct.Tuple, "ADGEN0006", """
            public static partial class C
            {
                [Differentiable]
                public static float SwiftCondTupleVar(float x)
                {
                    var y = (x, x);
                    var z = (x + x, x - x);
                    if (x > 0)
                    {
                        var w = (x, x);
                        y.Item1 = w.Item2;
                        y.Item2 = w.Item1;
                        z.Item1 = z.Item1 - y.Item1;
                        z.Item2 = z.Item2 + y.Item1;
                    }
                    else
                    {
                        z = (x, x);
                    }
                    return y.Item1 + y.Item2 - z.Item1 + z.Item2;
                }
            }
            """),
        new("SwiftCondStruct", "Swift control_flow.swift cond_struct", UnsupportedConstruct.StructOrInstanceMember, "ADGEN0006", """
            public static partial class C
            {
                public record struct FloatPair(float First, float Second);

                [Differentiable]
                public static float SwiftCondStruct(float x)
                {
                    var y = new FloatPair(x, x);
                    if (x > 0)
                    {
                        return y.First + y.Second;
                    }
                    return y.First + y.First - y.Second + y.First;
                }
            }
            """),
        new("SwiftCondGeneric", "Swift control_flow.swift cond_generic", UnsupportedConstruct.GenericMethod, "ADGEN0009", """
            public static partial class C
            {
                [Differentiable]
                public static T SwiftCondGeneric<T>(T x, T y) where T : System.Numerics.IFloatingPoint<T>
                {
                    if (x > T.Zero)
                    {
                        return x;
                    }
                    return y;
                }
            }
            """),
        new("SwiftMultiplyTuple", "Swift simple_math.swift MultipleResults multiply", UnsupportedConstruct.Tuple, "ADGEN0006", """
            public static partial class C
            {
                [Differentiable]
                public static float SwiftMultiplyTuple(float x, float y)
                {
                    var z = (x, y);
                    return z.Item1 * z.Item2;
                }
            }
            """),
        new("SwiftSwapAndReturnProduct", "Swift simple_math.swift MultipleResults swapAndReturnProduct", UnsupportedConstruct.RefLocalOrParameter, "ADGEN0004", """
            public static partial class C
            {
                [Differentiable]
                public static float SwiftSwapAndReturnProduct(ref float x, ref float y)
                {
                    float tmp = x;
                    x = y;
                    y = tmp;
                    return x * y;
                }
            }
            """),
        new("SwiftCaptureGlobal", "Swift simple_math.swift CaptureGlobal foo", UnsupportedConstruct.StaticFieldWrite, "ADGEN0006", """
            public static partial class C
            {
                public static float GlobalVar = 10;

                [Differentiable]
                public static float SwiftCaptureGlobal(float x)
                {
                    GlobalVar += 20;
                    return GlobalVar * x;
                }
            }
            """),
        new("SwiftFifthPowerTuple", "Swift simple_math.swift TupleMutation fifthPower", UnsupportedConstruct.Tuple, "ADGEN0006", """
            public static partial class C
            {
                [Differentiable]
                public static float SwiftFifthPowerTuple(float x)
                {
                    var tuple = (x, x);
                    tuple.Item1 = tuple.Item1 * x;
                    tuple.Item2 = tuple.Item1 * x;
                    return tuple.Item1 * tuple.Item2;
                }
            }
            """),
        new("SwiftFifthPowerStruct", "Swift simple_math.swift StructMutation fifthPower", UnsupportedConstruct.StructOrInstanceMember, "ADGEN0006", """
            public static partial class C
            {
                public struct Point { public float X, Y, Z; }

                [Differentiable]
                public static float SwiftFifthPowerStruct(float input)
                {
                    var point = new Point { X = input, Y = input, Z = input };
                    point.X = point.X * input;
                    point.Y = point.X * input;
                    return point.X * point.Y;
                }
            }
            """),
        new("SwiftSumFirstThreeConcatenating", "Swift array.swift Array.+ sumFirstThreeConcatenating", UnsupportedConstruct.ArrayFromAnotherArray, "ADGEN0006", """
            public static partial class C
            {
                [Differentiable]
                public static float SwiftSumFirstThreeConcatenating(float[] a, float[] b)
                {
                    float[] c = a.Concat(b).ToArray();
                    return c[0] + c[1] + c[2];
                }
            }
            """),
        new("F", "Clad test/Gradient/Gradients.C S::f", UnsupportedConstruct.StructOrInstanceMember, "ADGEN0001", """
            public partial struct CladS
            {
                public double C1;
                public double C2;

                [Differentiable]
                public double F(double x, double y) => C1 * x + C2 * y;
            }
            """),
        new("CladAssignF8", "Clad test/Gradient/Assignments.C f8", UnsupportedConstruct.IncrementOrAssignmentInsideAnExpression, "ADGEN0006", """
            public static partial class C
            {
                [Differentiable]
                public static double CladAssignF8(double x, double y)
                {
                    double[] t = { 1, x, y, 1 };
                    t[3] = (y *= (t[0] = t[1] = t[2]));
                    return t[3];
                }
            }
            """),
        new("CladCallsFn2", "Clad test/Gradient/FunctionCalls.C fn2 (modify1 takes double& parameters)", UnsupportedConstruct.RefLocalOrParameter, "ADGEN0007", """
            public static partial class C
            {
                public static double Modify1(ref double i, ref double j)
                {
                    i += j;
                    j += j;
                    double res = i + j;
                    return res;
                }

                [Differentiable]
                public static double CladCallsFn2(double i, double j)
                {
                    double temp = 0;
                    temp = Modify1(ref i, ref j);
                    temp = Modify1(ref i, ref j);
                    return i;
                }
            }
            """),
        new("CladCallsFn3", "Clad test/Gradient/FunctionCalls.C fn3 (update1 is void and takes double& parameters)", UnsupportedConstruct.RefLocalOrParameter, "ADGEN0005", """
            public static partial class C
            {
                public static void Update1(ref double i, ref double j)
                {
                    i += j;
                    j += j;
                }

                [Differentiable]
                public static double CladCallsFn3(double i, double j)
                {
                    Update1(ref i, ref j);
                    Update1(ref i, ref j);
                    return i;
                }
            }
            """),
        new("CladCallsFn5", "Clad test/Gradient/FunctionCalls.C fn5 (modify2 writes its array argument)", UnsupportedConstruct.ArrayParameterWrite, "ADGEN0006", """
            public static partial class C
            {
                [Differentiable]
                public static double Modify2(double[] arr)
                {
                    arr[0] = 5 * arr[0] + arr[1];
                    return 1;
                }

                [Differentiable]
                public static double CladCallsFn5(double[] arr, int n)
                {
                    double temp = Modify2(arr);
                    return arr[0];
                }
            }
            """, DiagnosedMethod: "Modify2"),
        new("CladCallsFn7", "Clad test/Gradient/FunctionCalls.C fn7 (identity returns double&)", UnsupportedConstruct.RefLocalOrParameter, "ADGEN0006", """
            public static partial class C
            {
                public static ref double Identity(ref double i) => ref i;

                [Differentiable]
                public static double CladCallsFn7(double i, double j)
                {
                    ref double k = ref Identity(ref i);
                    ref double l = ref Identity(ref j);
                    k += 7 * j;
                    l += 9 * i;
                    return i + j + i;
                }
            }
            """),
        new("CladLambdasF2", "Clad test/Gradient/Lambdas.C f2", UnsupportedConstruct.Lambda, "ADGEN0006", """
            public static partial class C
            {
                [Differentiable]
                public static double CladLambdasF2(double i, double j)
                {
                    var f = (double t, double k) => t + k;
                    double x = f(i + j, i);
                    return x;
                }
            }
            """),
    };
}
