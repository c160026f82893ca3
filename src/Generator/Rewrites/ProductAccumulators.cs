using System;
using System.Collections.Generic;
using System.Linq;
using AutoDiffGen.Generator.Differentiation;
using AutoDiffGen.Generator.IR;
using AutoDiffGen.Generator.Lowering;
using static AutoDiffGen.Generator.Differentiation.Build;

namespace AutoDiffGen.Generator.Rewrites;

/// <summary>
/// R16 across statements: the log of a running product,
/// <code>
/// double p = 1;
/// for (…) p *= x[i];
/// … Math.Log(p) …
/// </code>
/// is -∞ once the product underflows (1100 factors of 0.5) and ∞ once it overflows, though the sum of
/// logs is finite. Where the loop can run again (<see cref="LoopRedo"/>) it runs as written, noting in
/// a flag whether any partial product fell below the smallest normal number (where it loses digits that
/// later factors above 1 could bring back into the final value, so the final value alone cannot tell),
/// and runs again as a sum of logs, Σ log|f| with the sign kept apart, only when the flag is set or the
/// product is not a normal positive number. The log then reads <c>Math.Log(p) + pLog</c>: the plain log
/// with pLog = 0, or with p = ±1 (the sign of the product: log 1 = 0, log -1 = NaN as for a negative
/// product as written) the sum of logs.
/// </summary>
internal static class ProductAccumulators
{
    public static (List<Stmt> Body, List<AppliedRewrite> Applied) Apply(List<Stmt> body, Func<string, NumType, string> declareLocal)
    {
        var applied = new List<AppliedRewrite>();
        foreach (Assign declaration in StmtWalk.All(body).OfType<Assign>().Where(a => Accumulators.IsDeclarationOf(a, 1)).ToList())
        {
            string product = declaration.Target;
            if (!Accumulators.OnlyUpdatedAndReadAs(body, product, a => Factor(a, product) is not null, e => IsLogOfProduct(e, product))) continue;
            if (LoopRedo.Find(body, declaration, a => Factor(a, product) is not null) is not { } redo) continue;
            body = Rewrite(body, declaration, redo, declareLocal, applied);
        }
        return (body, applied);
    }

    private static Expr? Factor(Assign a, string product) => Accumulators.Operand(a, product, BinaryOp.Multiply);

    private static bool IsLogOfProduct(Expr e, string product) =>
        e is Call { Function: Primitive.Log } log && log.Arguments[0] is Variable v && v.Name == product;

    private static List<Stmt> Rewrite(List<Stmt> body, Assign declaration, LoopRedo.Plan redo, Func<string, NumType, string> declareLocal, List<AppliedRewrite> applied)
    {
        string product = declaration.Target;
        NumType t = declaration.Value.Type;
        var p = new Variable(t, product);
        var logs = new Variable(t, declareLocal(product + "Log", t));
        var low = new Variable(NumType.Boolean, declareLocal(product + "Low", NumType.Boolean));
        string smallestNormalDigits = t == NumType.Single ? "1.17549435e-38" : "2.2250738585072014e-308"; // 2⁻¹²⁶, 2⁻¹⁰²²
        Expr smallestNormal = Num(t, smallestNormalDigits);

        // As written, and after each factor: did the partial product leave the normal numbers (below)?
        IEnumerable<Stmt> Watched(Stmt stmt)
        {
            if (stmt is not Assign a || Factor(a, product) is null) return new[] { stmt };
            Expr fell = Cmp(BinaryOp.Less, Call(Primitive.Abs, p), smallestNormal);
            return new Stmt[] { stmt, new Assign(a.Source, low.Name, new Binary(NumType.Boolean, BinaryOp.Or, low, fell), IsDeclaration: false) };
        }

        // Again: log|f| summed, and the product's sign alone in p, as a constant (its derivative is 0 where it exists).
        IEnumerable<Stmt> SumOfLogs(Stmt stmt)
        {
            if (stmt is not Assign a || Factor(a, product) is not { } f) return new[] { stmt };
            return new Stmt[]
            {
                new Assign(a.Source, logs.Name, Add(logs, Call(Primitive.Log, Call(Primitive.Abs, f))), IsDeclaration: false),
                new Assign(a.Source, product, Call(Primitive.StopGradient, Mul(p, Call(Primitive.Sign, f))), IsDeclaration: false),
            };
        }

        Expr ReplaceLog(Expr e)
        {
            if (!IsLogOfProduct(e, product)) return e;
            Expr replacement = Add(e, logs);
            applied.Add(new AppliedRewrite(StabilityRule.LogOfProduct, e, replacement));
            return replacement;
        }

        Expr inRange = new Binary(NumType.Boolean, BinaryOp.ConditionalAnd,
            new Unary(NumType.Boolean, UnaryOp.LogicalNot, low), LoopRedo.InRange(p, smallestNormalDigits));
        var reset = new Stmt[] { new Assign(declaration.Source, product, declaration.Value, IsDeclaration: false) };
        If outOfRange = LoopRedo.Redo(redo, p, inRange, "as a sum of logs", reset, LoopRedo.Copy(redo.Loop, declareLocal, SumOfLogs));
        Loop watched = redo.Loop with { Body = StatementMap.Map(redo.Loop.Body, Watched, e => e).ToEquatableArray() };

        var declared = new Stmt[]
        {
            new Assign(declaration.Source, logs.Name, Num(t, "0"), IsDeclaration: true),
            new Assign(declaration.Source, low.Name, new Constant(NumType.Boolean, "false"), IsDeclaration: true),
        };
        return LoopRedo.Place(body, declaration, declared, redo, watched, outOfRange, ReplaceLog);
    }
}
