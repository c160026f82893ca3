using AutoDiffGen.Generator.Tests.Infrastructure;
using Xunit;

namespace AutoDiffGen.Generator.Tests.Snapshots;

/// <summary>Where the generated members go: nested, generic and namespaced types; accessibility.</summary>
public sealed class DeclarationSnapshots
{
    [Fact]
    public void NestedGenericTypesInNamespace() => SnapshotTest.Run("""
        using AutoDiffGen;

        namespace Outer.Inner
        {
            public partial class Container<T>
            {
                public partial struct Middle
                {
                    internal static partial class Leaf
                    {
                        [Differentiable]
                        public static double F(double x) => x * x;
                    }
                }
            }
        }
        """);

    [Fact]
    public void GlobalNamespaceRecord() => SnapshotTest.Run("""
        using AutoDiffGen;

        public partial record Model(double Weight)
        {
            [Differentiable]
            public static double F(double x) => 3.0 * x;
        }
        """);

    [Fact]
    public void InternalAndPrivateAccessibility() => SnapshotTest.Run("""
        using AutoDiffGen;

        namespace Samples;

        public static partial class Access
        {
            [Differentiable]
            internal static double Visible(double x) => x * x;

            [Differentiable]
            private static double Hidden(double x) => x + x;

            // Uses the private method and its generated gradient, so neither is reported as unused.
            public static double Use(double x) => Hidden(x) + HiddenGradient(x, out double dX) + dX;
        }
        """);
}
