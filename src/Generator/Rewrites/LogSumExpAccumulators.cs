using System;
using System.Collections.Generic;
using System.Linq;
using AutoDiffGen.Generator.Differentiation;
using AutoDiffGen.Generator.IR;
using AutoDiffGen.Generator.Lowering;
using static AutoDiffGen.Generator.Differentiation.Build;

namespace AutoDiffGen.Generator.Rewrites;

/// <summary>
/// R07 across statements: a sum of exponentials built up in a loop and then only used through its log,
/// <code>
/// double s = 0;
/// for (…) s += Math.Exp(e);
/// … Math.Log(s) …
/// </code>
/// overflows once an <c>e</c> passes 709 and is -∞ once all are below -745. It becomes a streaming
/// (one-pass, max-shifted) log-sum-exp: <c>sMax</c> holds the largest term so far and <c>s</c> the sum of
/// e^(term - sMax), so <c>Math.Log(s)</c> is <c>sMax + Math.Log(s)</c> at every point of the method.
/// <c>sMax</c> is taken as a constant (<c>Gradient.Stop</c>): the exact derivative does not depend on the
/// shift, and leaving it out keeps the gradient the softmax, with no cancelling terms.
/// Where the loop can run again (<see cref="LoopRedo"/>), it runs as written first and streaming only
/// when the plain sum is out of range, so the ordinary range costs what the user wrote.
/// </summary>
internal static class LogSumExpAccumulators
{
    public static (List<Stmt> Body, List<AppliedRewrite> Applied) Apply(List<Stmt> body, Func<string, NumType, string> declareLocal)
    {
        var applied = new List<AppliedRewrite>();
        foreach (Assign declaration in StmtWalk.All(body).OfType<Assign>().Where(Accumulators.IsZeroDeclaration).ToList())
        {
            if (!OnlyUpdatedAndLogged(body, declaration.Target)) continue;
            body = Rewrite(body, declaration, declareLocal, applied);
        }
        return (body, applied);
    }

    /// <summary>The term of <c>s = s + Math.Exp(term)</c> (either order), or null.</summary>
    private static Expr? UpdateTerm(Assign a, string sum) =>
        Accumulators.Added(a, sum) is Call { Function: Primitive.Exp } exp ? exp.Arguments[0] : null;

    /// <summary>Every assignment of the sum but its declaration adds an exponential, every other read is
    /// Math.Log(sum) or a softmax Math.Exp(u) / sum, and there is at least one of each.</summary>
    private static bool OnlyUpdatedAndLogged(List<Stmt> body, string sum) =>
        Accumulators.OnlyUpdatedAndReadAs(body, sum, a => UpdateTerm(a, sum) is not null, e => IsLogOfSum(e, sum) || SoftmaxNumerator(e, sum) is not null);

    private static bool IsLogOfSum(Expr e, string sum) => e is Call { Function: Primitive.Log } log && log.Arguments[0] is Variable v && v.Name == sum;

    /// <summary>The exponent u of a softmax read Math.Exp(u) / sum (u not reading the sum), or null.</summary>
    private static Expr? SoftmaxNumerator(Expr e, string sum) =>
        e is Binary { Op: BinaryOp.Divide, Left: Call { Function: Primitive.Exp } exp, Right: Variable v } && v.Name == sum && !ExprWalk.Reads(exp.Arguments[0], sum)
            ? exp.Arguments[0]
            : null;

    private static List<Stmt> Rewrite(List<Stmt> body, Assign declaration, Func<string, NumType, string> declareLocal, List<AppliedRewrite> applied)
    {
        string sum = declaration.Target;
        NumType t = declaration.Value.Type;
        var s = new Variable(t, sum);
        var max = new Variable(t, declareLocal(sum + "Max", t));
        Expr minusInfinity = new Constant(t, t.Keyword() + ".NegativeInfinity");

        IEnumerable<Stmt> Streaming(Stmt stmt)
        {
            if (stmt is not Assign a || UpdateTerm(a, sum) is not { } e) return new[] { stmt };

            var term = new Variable(t, declareLocal(sum + "Term", t));
            Expr shift = Call(Primitive.StopGradient, term);
            // A new largest term: rescale what is summed so far to it (e^(old max - new max)), and add e^0 = 1,
            // written e^(term - stop(term)) so that the term still gets its derivative.
            var newMax = new Stmt[]
            {
                new Assign(a.Source, sum, Add(Mul(s, Call(Primitive.Exp, Sub(max, shift))), Call(Primitive.Exp, Sub(term, shift))), IsDeclaration: false),
                new Assign(a.Source, max.Name, shift, IsDeclaration: false),
            };
            // Otherwise add e^(term - max); nothing while every term so far was -∞ (-∞ - -∞ would be NaN).
            Expr added = If(Cmp(BinaryOp.Equal, max, minusInfinity), Num(t, "0"), Call(Primitive.Exp, Sub(term, max)));
            var smaller = new Stmt[] { new Assign(a.Source, sum, Add(s, added), IsDeclaration: false) };
            return new Stmt[]
            {
                new Assign(a.Source, term.Name, e, IsDeclaration: true),
                new If(a.Source, Cmp(BinaryOp.Greater, term, max), newMax.ToEquatableArray(), smaller.ToEquatableArray()),
            };
        }

        Expr ReplaceLog(Expr e)
        {
            if (IsLogOfSum(e, sum))
            {
                Expr replacement = Add(max, e);
                applied.Add(new AppliedRewrite(StabilityRule.LogSumExp, e, replacement));
                return replacement;
            }
            if (SoftmaxNumerator(e, sum) is { } u)
            {
                // e^u / Σ e^t = e^(u - max) / Σ e^(t - max): the sum is kept shifted, so the numerator is shifted too.
                // Its log is then u - max - log(sum) (R27), the log-softmax.
                Expr replacement = Div(Call(Primitive.Exp, Sub(u, max)), s);
                applied.Add(new AppliedRewrite(StabilityRule.Softmax, e, replacement));
                return replacement;
            }
            return e;
        }

        LoopRedo.Plan? redo = LoopRedo.Find(body, declaration, a => UpdateTerm(a, sum) is not null);
        if (redo is null)
        {
            // The streaming form throughout: max is the largest term so far, -∞ before the first.
            return StatementMap.Map(body,
                stmt => ReferenceEquals(stmt, declaration) ? new[] { declaration, new Assign(declaration.Source, max.Name, minusInfinity, IsDeclaration: true) } : Streaming(stmt),
                ReplaceLog);
        }

        // The loop as written, with max = 0 so that every read above means the plain sum; then, only when that
        // sum is out of range, the loop again from its start, streaming (max the largest term, from -∞). The redo
        // overwrites the sum, so the first loop's adjoints are 0 then, and ZeroAdjointElision keeps them from
        // meeting an overflowed e^term (0·∞).
        var reset = new Stmt[]
        {
            new Assign(declaration.Source, sum, declaration.Value, IsDeclaration: false),
            new Assign(declaration.Source, max.Name, minusInfinity, IsDeclaration: false),
        };
        // 2⁻¹²: a term eᵗ below 2⁻¹⁰²² is subnormal, off by up to 2⁻¹⁰⁷⁵, so its softmax eᵗ/s is off by at most
        // 2⁻¹⁰⁶³, within 2⁻⁴¹ (5e-13) relative of any normal softmax value (subnormal ones count by absolute
        // error). A float sum needs s ≥ 1 for the same (2⁻¹⁴⁹ absolute, 24 bits).
        string lowest = t == NumType.Single ? "1" : "0.000244140625";
        If outOfRange = LoopRedo.Redo(redo, s, lowest, "shifted by its largest term", reset, LoopRedo.Copy(redo.Loop, declareLocal, Streaming));

        return LoopRedo.Place(body, declaration, new[] { new Assign(declaration.Source, max.Name, Num(t, "0"), IsDeclaration: true) },
            redo, redo.Loop, outOfRange, ReplaceLog);
    }
}
