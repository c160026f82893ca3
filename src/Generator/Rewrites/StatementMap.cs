using System;
using System.Collections.Generic;
using System.Linq;
using AutoDiffGen.Generator.IR;

namespace AutoDiffGen.Generator.Rewrites;

/// <summary>Rebuilds a body with some statements replaced (by any number of statements) and the
/// outermost matching expressions replaced; unchanged expressions keep their references.</summary>
internal static class StatementMap
{
    public static List<Stmt> Map(IEnumerable<Stmt> body, Func<Stmt, IEnumerable<Stmt>> replace, Func<Expr, Expr> expression) =>
        body.SelectMany(s => replace(s).Select(r => ReferenceEquals(r, s) ? Inside(s, replace, expression) : r)).ToList();

    private static Stmt Inside(Stmt s, Func<Stmt, IEnumerable<Stmt>> replace, Func<Expr, Expr> expression)
    {
        Expr E(Expr e) => Expression(e, expression);
        EquatableArray<Stmt> B(EquatableArray<Stmt> b) => Map(b, replace, expression).ToEquatableArray();
        return s switch
        {
            Assign a => a with { Value = E(a.Value) },
            Return r => r with { Value = E(r.Value) },
            If f => f with { Condition = E(f.Condition), Then = B(f.Then), Else = B(f.Else) },
            Loop l => l with { Condition = E(l.Condition), Body = B(l.Body) },
            AssignElement el => el with { Index = E(el.Index), Value = E(el.Value) },
            DeclareArray d => d with { Length = E(d.Length) },
            _ => s,
        };
    }

    /// <summary>Top-down: a node <paramref name="map"/> changes is not looked into again.</summary>
    private static Expr Expression(Expr e, Func<Expr, Expr> map)
    {
        Expr mapped = map(e);
        if (!ReferenceEquals(mapped, e)) return mapped;
        Expr[] children = Lowering.ExprWalk.Children(e).ToArray();
        Expr[] rebuilt = children.Select(c => Expression(c, map)).ToArray();
        return children.Zip(rebuilt, ReferenceEquals).All(same => same) ? e : StabilityRewriter.WithChildren(e, rebuilt);
    }
}
