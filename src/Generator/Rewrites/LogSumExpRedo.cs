using System.Collections.Generic;
using System.Linq;
using AutoDiffGen.Generator.IR;
using AutoDiffGen.Generator.Lowering;

namespace AutoDiffGen.Generator.Rewrites;

/// <summary>
/// Where R07's sum can be computed as written first and shifted only when that went out of range:
/// every update of the sum is in one loop, the loop can run again from its start, and nothing reads the
/// sum before the loop has finished. The sum of plain exponentials is then exact to rounding wherever it
/// lies in [2⁻¹², MaxValue] (below), which is the whole ordinary range, and costs what the user wrote; the
/// max-shifted (streaming) loop runs only for a sum outside it, which the plain one overflowed or lost
/// digits on. The streaming loop pays a branch on each new maximum and its bookkeeping on the tape, about
/// twice the plain loop's cost, which only that second run then pays.
/// </summary>
/// <remarks>
/// Why 2⁻¹²: a term eᵗ below 2⁻¹⁰²² is subnormal, off by up to 2⁻¹⁰⁷⁵; its softmax eᵗ/s is then off by
/// 2⁻¹⁰⁷⁵/s ≤ 2⁻¹⁰⁶³, which is within 2⁻⁴¹ (5e-13) relative of any normal softmax value, and subnormal
/// ones are judged by absolute error. A float sum needs s ≥ 1 for the same (2⁻¹⁴⁹ absolute, 24 bits).
/// </remarks>
internal static class LogSumExpRedo
{
    /// <summary>The loop to run twice, and the declarations to run again before the second run.</summary>
    internal sealed record Plan(Loop Loop, IReadOnlyList<Assign> Restarts);

    /// <summary>The plan for the sum declared by <paramref name="declaration"/>, or null when its loop
    /// cannot simply run again (then the streaming form is the only one).</summary>
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

    /// <summary>The test that the plain sum is usable: <c>lo ≤ s ≤ MaxValue</c> (false for NaN).</summary>
    public static Expr InRange(Variable s)
    {
        string lowest = s.Type == NumType.Single ? "1" : "0.000244140625"; // 2⁻¹², see the remarks
        var low = new Binary(NumType.Boolean, BinaryOp.GreaterOrEqual, s, Differentiation.Build.Num(s.Type, lowest));
        var high = new Binary(NumType.Boolean, BinaryOp.LessOrEqual, s, new Constant(s.Type, s.Type.Keyword() + ".MaxValue"));
        return new Binary(NumType.Boolean, BinaryOp.ConditionalAnd, low, high);
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
