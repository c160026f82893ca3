using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using AutoDiffGen.Generator.Model;
using Microsoft.CodeAnalysis;
using Xunit;

namespace AutoDiffGen.Generator.Tests.Incremental;

/// <summary>Reads the tracked steps of the last run of a driver (style guide §3.4, §7.4).</summary>
internal static class StepOutputs
{
    public static ImmutableArray<IncrementalGeneratorRunStep> Steps(GeneratorDriver driver, string trackingName)
    {
        GeneratorRunResult result = driver.GetRunResult().Results.Single();
        // A step that never ran proves nothing about caching, so a missing name is a failure, not a pass.
        Assert.True(result.TrackedSteps.ContainsKey(trackingName),
            "Tracking name '" + trackingName + "' did not run; tracked: " + string.Join(", ", result.TrackedSteps.Keys));
        return result.TrackedSteps[trackingName];
    }

    public static List<(object Value, IncrementalStepRunReason Reason)> Outputs(GeneratorDriver driver, string trackingName) =>
        Steps(driver, trackingName).SelectMany(s => s.Outputs).ToList();

    /// <summary>The Parse step's outputs (that produced a spec) by the differentiated method's name.</summary>
    public static Dictionary<string, IncrementalStepRunReason> ParseReasons(GeneratorDriver driver) =>
        Outputs(driver, TrackingNames.Parse)
            .Where(o => ((Parsing.ParseResult)o.Value).Spec is not null)
            .ToDictionary(o => ((Parsing.ParseResult)o.Value).Spec!.Method.Name, o => o.Reason);

    /// <summary>Every output of the source-output steps: what decides whether code is emitted again.</summary>
    public static List<IncrementalStepRunReason> SourceOutputReasons(GeneratorDriver driver) =>
        driver.GetRunResult().Results.Single().TrackedOutputSteps
            .SelectMany(s => s.Value).SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();

    /// <summary>The Spec step's outputs by the differentiated method's name.</summary>
    public static Dictionary<string, IncrementalStepRunReason> SpecReasons(GeneratorDriver driver) =>
        Outputs(driver, TrackingNames.Spec).ToDictionary(o => ((MethodSpec)o.Value).Method.Name, o => o.Reason);
}
