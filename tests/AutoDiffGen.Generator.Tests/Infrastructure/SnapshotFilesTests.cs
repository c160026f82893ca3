using System;
using System.IO;
using AutoDiffGen.Testing;
using Xunit;

namespace AutoDiffGen.Generator.Tests.Infrastructure;

/// <summary>
/// What a generator run's snapshot files contain. The file conventions (received/verified, accept, CI) are
/// AutoDiffGen.Testing's and are tested there (tests/AutoDiffGen.Testing.Tests/Snapshots).
/// </summary>
public sealed class SnapshotFilesTests
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "adgen-snapshot-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void Generated_code_version_is_scrubbed()
    {
        GeneratorRun run = GeneratorHarness.Run("""
            using AutoDiffGen;
            namespace N;
            public static partial class C
            {
                [Differentiable]
                public static double F(double x) => x * x;
            }
            """);

        SnapshotFile file = Assert.Single(Snapshot.Files(run, directory));

        // Verify.SourceGenerators strips only the last extension: N.C.F.g.cs → #N.C.F.g
        Assert.Equal("#N.C.F.g", file.Suffix);
        Assert.StartsWith("//HintName: N.C.F.g.cs\n", file.Content);
        Assert.Contains("GeneratedCodeAttribute(\"AutoDiffGen.Generator\", \"%VERSION%\")", file.Content);
        Assert.DoesNotMatch(@"GeneratedCodeAttribute\(""AutoDiffGen.Generator"", ""\d", file.Content);
    }
}
