using Xunit;

namespace AutoDiffGen.Functional.Tests.VectorOps;

/// <summary>
/// Every Vec function, double and float: the forward against a naive reference written in the test, the
/// pullback against central differences of that reference (adding into non-zero gradients), empty gradient
/// spans as "not wanted", and the ArgumentException for a gradient span of the wrong length.
/// </summary>
public class VecPrimitiveTests
{
    [Theory]
    [MemberData(nameof(VecOps.Names), MemberType = typeof(VecOps))]
    public void DoubleForwardAndPullbackMatchReferenceAndCentralDifferences(string name) => VecOps.Named(name).CheckDouble();

    [Theory]
    [MemberData(nameof(VecOps.Names), MemberType = typeof(VecOps))]
    public void FloatForwardAndPullbackMatchReferenceAndCentralDifferences(string name) => VecOps.Named(name).CheckFloat();

    [Theory]
    [MemberData(nameof(VecOps.Names), MemberType = typeof(VecOps))]
    public void EmptyGradientSpansAreNotWanted(string name) => VecOps.Named(name).CheckEmptyGradientsAreNotWanted();

    [Theory]
    [MemberData(nameof(VecOps.Names), MemberType = typeof(VecOps))]
    public void GradientSpanOfWrongLengthThrowsNamingIt(string name) => VecOps.Named(name).CheckWrongGradientLengthThrows();
}
