using AutoDiffGen.Testing;
using Xunit;

namespace ToyModelSample.Tests;

/// <summary>
/// Snapshots: a change to the model or to the generator that moves a derivative, or that changes the generated
/// code, fails here with a diff until the new .verified. file is accepted (docs/testing.md).
/// </summary>
public sealed class ToyModelSnapshotTests
{
    [Fact]
    public void Derivatives() =>
        DerivativeSnapshot.For(typeof(ToyModel), nameof(ToyModel.Loss))
            .At(0.5, 1.0, 0.3, 1.2, -0.4, 0.8, 0.5, -0.7, 0.2, 1.5)
            .At(-0.9, 0.1, 0.0, -1.0, 0.6, 0.3, -0.2, 1.1, 0.9, -0.4)
            .Verify();

    [Fact]
    public void GeneratedCode_of_Loss() =>
        GeneratedCode.Verify("../ToyModel/ToyModel.cs", nameof(ToyModel.Loss));
}
