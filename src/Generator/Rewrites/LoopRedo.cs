using System.Collections.Generic;
using System.Linq;
using AutoDiffGen.Generator.IR;
using AutoDiffGen.Generator.Lowering;

namespace AutoDiffGen.Generator.Rewrites;

/// <summary>
/// Where an accumulated sum (R07's sum of exponentials, R18's sum of squares, R16's product) can be computed as written
/// first and again in a safe form only when that went out of range: every update of the sum is in one
/// loop, the loop can run again from its start, and nothing reads the sum before the loop has finished.
/// The plain sum costs what the user wrote and is exact to rounding in the ordinary range; the second
/// run, in the safe form (max-shifted, scaled), runs only for a sum that overflowed or lost digits, so the
/// safe form's extra cost is paid only there. The caller builds the second run; this finds the loop and
/// the declarations to run again before it.
/// </summary>
internal static class LoopRedo
{
    /// <summary>The loop to run twice, and the declarations to run again before the second run.</summary>
    internal sealed record Plan(Loop Loop, IReadOnlyList<Assign> Restarts);

    /// <summary>The plan for the sum declared by <paramref name="declaration"/>, or null when its loop
    /// cannot simply run again (then the safe form is the only one).</summary>
    public static Plan? Find(IReadOnlyList<Stmt> body, Assign declaration, System.Func<Assign, bool> isUpdate)
    {
        IReadOnlyList<Stmt>? list = ListHolding(body, declaration);
        if (list is null) return null;
        string sum = declaration.Target;
        int declared = IndexOf(list, declaration);

        int loopIndex = -1;
        for (int k = declared + 1; k < list.Count; k++)
        {
            bool touches = StmtWalk.All(new[] { list[k] }).Any(s => StabilityRewriter.Expressions(s).Any(e => ExprWalk.Reads(e, sum)) || s is Assign { } a && a.Target == sum);
            if (!touches) continue;
            loopIndex = k;
            break;
        }
        if (loopIndex < 0 || list[loopIndex] is not Loop loop) return null;

        // Every update of the sum is in this loop, and the loop reads the sum only to update it.
        int updatesInLoop = StmtWalk.All(loop.Body).OfType<Assign>().Count(isUpdate);
        if (updatesInLoop == 0 || updatesInLoop != StmtWalk.All(body).OfType<Assign>().Count(isUpdate)) return null;
        foreach (Stmt s in StmtWalk.All(new[] { loop }))
        {
            if (s is Assign a && isUpdate(a)) continue;
            if (StabilityRewriter.Expressions(s).Any(e => ExprWalk.Reads(e, sum))) return null;
            // Statements whose effects a second run could not simply repeat.
            if (s is Goto or Return or Throw or AssignElement or DeclareArray or CallInto) return null;
        }

        // What the loop assigns, other than the sum and its own locals, must be a local declared before it
        // in the same list and left alone in between, so that running its declaration again restarts it.
        HashSet<string> declaredInside = new(StmtWalk.All(loop.Body).OfType<Assign>().Where(a => a.IsDeclaration).Select(a => a.Target));
        var restarts = new List<Assign>();
        foreach (string variable in StmtWalk.AssignedIn(new[] { loop }).Where(v => v != sum && !declaredInside.Contains(v)).OrderBy(v => v, System.StringComparer.Ordinal))
        {
            int at = LastIndex(list, loopIndex, s => s is Assign { IsDeclaration: true } a && a.Target == variable);
            if (at < 0) return null;
            var start = (Assign)list[at];
            IEnumerable<Stmt> between = list.Skip(at + 1).Take(loopIndex - at - 1);
            if (StmtWalk.AssignedIn(between).Contains(variable)) return null;
            HashSet<string> changed = StmtWalk.AssignedIn(list.Skip(at + 1).Take(loopIndex - at));
            if (changed.Any(v => ExprWalk.Reads(start.Value, v))) return null;
            restarts.Add(start);
        }
        return new Plan(loop, restarts.OrderBy(a => IndexOf(list, a)).ToList());
    }

    /// <summary>The test that the plain sum is usable: <c>lowest ≤ s ≤ MaxValue</c> (false for NaN).</summary>
    public static Expr InRange(Variable s, string lowest)
    {
        var low = new Binary(NumType.Boolean, BinaryOp.GreaterOrEqual, s, Differentiation.Build.Num(s.Type, lowest));
        var high = new Binary(NumType.Boolean, BinaryOp.LessOrEqual, s, new Constant(s.Type, s.Type.Keyword() + ".MaxValue"));
        return new Binary(NumType.Boolean, BinaryOp.ConditionalAnd, low, high);
    }

    /// <summary>The redo: <paramref name="again"/> when the plain sum is out of range, the loop's other variables started again first.</summary>
    public static If Redo(Plan plan, Variable sum, string lowest, string why, IEnumerable<Stmt> resetSum, Loop again) =>
        Redo(plan, sum, InRange(sum, lowest), why, resetSum, again);

    /// <summary>The redo: <paramref name="again"/> unless <paramref name="inRange"/>, the loop's other variables started again first.</summary>
    public static If Redo(Plan plan, Variable sum, Expr inRange, string why, IEnumerable<Stmt> resetSum, Loop again)
    {
        var statements = resetSum.ToList();
        statements.AddRange(plan.Restarts.Select(r => r with { IsDeclaration = false }));
        statements.Add(again);
        return new If("(" + sum.Name + " is out of range as written: the loop again, " + why + ")",
            new Unary(NumType.Boolean, UnaryOp.LogicalNot, inRange), statements.ToEquatableArray(), EquatableArray<Stmt>.Empty, IsRedo: true);
    }

    /// <summary>The body with the rewrite in place: the sum's declaration followed by the locals the rewrite
    /// declares with it, the loop replaced by <paramref name="firstRun"/> and the redo, and every read of the
    /// sum mapped by <paramref name="reads"/>.</summary>
    public static List<Stmt> Place(List<Stmt> body, Assign declaration, IEnumerable<Stmt> declaredWithIt, Plan plan, Loop firstRun, If redo,
        System.Func<Expr, Expr> reads) =>
        StatementMap.Map(body,
            stmt => ReferenceEquals(stmt, declaration) ? new Stmt[] { declaration }.Concat(declaredWithIt)
                : ReferenceEquals(stmt, plan.Loop) ? new Stmt[] { firstRun, redo }
                : new[] { stmt },
            reads);

    /// <summary>The loop once more with its own locals renamed (every local has one name in the IR), then <paramref name="map"/>ped.</summary>
    public static Loop Copy(Loop loop, System.Func<string, NumType, string> declareLocal, System.Func<Stmt, IEnumerable<Stmt>> map)
    {
        var renames = new Dictionary<string, string>();
        foreach (Assign local in StmtWalk.All(loop.Body).OfType<Assign>().Where(a => a.IsDeclaration))
        {
            renames[local.Target] = declareLocal(local.Target, local.Value.Type);
        }
        var renamed = (Loop)VariableRenaming.Apply(loop, renames);
        return renamed with { Body = StatementMap.Map(renamed.Body, map, e => e).ToEquatableArray() };
    }

    private static IReadOnlyList<Stmt>? ListHolding(IReadOnlyList<Stmt> body, Stmt target)
    {
        if (IndexOf(body, target) >= 0) return body;
        foreach (Stmt s in body)
        {
            foreach (EquatableArray<Stmt> nested in StmtWalk.Bodies(s))
            {
                if (ListHolding(nested, target) is { } found) return found;
            }
        }
        return null;
    }

    private static int IndexOf(IReadOnlyList<Stmt> list, Stmt target)
    {
        for (int k = 0; k < list.Count; k++)
        {
            if (ReferenceEquals(list[k], target)) return k;
        }
        return -1;
    }

    private static int LastIndex(IReadOnlyList<Stmt> list, int before, System.Func<Stmt, bool> match)
    {
        for (int k = before - 1; k >= 0; k--)
        {
            if (match(list[k])) return k;
        }
        return -1;
    }
}
