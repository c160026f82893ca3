using System.Collections.Immutable;
using AutoDiffGen.Generator.Emit;
using AutoDiffGen.Generator.Model;
using AutoDiffGen.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace AutoDiffGen.Generator;

/// <summary>
/// The pipeline: [Differentiable] methods → (spec, diagnostics). Specs (equatable, no locations)
/// feed source output; diagnostics (real locations, so #pragma can suppress them) feed a separate
/// output. An edit elsewhere, or lines inserted above a method, leaves its spec equal, so its
/// gradient is not regenerated.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class DifferentiableGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        IncrementalValuesProvider<ParseResult> parsed = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                Attributes.Differentiable,
                static (node, _) => node is MethodDeclarationSyntax,
                static (ctx, ct) => MethodParser.Parse(ctx, ct))
            .WithTrackingName(TrackingNames.Parse);

        IncrementalValuesProvider<MethodSpec> specs = parsed
            .Select(static (result, _) => result.Spec!)
            .Where(static spec => spec is not null)
            .WithTrackingName(TrackingNames.Spec);

        context.RegisterSourceOutput(specs, static (spc, spec) =>
        {
            try
            {
                spc.AddSource(spec.HintName, SourceText.From(GradientEmitter.Emit(spec), System.Text.Encoding.UTF8));
            }
            catch (System.Exception e) when (e is not System.OperationCanceledException)
            {
                // The parse step already ran the same stages; this is a last line of defence, so that a bug
                // costs one method its gradient rather than the whole project its generated code (CS8785).
                spc.ReportDiagnostic(Diagnostic.Create(Diagnostics.DiagnosticDescriptors.InternalError, Location.None,
                    spec.Method.Name, e.GetType().Name + ": " + e.Message));
            }
        });

        context.RegisterSourceOutput(parsed.Select(static (result, _) => result.Diagnostics).WithComparer(Diagnostics.DiagnosticListComparer.Instance), static (spc, diagnostics) =>
        {
            foreach (Diagnostic diagnostic in diagnostics) spc.ReportDiagnostic(diagnostic);
        });

        IncrementalValuesProvider<ImmutableArray<Diagnostic>> ruleChecks = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                BackwardRules.Attribute,
                static (node, _) => node is MethodDeclarationSyntax,
                static (ctx, _) => BackwardRuleCheck.Check(ctx));
        context.RegisterSourceOutput(ruleChecks, static (spc, diagnostics) =>
        {
            foreach (Diagnostic diagnostic in diagnostics) spc.ReportDiagnostic(diagnostic);
        });
    }
}
