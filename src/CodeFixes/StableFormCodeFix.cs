using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;

namespace AutoDiffGen.CodeFixes;

/// <summary>
/// "Use StableMath.Softplus(z)": replaces the expression a stability diagnostic (ADGEN10nn, ADGEN1102)
/// is on with the stable call its <c>Replacement</c> property carries, so the user's own forward method
/// computes the stable form too (the generator can only make the generated members stable).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(StableFormCodeFix)), Shared]
public sealed class StableFormCodeFix : CodeFixProvider
{
    /// <summary>The diagnostic property the generator fills (StabilityDescriptors.ReplacementProperty).</summary>
    public const string ReplacementProperty = "Replacement";

    /// <summary>Every stability diagnostic the generator reports; a test keeps this equal to the generator's list.
    /// A diagnostic without a Replacement property (a streaming log-sum-exp or softmax in a loop, whose
    /// stable form needs a running maximum that only the generated code has) gets no fix.</summary>
    public static readonly ImmutableArray<string> Ids = ImmutableArray.Create(
        "ADGEN1001", "ADGEN1002", "ADGEN1003", "ADGEN1004", "ADGEN1005", "ADGEN1006", "ADGEN1007", "ADGEN1008", "ADGEN1011", "ADGEN1012",
        "ADGEN1013", "ADGEN1014", "ADGEN1015", "ADGEN1016", "ADGEN1017", "ADGEN1018", "ADGEN1019", "ADGEN1020", "ADGEN1021",
        "ADGEN1022", "ADGEN1023", "ADGEN1024", "ADGEN1025", "ADGEN1026", "ADGEN1027", "ADGEN1028", "ADGEN1033",
        "ADGEN1102");

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds => Ids;

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null) return;
        foreach (Diagnostic diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.TryGetValue(ReplacementProperty, out string? replacement) || string.IsNullOrWhiteSpace(replacement)) continue;
            if (root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax expression) continue;
            if (expression.Span != diagnostic.Location.SourceSpan) continue;
            context.RegisterCodeFix(
                CodeAction.Create("Use " + replacement, ct => Replace(context.Document, expression, replacement!, ct), equivalenceKey: diagnostic.Id),
                diagnostic);
        }
    }

    private static async Task<Document> Replace(Document document, ExpressionSyntax expression, string replacement, CancellationToken cancellation)
    {
        SyntaxNode root = (await document.GetSyntaxRootAsync(cancellation).ConfigureAwait(false))!;
        // Parenthesised so that operator precedence cannot change its meaning; the simplifier removes
        // the parentheses wherever they are not needed.
        ExpressionSyntax stable = SyntaxFactory.ParenthesizedExpression(SyntaxFactory.ParseExpression(replacement))
            .WithTriviaFrom(expression)
            .WithAdditionalAnnotations(Simplifier.Annotation);
        SyntaxNode updated = root.ReplaceNode(expression, stable);
        if (updated is CompilationUnitSyntax unit && replacement.Contains("StableMath.") && !HasUsing(unit, "AutoDiffGen"))
        {
            updated = unit.AddUsings(SyntaxFactory.UsingDirective(SyntaxFactory.ParseName("AutoDiffGen")));
        }
        Document changed = document.WithSyntaxRoot(updated);
        return await Simplifier.ReduceAsync(changed, Simplifier.Annotation, cancellationToken: cancellation).ConfigureAwait(false);
    }

    private static bool HasUsing(CompilationUnitSyntax unit, string name) =>
        unit.Usings.Any(u => u.Name?.ToString() == name)
        || unit.Members.OfType<BaseNamespaceDeclarationSyntax>().Any(n => n.Usings.Any(u => u.Name?.ToString() == name));
}
