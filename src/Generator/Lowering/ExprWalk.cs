using System;
using System.Collections.Generic;
using AutoDiffGen.Generator.IR;

namespace AutoDiffGen.Generator.Lowering;

/// <summary>Generic traversals of IR expressions.</summary>
internal static class ExprWalk
{
    public static IEnumerable<Expr> Children(Expr e) => e switch
    {
        Unary u => new[] { u.Operand },
        Binary b => new[] { b.Left, b.Right },
        Conditional c => new[] { c.Condition, c.WhenTrue, c.WhenFalse },
        Call c => c.Arguments,
        Invoke c => c.Arguments,
        Element el => new[] { el.Index },
        IR.Convert c => new[] { c.Operand },
        _ => Array.Empty<Expr>(),
    };

    public static bool Any(Expr e, Func<Expr, bool> predicate)
    {
        if (predicate(e)) return true;
        foreach (Expr child in Children(e))
        {
            if (Any(child, predicate)) return true;
        }
        return false;
    }

    public static bool Reads(Expr e, string name) => Any(e, x => x is Variable v && v.Name == name);

    /// <summary>Whether <paramref name="e"/> reads array <paramref name="name"/>: an element, its length, or the whole array.</summary>
    public static bool ReadsArray(Expr e, string name) =>
        Any(e, x => x is Element el && el.Array == name || x is Length l && l.Array == name || x is ArrayRef a && a.Array == name);

    /// <summary>Names read by <paramref name="e"/>: variables, and arrays whose elements or length it reads.</summary>
    public static void CollectReads(Expr e, ISet<string> into)
    {
        if (e is Variable v) into.Add(v.Name);
        if (e is Element el) into.Add(el.Array);
        if (e is Length l) into.Add(l.Array);
        if (e is ArrayRef a) into.Add(a.Array);
        foreach (Expr child in Children(e)) CollectReads(child, into);
    }

    /// <summary>Rebuilds <paramref name="e"/> bottom-up, replacing each node by <paramref name="map"/>'s answer.</summary>
    public static Expr Rewrite(Expr e, Func<Expr, Expr> map)
    {
        Expr rebuilt = e switch
        {
            Unary u => u with { Operand = Rewrite(u.Operand, map) },
            Binary b => b with { Left = Rewrite(b.Left, map), Right = Rewrite(b.Right, map) },
            Conditional c => c with { Condition = Rewrite(c.Condition, map), WhenTrue = Rewrite(c.WhenTrue, map), WhenFalse = Rewrite(c.WhenFalse, map) },
            Call c => c with { Arguments = System.Linq.Enumerable.ToArray(System.Linq.Enumerable.Select(c.Arguments, a => Rewrite(a, map))).ToEquatableArray() },
            IR.Convert c => c with { Operand = Rewrite(c.Operand, map) },
            Invoke c => c with { Arguments = System.Linq.Enumerable.ToArray(System.Linq.Enumerable.Select(c.Arguments, a => Rewrite(a, map))).ToEquatableArray() },
            Element el => el with { Index = Rewrite(el.Index, map) },
            _ => e,
        };
        return map(rebuilt);
    }

    public static bool IsLeaf(Expr e) => e is Variable or Constant or ArrayRef;
}
