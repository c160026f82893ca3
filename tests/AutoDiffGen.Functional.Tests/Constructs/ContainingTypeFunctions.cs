using System;
using AutoDiffGen;

// Containing-type shapes: nested, generic, struct, record, global namespace, block-scoped namespace.

public static partial class GlobalNamespaceFunctions
{
    [Differentiable] public static double Square(double x) => x * x;
}

namespace AutoDiffGen.Functional.Tests.Constructs.BlockScoped
{
    public static partial class BlockNamespaceFunctions
    {
        [Differentiable] public static double Cube(double x) => x * x * x;
    }
}

namespace AutoDiffGen.Functional.Tests.Constructs
{
    public partial class OuterType
    {
        public static partial class InnerType
        {
            [Differentiable] public static double Nested(double x) => Math.Sin(x) * x;
        }
    }

    public partial class GenericHost<T>
    {
        [Differentiable] public static double InGeneric(double x) => Math.Exp(2 * x);
    }

    public partial struct StructHost
    {
        [Differentiable] public static double InStruct(double x) => x / (1 + x * x);
    }

    public partial record RecordHost
    {
        [Differentiable] public static double InRecord(double x) => Math.Log(1 + x * x);
    }
}
