namespace AutoDiffGen.Generator.Tests.Diagnostics;

/// <summary>What keeps a ported function from being differentiated (docs/coverage.md ranks these).</summary>
internal enum UnsupportedConstruct
{
    GenericMethod,
    ArrayParameterWrite,
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
        new("CladFTypesUnsigned", "Clad test/Gradient/Gradients.C f_types (unsigned result)", UnsupportedConstruct.UnsupportedReturnType, "ADGEN0003", """
            public static partial class C
            {
                [Differentiable] public static uint CladFTypesUnsigned(int x, float y, double z) => (uint)(x + y + z);
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
            """),
    };
}
