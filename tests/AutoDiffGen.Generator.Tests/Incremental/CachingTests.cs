using System.Collections.Generic;
using System.Linq;
using AutoDiffGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace AutoDiffGen.Generator.Tests.Incremental;

/// <summary>
/// Which edits re-run emission (style guide §7.4). Each test runs the generator, edits the compilation,
/// runs the same driver again and reads the reasons recorded for the tracked steps.
/// </summary>
public sealed class CachingTests
{
    private const string Source = """
        using System;
        using AutoDiffGen;

        namespace N;

        public static partial class C
        {
            [Differentiable]
            public static double Loss(double x, double y)
            {
                double s = Math.Sin(x) * y;
                return s * s;
            }

            public static double Unrelated(double v)
            {
                return v + 1;
            }
        }
        """;

    private static (GeneratorDriver Driver, CSharpCompilation Compilation) FirstRun(string source = Source)
    {
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation(source);
        GeneratorDriver driver = GeneratorHarness.Run(compilation).Driver;
        return (driver, compilation);
    }

    private static GeneratorDriver SecondRun(GeneratorDriver driver, CSharpCompilation compilation) =>
        GeneratorHarness.Run(compilation, driver).Driver;

    /// <summary>Replaces Test0.cs, parsed with the same options as every other tree.</summary>
    private static CSharpCompilation Edit(CSharpCompilation compilation, string newSource) =>
        compilation.ReplaceSyntaxTree(compilation.SyntaxTrees.First(), GeneratorHarness.Parse(newSource, 0));

    [Fact]
    public void Same_compilation_again_is_cached()
    {
        (GeneratorDriver driver, CSharpCompilation compilation) = FirstRun();

        GeneratorDriver again = SecondRun(driver, compilation);

        foreach (string step in new[] { TrackingNames.Parse, TrackingNames.Spec })
        {
            Assert.All(StepOutputs.Outputs(again, step), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
        }
        Assert.All(again.GetRunResult().Results.Single().TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs),
            o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
    }

    [Fact]
    public void Adding_an_unrelated_tree_does_not_regenerate()
    {
        (GeneratorDriver driver, CSharpCompilation compilation) = FirstRun();

        GeneratorDriver again = SecondRun(driver, compilation.AddSyntaxTrees(GeneratorHarness.Parse("struct Foo { }", 1)));

        AssertSpecNotRegenerated(again, "Loss");
    }

    [Fact]
    public void Appending_unrelated_code_to_the_same_file_does_not_regenerate()
    {
        (GeneratorDriver driver, CSharpCompilation compilation) = FirstRun();

        GeneratorDriver again = SecondRun(driver, Edit(compilation, Source + "\ninternal sealed class Appended { public int Value; }\n"));

        AssertSpecNotRegenerated(again, "Loss");
    }

    [Fact]
    public void Inserting_lines_above_the_method_does_not_regenerate()
    {
        (GeneratorDriver driver, CSharpCompilation compilation) = FirstRun();

        string moved = Source.Replace("public static partial class C\n{\n", "public static partial class C\n{\n\n\n    // a comment\n\n");
        Assert.NotEqual(Source, moved);
        GeneratorDriver again = SecondRun(driver, Edit(compilation, moved));

        // The edited tree is parsed again and yields an equal spec (no Location in it), so nothing downstream re-runs.
        Assert.Equal(IncrementalStepRunReason.Unchanged, StepOutputs.ParseReasons(again)["Loss"]);
        AssertSpecNotRegenerated(again, "Loss");
    }

    [Fact]
    public void Editing_an_unrelated_method_in_the_same_class_does_not_regenerate()
    {
        (GeneratorDriver driver, CSharpCompilation compilation) = FirstRun();

        string edited = Source.Replace("return v + 1;", "return v * 2 + 3;");
        Assert.NotEqual(Source, edited);
        GeneratorDriver again = SecondRun(driver, Edit(compilation, edited));

        Assert.Equal(IncrementalStepRunReason.Unchanged, StepOutputs.ParseReasons(again)["Loss"]);
        AssertSpecNotRegenerated(again, "Loss");
    }

    [Fact]
    public void Changing_the_differentiated_body_regenerates()
    {
        (GeneratorDriver driver, CSharpCompilation compilation) = FirstRun();

        string edited = Source.Replace("return s * s;", "return s * s * s;");
        Assert.NotEqual(Source, edited);
        GeneratorDriver again = SecondRun(driver, Edit(compilation, edited));

        Assert.Equal(IncrementalStepRunReason.Modified, StepOutputs.SpecReasons(again)["Loss"]);
        Assert.Contains(again.GetRunResult().Results.Single().TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs),
            o => o.Reason == IncrementalStepRunReason.Modified);
    }

    [Fact]
    public void Adding_a_second_method_leaves_the_first_unchanged()
    {
        (GeneratorDriver driver, CSharpCompilation compilation) = FirstRun();

        string edited = Source.Replace("    public static double Unrelated", """
                [Differentiable]
                public static double Second(double z) => z * z;

                public static double Unrelated
            """);
        Assert.NotEqual(Source, edited);
        GeneratorDriver again = SecondRun(driver, Edit(compilation, edited));

        Dictionary<string, IncrementalStepRunReason> reasons = StepOutputs.SpecReasons(again);
        Assert.Contains(reasons["Loss"], new[] { IncrementalStepRunReason.Unchanged, IncrementalStepRunReason.Cached });
        Assert.Equal(IncrementalStepRunReason.New, reasons["Second"]);
    }

    /// <summary>The spec step did not produce a new value (Cached: its input was unchanged; Unchanged: it re-ran
    /// and produced an equal value), so no source output re-ran.</summary>
    private static void AssertSpecNotRegenerated(GeneratorDriver driver, string method)
    {
        var notRegenerated = new[] { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged };
        Assert.Contains(StepOutputs.SpecReasons(driver)[method], notRegenerated);
        Assert.All(StepOutputs.SourceOutputReasons(driver), r => Assert.Contains(r, notRegenerated));
    }
}
