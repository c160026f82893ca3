using System;
using System.Collections.Generic;
using AutoDiffGen.Generator.IR;
using AutoDiffGen.Generator.Lowering;

namespace AutoDiffGen.Generator.Rewrites;

/// <summary>
/// The shape R07, R16 and R18 look for across statements: a sum declared as 0 (a product as 1), every later
/// assignment of which adds (multiplies by) one term (<c>s = s + term</c>, either order, the term not reading
/// <c>s</c>), and which is otherwise read only in forms the rewrite knows (<c>Math.Log(s)</c>, <c>Math.Sqrt(s)</c>, …).
/// </summary>
internal static class Accumulators
{
    public static bool IsZeroDeclaration(Assign a) => IsDeclarationOf(a, 0);

    public static bool IsDeclarationOf(Assign a, double value) => a.IsDeclaration && a.Value.Type.IsFloating() && Shapes.IsValue(a.Value, value);

    /// <summary>What <c>s = s + added</c> (either order) adds, or null when <paramref name="a"/> is not that.</summary>
    public static Expr? Added(Assign a, string sum) => Operand(a, sum, BinaryOp.Add);

    /// <summary>The other operand of <c>s = s op x</c> (either order), or null when <paramref name="a"/> is not that.</summary>
    public static Expr? Operand(Assign a, string sum, BinaryOp op)
    {
        if (a.IsDeclaration || a.Target != sum || a.Value is not Binary add || add.Op != op) return null;
        Expr? other = add.Left is Variable l && l.Name == sum ? add.Right : add.Right is Variable r && r.Name == sum ? add.Left : null;
        return other is not null && !ExprWalk.Reads(other, sum) ? other : null;
    }

    /// <summary>Every assignment of the sum but its declaration is an update (<paramref name="isUpdate"/>), every
    /// other read is one <paramref name="isKnownRead"/> accepts, and there is at least one of each.</summary>
    public static bool OnlyUpdatedAndReadAs(IEnumerable<Stmt> body, string sum, Func<Assign, bool> isUpdate, Func<Expr, bool> isKnownRead)
    {
        int updates = 0, reads = 0;
        foreach (Stmt s in StmtWalk.All(body))
        {
            if (s is Assign a && a.Target == sum && !a.IsDeclaration)
            {
                if (!isUpdate(a)) return false;
                updates++;
                continue;
            }
            foreach (Expr e in StabilityRewriter.Expressions(s))
            {
                if (!ReadsOnlyAs(e, sum, isKnownRead, ref reads)) return false;
            }
        }
        return updates > 0 && reads > 0;
    }

    private static bool ReadsOnlyAs(Expr e, string sum, Func<Expr, bool> isKnownRead, ref int reads)
    {
        if (isKnownRead(e))
        {
            reads++;
            return true;
        }
        if (e is Variable v && v.Name == sum) return false;
        foreach (Expr child in ExprWalk.Children(e))
        {
            if (!ReadsOnlyAs(child, sum, isKnownRead, ref reads)) return false;
        }
        return true;
    }
}
