using System.Linq;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Xunit;

namespace AutoDiffGen.Generator.Tests.Infrastructure;

/// <summary>The standard snapshot test: generate, compile warning-free, re-run cached, snapshot.</summary>
internal static class SnapshotTest
{
    public static GeneratorRun Run(string source, [CallerFilePath] string file = "", [CallerMemberName] string test = "")
    {
        GeneratorRun run = GeneratorHarness.Run(source);
        Assert.True(run.Problems.IsEmpty, "Unexpected generator diagnostics:\n" +
            string.Join("\n", run.Problems.Select(GeneratorHarness.Describe)));
        Assert.NotEmpty(run.Sources);
        GeneratorHarness.AssertCompilesCleanly(run.Output);
        AssertSecondRunIsCached(run);
        Snapshot.Verify(run, file: file, test: test);
        return run;
    }

    /// <summary>LOCK TestHelpers.RunGeneratorAndAssertOutput: the same input again must be served from the cache.</summary>
    private static void AssertSecondRunIsCached(GeneratorRun first)
    {
        GeneratorDriver again = first.Driver.RunGenerators((Compilation)first.Input.Clone());
        GeneratorRunResult result = again.GetRunResult().Results.Single();
        Assert.NotEmpty(result.TrackedOutputSteps);
        foreach (var step in result.TrackedOutputSteps)
        {
            foreach (IncrementalGeneratorRunStep run in step.Value)
            {
                Assert.All(run.Outputs, o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
            }
        }
    }
}
