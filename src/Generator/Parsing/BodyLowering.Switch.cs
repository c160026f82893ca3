using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using AutoDiffGen.Generator.Diagnostics;
using AutoDiffGen.Generator.IR;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AutoDiffGen.Generator.Parsing;

/// <summary>
/// <c>switch</c> statements and expressions, and <c>is</c> patterns, become if/else chains and
/// conditionals: a switch has no derivative of its own, only the section that runs does.
/// </summary>
internal sealed partial class BodyLowering
{
    /// <summary>
    /// <c>switch (k) { case 1: a; break; case 2: case 3: b; break; default: c; break; }</c> becomes
    /// <c>if (k == 1) { a } else if (k == 2 || k == 3) { b } else { c }</c>. A section ending in
    /// <c>goto case</c>/<c>goto default</c> gets a copy of the target section's statements.
    /// </summary>
    private void Switch(ISwitchOperation sw, List<Stmt> into)
    {
        string header = "switch (" + Text(sw.Value.Syntax) + ")";
        Expr value = Expression(sw.Value);
        if (value is not (Variable or Constant))
        {
            string kept = DeclareLocal("switchValue", value.Type);
            into.Add(new Assign(header, kept, value, IsDeclaration: true));
            value = new Variable(value.Type, kept);
        }

        var sectionOf = new Dictionary<ILabelSymbol, ISwitchCaseOperation>(SymbolEqualityComparer.Default);
        foreach (ISwitchCaseOperation section in sw.Cases)
        {
            foreach (ICaseClauseOperation clause in section.Clauses)
            {
                if (clause.Label is not null) sectionOf[clause.Label] = section;
            }
        }

        breakables.Add((sw.ExitLabel, null));
        nesting++;
        var chain = new List<(Expr Test, string Source, List<Stmt> Body)>();
        List<Stmt>? otherwise = null;
        foreach (ISwitchCaseOperation section in sw.Cases)
        {
            if (section.Clauses.Any(c => c is IDefaultCaseClauseOperation))
            {
                otherwise = SectionBody(sw, section, sectionOf, new HashSet<ISwitchCaseOperation>());
                continue;
            }
            Expr?[] tests = section.Clauses.Select(c => ClauseTest(c, value)).ToArray();
            if (tests.Any(t => t is null)) continue; // reported; its statements would only add follow-on errors
            Expr test = tests.Aggregate((a, b) => new Binary(NumType.Boolean, BinaryOp.ConditionalOr, a!, b!))!;
            List<Stmt> body = SectionBody(sw, section, sectionOf, new HashSet<ISwitchCaseOperation>());
            string labels = string.Join(" ", section.Clauses.Select(c => Text(c.Syntax)));
            chain.Add((test, header + " " + labels, body));
        }
        nesting--;
        breakables.RemoveAt(breakables.Count - 1);

        List<Stmt> result = otherwise ?? new List<Stmt>();
        for (int i = chain.Count - 1; i >= 0; i--)
        {
            result = new List<Stmt> { new If(chain[i].Source, chain[i].Test, chain[i].Body.ToEquatableArray(), result.ToEquatableArray()) };
        }
        into.AddRange(result);
    }

    /// <summary>A looping <c>goto case</c> is found once from each section it is reached from; reported once.</summary>
    private readonly HashSet<IOperation> reportedGotos = new();

    private List<Stmt> SectionBody(ISwitchOperation sw, ISwitchCaseOperation section,
        IReadOnlyDictionary<ILabelSymbol, ISwitchCaseOperation> sectionOf, HashSet<ISwitchCaseOperation> entered)
    {
        entered.Add(section);
        var body = new List<Stmt>();
        // 'case 0: { …; break; }': a section written as one block is that block's statements.
        ImmutableArray<IOperation> statements = section.Body.Length == 1 && section.Body[0] is IBlockOperation block ? block.Operations : section.Body;
        for (int i = 0; i < statements.Length; i++)
        {
            IOperation op = statements[i];
            bool last = i == statements.Length - 1;
            if (last && op is IBranchOperation { BranchKind: BranchKind.Break } b && SymbolEqualityComparer.Default.Equals(b.Target, sw.ExitLabel))
            {
                continue; // the end of the section
            }
            if (last && op is IBranchOperation { BranchKind: BranchKind.GoTo } g && g.Target is { } label
                && sectionOf.TryGetValue(label, out ISwitchCaseOperation? target))
            {
                if (entered.Contains(target))
                {
                    if (reportedGotos.Add(op)) Report(DiagnosticDescriptors.UnsupportedStatement, op.Syntax.GetLocation(),
                        "this 'goto case' makes the switch loop; write the loop as a for or while loop");
                    continue;
                }
                body.AddRange(SectionBody(sw, target, sectionOf, new HashSet<ISwitchCaseOperation>(entered)));
                continue;
            }
            if (op is IBranchOperation { BranchKind: BranchKind.Break } inner && SymbolEqualityComparer.Default.Equals(inner.Target, sw.ExitLabel))
            {
                Report(DiagnosticDescriptors.UnsupportedStatement, StatementLocation(op.Syntax),
                    "'break' before the end of a switch section is not supported; use if/else inside the section so it ends with its only 'break'");
                continue;
            }
            Statement(op, body);
        }
        return body;
    }

    /// <summary>The test one case label makes of the switch value (null for <c>default</c>, or when reported).</summary>
    private Expr? ClauseTest(ICaseClauseOperation clause, Expr value)
    {
        switch (clause)
        {
            case ISingleValueCaseClauseOperation single:
                return Compare(BinaryOp.Equal, value, Expression(single.Value));
            case IPatternCaseClauseOperation pattern when pattern.Guard is null:
                return Pattern(pattern.Pattern, value);
            case IPatternCaseClauseOperation pattern:
                return Pattern(pattern.Pattern, value) is { } test
                    ? new Binary(NumType.Boolean, BinaryOp.ConditionalAnd, test, Expression(pattern.Guard!))
                    : null;
            default:
                Report(DiagnosticDescriptors.UnsupportedExpression, clause.Syntax.GetLocation(), "this case label is not supported");
                return null;
        }
    }

    /// <summary>A constant, relational, <c>and</c>/<c>or</c>/<c>not</c> or discard pattern as a test of <paramref name="value"/>.</summary>
    private Expr? Pattern(IPatternOperation pattern, Expr value)
    {
        switch (pattern)
        {
            case IConstantPatternOperation c:
                return Compare(BinaryOp.Equal, value, Expression(c.Value));
            case IRelationalPatternOperation r when Operator(r.OperatorKind) is BinaryOp op:
                return Compare(op, value, Expression(r.Value));
            case IBinaryPatternOperation b when Pattern(b.LeftPattern, value) is { } left && Pattern(b.RightPattern, value) is { } right:
                return new Binary(NumType.Boolean, b.OperatorKind == BinaryOperatorKind.And ? BinaryOp.ConditionalAnd : BinaryOp.ConditionalOr, left, right);
            case IBinaryPatternOperation:
                return null;
            case INegatedPatternOperation n when Pattern(n.Pattern, value) is { } negated:
                return new Unary(NumType.Boolean, UnaryOp.LogicalNot, negated);
            case INegatedPatternOperation:
                return null;
            case IDiscardPatternOperation:
                return new Constant(NumType.Boolean, "true");
            default:
                Report(DiagnosticDescriptors.UnsupportedExpression, pattern.Syntax.GetLocation(),
                    "this pattern is not supported; use constants, relational patterns (< 0), and/or/not, or _");
                return null;
        }
    }

    /// <summary><c>k switch { 0 => a, &lt; 0 => b, _ => c }</c> is <c>k == 0 ? a : k &lt; 0 ? b : c</c>.</summary>
    private Expr SwitchExpression(ISwitchExpressionOperation sw, NumType type)
    {
        Expr value = Expression(sw.Value);
        ISwitchExpressionArmOperation? fallback = sw.Arms.LastOrDefault();
        if (fallback is null || fallback.Pattern is not IDiscardPatternOperation || fallback.Guard is not null)
        {
            return Unsupported(sw, "a switch expression needs a last arm '_ => …' (without it, an unmatched value throws, and that has no derivative)");
        }

        Expr result = Expression(fallback.Value);
        for (int i = sw.Arms.Length - 2; i >= 0; i--)
        {
            ISwitchExpressionArmOperation arm = sw.Arms[i];
            Expr? test = Pattern(arm.Pattern, value);
            if (test is null) return new Constant(type, "default");
            if (arm.Guard is not null) test = new Binary(NumType.Boolean, BinaryOp.ConditionalAnd, test, Expression(arm.Guard));
            result = new Conditional(type, test, Expression(arm.Value), result);
        }
        return result;
    }
}
