using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using AutoDiffGen.Generator.Differentiation;
using AutoDiffGen.Generator.IR;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AutoDiffGen.Generator.Parsing;

/// <summary>
/// Writes a stability rewrite's replacement as the C# a user would type (<c>StableMath.Softplus(z)</c>),
/// quoting the user's own text for every operand that came from their code, so the diagnostic and the
/// code fix show their names, not the generator's.
/// </summary>
internal static class ReplacementText
{
    public static string Of(Expr e, IReadOnlyDictionary<Expr, SyntaxNode> origins) => Write(e, origins, operand: false);

    /// <summary>The user's expression on one line.</summary>
    public static string Quote(SyntaxNode node) => Regex.Replace(node.ToString(), @"\s+", " ").Trim();

    private static string Write(Expr e, IReadOnlyDictionary<Expr, SyntaxNode> origins, bool operand)
    {
        if (origins.TryGetValue(e, out SyntaxNode? node))
        {
            string text = Quote(node);
            return operand && !IsPrimary(node) ? "(" + text + ")" : text;
        }
        string written = e switch
        {
            Call c => Host(c) + "." + DerivativeRules.Get(c.Function).ClrName + "(" + string.Join(", ", c.Arguments.Select(a => Write(a, origins, false))) + ")",
            Unary { Op: UnaryOp.Negate } u => "-" + Write(u.Operand, origins, true),
            Binary b => Write(b.Left, origins, true) + " " + Token(b.Op) + " " + Write(b.Right, origins, true),
            Constant { Compound: true } k => operand ? "(" + k.Text + ")" : k.Text,
            Constant k => k.Text,
            Variable v => v.Name,
            IR.Convert c => Write(c.Operand, origins, operand),
            _ => e.ToString(),
        };
        return operand && e is Binary ? "(" + written + ")" : written;
    }

    private static bool IsPrimary(SyntaxNode node) =>
        node is IdentifierNameSyntax or LiteralExpressionSyntax or InvocationExpressionSyntax or ParenthesizedExpressionSyntax
            or MemberAccessExpressionSyntax or ElementAccessExpressionSyntax;

    private static string Host(Call c)
    {
        DerivativeRule rule = DerivativeRules.Get(c.Function);
        if (rule.Host == RuleHost.StableMath) return "StableMath";
        if (rule.Host == RuleHost.NumericType) return c.Arguments[0].Type.Keyword();
        return c.Type == NumType.Single && c.Function != Primitive.Abs ? "MathF" : "Math";
    }

    private static string Token(BinaryOp op) => op switch
    {
        BinaryOp.Add => "+",
        BinaryOp.Subtract => "-",
        BinaryOp.Multiply => "*",
        _ => "/",
    };
}
