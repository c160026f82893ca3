using System.Collections.Generic;
using System.Linq;
using AutoDiffGen.Generator.IR;
using AutoDiffGen.Generator.Lowering;

namespace AutoDiffGen.Generator.Rewrites;

/// <summary>One rewrite that made it into the method: the user's expression (the node the parser built
/// for it, by reference) and what replaced it.</summary>
internal sealed record AppliedRewrite(StabilityRule Rule, Expr Original, Expr Replacement);

/// <summary>
/// The rewrite stage: replaces every fragile formula of <see cref="StabilityPatterns"/> in a method body
/// by its stable form, bottom-up, and tells which rewrites survive in the result (an inner rewrite that
/// an outer one consumed, like R01 inside R02, is not reported). Pure IR in, IR out.
/// </summary>
internal sealed class StabilityRewriter
{
    private readonly StableDefinitions definitions;
    private readonly Shapes shapes;
    private readonly Dictionary<Expr, AppliedRewrite> applied = new(ReferenceComparer.Instance);

    private StabilityRewriter(IEnumerable<ParamIR> parameters, IReadOnlyList<Stmt> body)
    {
        definitions = new StableDefinitions(parameters, body);
        shapes = new Shapes(definitions);
    }

    /// <param name="declareLocal">Declares a local a rewrite introduces (preferred name, type) and returns its unique name.</param>
    public static (List<Stmt> Body, List<AppliedRewrite> Applied) Rewrite(IEnumerable<ParamIR> parameters, List<Stmt> body, System.Func<string, NumType, string> declareLocal)
    {
        (body, List<AppliedRewrite> sumsOfExps) = LogSumExpAccumulators.Apply(body, declareLocal);
        (body, List<AppliedRewrite> sumsOfSquares) = NormAccumulators.Apply(body, declareLocal);
        (body, List<AppliedRewrite> products) = ProductAccumulators.Apply(body, declareLocal);
        var rewriter = new StabilityRewriter(parameters, body);
        foreach (AppliedRewrite a in sumsOfExps.Concat(sumsOfSquares).Concat(products)) rewriter.applied[a.Replacement] = a;
        List<Stmt> rewritten = rewriter.Statements(body).ToList();
        if (rewriter.applied.Count > 0) rewritten = UnreadLocals.Remove(rewritten);
        var surviving = new List<AppliedRewrite>();
        foreach (Stmt s in OutsideRedos(rewritten))
        {
            foreach (Expr e in Expressions(s)) rewriter.CollectApplied(e, surviving);
        }
        return (rewritten, surviving);
    }

    /// <summary>Every statement, nested ones included, but those of a redo (<see cref="If.IsRedo"/>).</summary>
    private static IEnumerable<Stmt> OutsideRedos(IEnumerable<Stmt> body)
    {
        foreach (Stmt s in body)
        {
            if (s is If { IsRedo: true }) continue;
            yield return s;
            foreach (EquatableArray<Stmt> nested in StmtWalk.Bodies(s))
            {
                foreach (Stmt inner in OutsideRedos(nested)) yield return inner;
            }
        }
    }

    private Stmt Statement(Stmt s)
    {
        switch (s)
        {
            case Assign a:
                Expr value = Expression(a.Value);
                if (a.IsDeclaration) definitions.Declare(a.Target, value);
                return ReferenceEquals(value, a.Value) ? a : a with { Value = value };
            case Return r:
                return Keep(r, r.Value, v => r with { Value = v });
            case If f:
                Expr condition = Expression(f.Condition);
                EquatableArray<Stmt> then = Statements(f.Then), @else = Statements(f.Else);
                return f with { Condition = condition, Then = then, Else = @else };
            case Loop l:
                Expr test = Expression(l.Condition);
                return l with { Condition = test, Body = Statements(l.Body) };
            case AssignElement e:
                return e with { Index = Expression(e.Index), Value = Expression(e.Value) };
            case DeclareArray d:
                return Keep(d, d.Length, v => d with { Length = v });
            default:
                return s;
        }
    }

    private EquatableArray<Stmt> Statements(IReadOnlyList<Stmt> body)
    {
        var rewritten = new Stmt[body.Count];
        for (int k = 0; k < body.Count; k++)
        {
            HashSet<string> assigned = StmtWalk.AssignedIn(new[] { body[k] });
            // A plain assignment reads its value before it writes; inside a loop or branch a use may follow a write.
            bool plain = body[k] is Assign or AssignElement;
            if (!plain) definitions.Invalidate(assigned);
            rewritten[k] = Statement(body[k]);
            definitions.Invalidate(assigned);
        }
        return rewritten.ToEquatableArray();
    }

    private Stmt Keep<T>(T s, Expr e, System.Func<Expr, T> with) where T : Stmt
    {
        Expr rewritten = Expression(e);
        return ReferenceEquals(rewritten, e) ? s : with(rewritten);
    }

    /// <summary>Rewrites the operands, then tries every pattern on the node until none applies. An
    /// unchanged node keeps its reference, which is how the parser finds the user's syntax for it.</summary>
    private Expr Expression(Expr e)
    {
        if (ExprWalk.IsLeaf(e)) return e;
        Expr node = WithChildren(e, ExprWalk.Children(e).Select(Expression).ToArray());
        if (!ReferenceEquals(node, e) && node is Unary { Op: UnaryOp.Negate, Operand: Unary { Op: UnaryOp.Negate } inner })
        {
            // -(-BCE(z, y)): the user's minus cancels the rewrite's. The rewrite stays reported, now through
            // the node that remains (its replacement text keeps the minus, since it replaces the inner span).
            if (applied.TryGetValue(inner, out AppliedRewrite? consumed)) applied[inner.Operand] = consumed;
            node = inner.Operand;
        }
        Expr original = e;
        for (int round = 0; round < 8; round++)
        {
            Expr? replacement = null;
            foreach ((StabilityRule rule, StabilityPatterns.Pattern pattern) in StabilityPatterns.All)
            {
                if (!node.Type.IsFloating() || pattern(node, shapes) is not { } r) continue;
                applied[r] = new AppliedRewrite(rule, original, r);
                replacement = r;
                break;
            }
            if (replacement is null || ExprWalk.IsLeaf(replacement)) return replacement ?? node;
            node = replacement;
        }
        return node;
    }

    /// <summary>The node with new operands, or the node itself when none changed (its reference is how its origin is found).</summary>
    public static Expr WithChildren(Expr e, Expr[] children)
    {
        Expr[] old = ExprWalk.Children(e).ToArray();
        if (old.Length == children.Length && old.Zip(children, ReferenceEquals).All(same => same)) return e;
        return e switch
        {
            Unary u => u with { Operand = children[0] },
            Binary b => b with { Left = children[0], Right = children[1] },
            Conditional c => c with { Condition = children[0], WhenTrue = children[1], WhenFalse = children[2] },
            Call c => c with { Arguments = children.ToEquatableArray() },
            Invoke c => c with { Arguments = children.ToEquatableArray() },
            Element el => el with { Index = children[0] },
            IR.Convert c => c with { Operand = children[0] },
            _ => e,
        };
    }

    private void CollectApplied(Expr e, List<AppliedRewrite> into)
    {
        if (applied.TryGetValue(e, out AppliedRewrite? rewrite)) into.Add(rewrite);
        foreach (Expr child in ExprWalk.Children(e)) CollectApplied(child, into);
    }

    /// <summary>The expressions a statement evaluates itself (not those of nested statements).</summary>
    public static IEnumerable<Expr> Expressions(Stmt s) => s switch
    {
        Assign a => new[] { a.Value },
        Return r => new[] { r.Value },
        If f => new[] { f.Condition },
        Loop l => new[] { l.Condition },
        AssignElement e => new[] { e.Index, e.Value },
        DeclareArray d => new[] { d.Length },
        CallInto c => new Expr[] { c.Call },
        _ => System.Array.Empty<Expr>(),
    };
}

/// <summary>Compares expression nodes by identity: equal records at two places in the code are two nodes.</summary>
internal sealed class ReferenceComparer : IEqualityComparer<Expr>
{
    public static readonly ReferenceComparer Instance = new();

    public bool Equals(Expr? x, Expr? y) => ReferenceEquals(x, y);

    public int GetHashCode(Expr obj) => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj);
}
