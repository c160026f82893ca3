using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using AutoDiffGen.CodeFixes;
using AutoDiffGen.Generator.Diagnostics;
using AutoDiffGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace AutoDiffGen.Generator.Tests.Stability;

/// <summary>
/// The IDE code fix (src/CodeFixes) applied as the IDE applies it: to a workspace document, for a
/// stability diagnostic the generator reported. The fixed method must compile, keep its value, and no
/// longer get that diagnostic there: the user's own method now calls the stable form.
/// </summary>
public sealed class CodeFixTests
{
    public static TheoryData<string, string, string, double[]> Cases => ReplacementPropertyTests.Cases;

    [Theory]
    [MemberData(nameof(Cases))]
    public void Fix_writes_the_stable_call_keeps_the_value_and_the_diagnostic_goes_away(string rule, string parameters, string expression, double[] at)
    {
        string source = ReplacementPropertyTests.Source(parameters, expression);
        double original = ReplacementPropertyTests.Evaluate(source, at);
        Diagnostic[] stability = GeneratorHarness.Run(source).Diagnostics.Where(d => d.Descriptor.Category == "AutoDiffGen.Stability").ToArray();
        Assert.NotEmpty(stability);
        foreach (Diagnostic diagnostic in stability)
        {
            string fixedSource = ApplyFix(source, diagnostic, out string title);
            Assert.StartsWith("Use ", title);
            double value = ReplacementPropertyTests.Evaluate(fixedSource, at, rule + " after the fix:\n" + fixedSource);
            Assert.True(Math.Abs(value - original) <= 1e-13 * Math.Abs(original), rule + ": fixed code gives " + value.ToString("R") + ", original " + original.ToString("R"));
            int before = stability.Count(d => d.Id == diagnostic.Id);
            int after = GeneratorHarness.Run(fixedSource).Diagnostics.Count(d => d.Id == diagnostic.Id);
            Assert.True(after < before, rule + ": " + diagnostic.Id + " is still reported after the fix:\n" + fixedSource);
        }
    }

    [Fact]
    public void Fix_reads_like_hand_written_code()
    {
        string source = ReplacementPropertyTests.Source("double score", "2 * Math.Log(1 + Math.Exp(score))");
        Diagnostic softplus = Assert.Single(GeneratorHarness.Run(source).Diagnostics, d => d.Id == "ADGEN1003");

        string fixedSource = ApplyFix(source, softplus, out string title);

        Assert.Equal("Use StableMath.Softplus(score)", title);
        Assert.Contains("=> 2 * StableMath.Softplus(score);", fixedSource, StringComparison.Ordinal);
    }

    [Fact]
    public void Fix_adds_the_using_when_the_file_has_none()
    {
        const string source = """
            public static partial class C
            {
                [global::AutoDiffGen.Differentiable]
                public static double F(double score) => System.Math.Log(1 + System.Math.Exp(score));
            }
            """;
        Diagnostic softplus = Assert.Single(GeneratorHarness.Run(source).Diagnostics, d => d.Id == "ADGEN1003");

        string fixedSource = ApplyFix(source, softplus, out _);

        Assert.StartsWith("using AutoDiffGen;", fixedSource, StringComparison.Ordinal);
        Assert.Contains("=> StableMath.Softplus(score);", fixedSource, StringComparison.Ordinal);
    }

    [Fact]
    public void Fixable_ids_are_the_generators_stability_ids()
    {
        string[] generator = StabilityDescriptors.All.Select(d => d.Id).OrderBy(id => id, StringComparer.Ordinal).ToArray();
        Assert.Equal(generator, new StableFormCodeFix().FixableDiagnosticIds.OrderBy(id => id, StringComparer.Ordinal).ToArray());
        Assert.Equal(StabilityDescriptors.ReplacementProperty, StableFormCodeFix.ReplacementProperty);
    }

    /// <summary>Puts <paramref name="source"/> in a workspace document and applies the fix's only action for <paramref name="diagnostic"/>.</summary>
    private static string ApplyFix(string source, Diagnostic diagnostic, out string title)
    {
        using var workspace = new AdhocWorkspace();
        Project project = workspace.AddProject("Test", LanguageNames.CSharp)
            .WithParseOptions(GeneratorHarness.ParseOptions)
            .WithCompilationOptions(new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary))
            .AddMetadataReferences(AutoDiffGen.Testing.GeneratorRunner.References);
        Document document = project.AddDocument("Test0.cs", SourceText.From(source));
        SyntaxTree tree = document.GetSyntaxTreeAsync().Result!;
        Diagnostic located = Diagnostic.Create(diagnostic.Descriptor, Location.Create(tree, diagnostic.Location.SourceSpan), diagnostic.Properties,
            diagnostic.GetMessage());

        var actions = new List<CodeAction>();
        var context = new CodeFixContext(document, located, (action, _) => actions.Add(action), CancellationToken.None);
        new StableFormCodeFix().RegisterCodeFixesAsync(context).Wait();
        CodeAction only = Assert.Single(actions);
        title = only.Title;
        ImmutableArray<CodeActionOperation> operations = only.GetOperationsAsync(CancellationToken.None).Result;
        Solution changed = operations.OfType<ApplyChangesOperation>().Single().ChangedSolution;
        return changed.GetDocument(document.Id)!.GetTextAsync().Result.ToString();
    }

    [Fact]
    public async System.Threading.Tasks.Task No_fix_where_the_stable_form_needs_a_local_only_the_generated_code_has()
    {
        const string source = """
            using System;
            using AutoDiffGen;
            public static partial class C
            {
                [Differentiable]
                public static double F(double[] x)
                {
                    double s = 0;
                    for (int i = 0; i < x.Length; i++) s += Math.Exp(x[i]);
                    return Math.Log(s);
                }
            }
            """;
        Diagnostic lse = Assert.Single(GeneratorHarness.Run(source).Diagnostics, d => d.Id == "ADGEN1007");
        Assert.False(lse.Properties.ContainsKey(StabilityDescriptors.ReplacementProperty));
        Assert.Contains("sMax", lse.GetMessage(), StringComparison.Ordinal);

        using var workspace = new AdhocWorkspace();
        Document document = workspace.AddProject("Test", LanguageNames.CSharp).AddDocument("Test0.cs", SourceText.From(source));
        var actions = new List<CodeAction>();
        SyntaxTree tree = (await document.GetSyntaxTreeAsync())!;
        Diagnostic located = Diagnostic.Create(lse.Descriptor, Location.Create(tree, lse.Location.SourceSpan), lse.Properties);
        await new StableFormCodeFix().RegisterCodeFixesAsync(new CodeFixContext(document, located, (a, _) => actions.Add(a), CancellationToken.None));
        Assert.Empty(actions);
    }
}
