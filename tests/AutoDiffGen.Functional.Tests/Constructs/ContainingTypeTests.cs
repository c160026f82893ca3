using System;
using AutoDiffGen.Functional.Tests.Constructs.BlockScoped;
using AutoDiffGen.Functional.Tests.Reference;
using Xunit;

namespace AutoDiffGen.Functional.Tests.Constructs;

/// <summary>Gradients are generated into nested, generic, struct and record types and into the global namespace.</summary>
public class ContainingTypeTests
{
    [Fact]
    public void GlobalNamespace()
    {
        Assert.Equal(6.25, global::GlobalNamespaceFunctions.SquareGradient(2.5, out double dX));
        Assert.Equal(5.0, dX);
    }

    [Fact]
    public void BlockScopedNamespace()
    {
        Assert.Equal(8.0, BlockNamespaceFunctions.CubeGradient(2.0, out double dX));
        Assert.Equal(12.0, dX);
    }

    [Fact]
    public void NestedType()
    {
        double x = 0.7;
        Assert.Equal(OuterType.InnerType.Nested(x), OuterType.InnerType.NestedGradient(x, out double dX));
        Approx.Grad(Math.Cos(x) * x + Math.Sin(x), dX, "dX", "(x=0.7)");
    }

    [Fact]
    public void GenericContainingType()
    {
        Assert.Equal(GenericHost<string>.InGeneric(0.3), GenericHost<string>.InGenericGradient(0.3, out double dX));
        Approx.Grad(2 * Math.Exp(0.6), dX, "dX", "(x=0.3)");
    }

    [Fact]
    public void StructAndRecord()
    {
        double x = 1.7;
        Assert.Equal(StructHost.InStruct(x), StructHost.InStructGradient(x, out double dS));
        Approx.Grad((1 - x * x) / ((1 + x * x) * (1 + x * x)), dS, "dX (struct)", "(x=1.7)");
        Assert.Equal(RecordHost.InRecord(x), RecordHost.InRecordGradient(x, out double dR));
        Approx.Grad(2 * x / (1 + x * x), dR, "dX (record)", "(x=1.7)");
    }
}
