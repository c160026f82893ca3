using System;
using System.Collections.Generic;
using System.Linq;
using AutoDiffGen.Generator.Differentiation;
using AutoDiffGen.Generator.IR;
using AutoDiffGen.Generator.Lowering;
using static AutoDiffGen.Generator.Differentiation.Build;

namespace AutoDiffGen.Generator.Rewrites;

/// <summary>
/// R18 across statements: a Euclidean norm summed in a loop,
/// <code>
/// double s = 0;
/// for (…) s += x[i] * x[i];
/// … Math.Sqrt(s) …
/// </code>
/// is ∞ once a term passes 1e154, 0 once all are below 1e-162 (and inexact from 1e-154), and its gradient
/// is NaN at 0. Where the loop can run again (<see cref="LoopRedo"/>) it runs as written, and again with
/// every term scaled by 2⁻⁶⁰⁰ (the plain sum overflowed) or 2⁶⁰⁰ (it is below 2⁻⁹⁶⁹ or 0) only when the
/// plain sum left [2⁻⁹⁶⁹, MaxValue]; the root is scaled back exactly (powers of two). The root is
/// <c>StableMath.SqrtOfSumOfSquares</c>, whose derivative is 0 at 0: the gradient of a norm at the origin is
/// 0 (the catalogue's convention), not 0·∞. Double only: float's exponent range is too narrow for one scale
/// to bring every overflowing sum of squares back in range.
/// </summary>
/// <remarks>
/// Why one scale is enough: an overflowing double sum has its largest |term| in (2⁵¹¹, 2¹⁰²⁴), scaled to
/// (2⁻⁸⁹, 2⁴²⁴), whose squares neither overflow nor underflow, and terms more than 2⁵³ times smaller do not
/// count. A sum below 2⁻⁹⁶⁹ has its largest |term| below 2⁻⁴⁸⁴, scaled to below 2¹¹⁶; the smallest nonzero
/// one, 2⁻¹⁰⁷⁴, becomes 2⁻⁴⁷⁴, whose square is normal. Within [2⁻⁹⁶⁹, MaxValue] a square that underflowed
/// is off by at most 2⁻¹⁰⁷⁵, below 2⁻¹⁰⁶ of the sum, and none overflowed (the sum is monotone).
/// </remarks>
internal static class NormAccumulators
{
    private const string Lowest = "2.004168360008973e-292"; // 2⁻⁹⁶⁹: 53 bits above the smallest normal
    private const string Down = "2.409919865102884e-181";   // 2⁻⁶⁰⁰
    private const string Up = "4.149515568880993e180";       // 2⁶⁰⁰

    public static (List<Stmt> Body, List<AppliedRewrite> Applied) Apply(List<Stmt> body, Func<string, NumType, string> declareLocal)
    {
        var applied = new List<AppliedRewrite>();
        foreach (Assign declaration in StmtWalk.All(body).OfType<Assign>().Where(a => Accumulators.IsZeroDeclaration(a) && a.Value.Type == NumType.Double).ToList())
        {
            string sum = declaration.Target;
            if (!Accumulators.OnlyUpdatedAndReadAs(body, sum, a => SquaredTerm(a, sum) is not null, e => IsRootOfSum(e, sum))) continue;
            if (LoopRedo.Find(body, declaration, a => SquaredTerm(a, sum) is not null) is not { } redo) continue;
            body = Rewrite(body, declaration, redo, declareLocal, applied);
        }
        return (body, applied);
    }

    /// <summary>The t of <c>s = s + t * t</c> (either order), or null.</summary>
    private static Expr? SquaredTerm(Assign a, string sum) =>
        Accumulators.Added(a, sum) is Binary { Op: BinaryOp.Multiply } square && square.Left.Equals(square.Right) ? square.Left : null;

    private static bool IsRootOfSum(Expr e, string sum) => e is Call { Function: Primitive.Sqrt } root && root.Arguments[0] is Variable v && v.Name == sum;

    private static List<Stmt> Rewrite(List<Stmt> body, Assign declaration, LoopRedo.Plan redo, Func<string, NumType, string> declareLocal, List<AppliedRewrite> applied)
    {
        string sum = declaration.Target;
        var s = new Variable(NumType.Double, sum);
        // 1 for the plain sum; the redo scales every term by `scale` and the root back by `unscale`.
        var scale = new Variable(NumType.Double, declareLocal(sum + "Scale", NumType.Double));
        var unscale = new Variable(NumType.Double, declareLocal(sum + "Unscale", NumType.Double));

        IEnumerable<Stmt> Scaled(Stmt stmt)
        {
            if (stmt is not Assign a || SquaredTerm(a, sum) is not { } t) return new[] { stmt };
            var term = new Variable(NumType.Double, declareLocal(sum + "Term", NumType.Double));
            return new Stmt[]
            {
                new Assign(a.Source, term.Name, Mul(t, scale), IsDeclaration: true),
                new Assign(a.Source, sum, Add(s, Mul(term, term)), IsDeclaration: false),
            };
        }

        Expr ReplaceRoot(Expr e)
        {
            if (!IsRootOfSum(e, sum)) return e;
            Expr replacement = Mul(Call(Primitive.SqrtOfSumOfSquares, s), unscale);
            applied.Add(new AppliedRewrite(StabilityRule.NormLoop, e, replacement));
            return replacement;
        }

        Expr overflowed = Cmp(BinaryOp.Greater, s, Num(NumType.Double, "1"));
        var reset = new Stmt[]
        {
            new Assign(declaration.Source, scale.Name, If(overflowed, Num(NumType.Double, Down), Num(NumType.Double, Up)), IsDeclaration: false),
            new Assign(declaration.Source, unscale.Name, If(overflowed, Num(NumType.Double, Up), Num(NumType.Double, Down)), IsDeclaration: false),
            new Assign(declaration.Source, sum, declaration.Value, IsDeclaration: false),
        };
        If outOfRange = LoopRedo.Redo(redo, s, Lowest, "every term scaled by a power of two", reset, LoopRedo.Copy(redo.Loop, declareLocal, Scaled));

        return StatementMap.Map(body,
            stmt => ReferenceEquals(stmt, declaration)
                ? new Stmt[]
                {
                    declaration,
                    new Assign(declaration.Source, scale.Name, Num(NumType.Double, "1"), IsDeclaration: true),
                    new Assign(declaration.Source, unscale.Name, Num(NumType.Double, "1"), IsDeclaration: true),
                }
                : ReferenceEquals(stmt, redo.Loop) ? new Stmt[] { redo.Loop, outOfRange }
                : new[] { stmt },
            ReplaceRoot);
    }
}
