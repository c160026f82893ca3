using System.Linq;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Xunit;

namespace AutoDiffGen.Generator.Tests.Infrastructure;

/// <summary>The standard snapshot test: generate, compile warning-free, re-run cached, snapshot.</summary>
internal static class SnapshotTest
{
    /// <param name="expectedWarning">A warning the source is expected to get (its generated code is still snapshotted).</param>
    public static GeneratorRun Run(string source, string? expectedWarning = null, [CallerFilePath] string file = "", [CallerMemberName] string test = "")
    {
        GeneratorRun run = GeneratorHarness.Run(source);
        var problems = run.Problems.Where(d => d.Id != expectedWarning || d.Severity != DiagnosticSeverity.Warning).ToList();
        Assert.True(problems.Count == 0, "Unexpected generator diagnostics:\n" +
            string.Join("\n", problems.Select(GeneratorHarness.Describe)));
        if (expectedWarning is not null) Assert.Contains(run.Problems, d => d.Id == expectedWarning);
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
