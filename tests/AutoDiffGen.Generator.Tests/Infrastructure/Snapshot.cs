using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using AutoDiffGen.Testing;

namespace AutoDiffGen.Generator.Tests.Infrastructure;

/// <summary>
/// Snapshots of a generator run in Verify.SourceGenerators' layout (style guide §7.2–7.3):
/// <c>{TestClass}.{TestMethod}#{hintNameWithoutExt}.verified.cs</c> per generated source, starting with
/// <c>//HintName: {hint}</c>, and <c>{TestClass}.{TestMethod}.verified.txt</c> only when there are diagnostics.
/// Files live next to the test source. The conventions themselves are AutoDiffGen.Testing's, the same
/// code users' snapshot tests run.
/// </summary>
internal static class Snapshot
{
    public static void Verify(GeneratorRun run, Func<string, string>? scrubber = null,
        [CallerFilePath] string file = "", [CallerMemberName] string test = "")
    {
        SnapshotLocation location = SnapshotLocation.ForTest(file, test);
        new SnapshotVerifier(location.Directory).Verify(location.BaseName, Files(run, location.Directory, scrubber));
    }

    public static IReadOnlyList<SnapshotFile> Files(GeneratorRun run, string projectDirectory, Func<string, string>? scrubber = null) =>
        GeneratedSnapshotFiles.Create(
            System.Linq.Enumerable.Select(run.Sources, s => (s.HintName, s.SourceText.ToString())),
            run.Diagnostics, projectDirectory, scrubber);
}
