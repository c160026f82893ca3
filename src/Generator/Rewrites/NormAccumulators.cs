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
/// 0 (the catalogue's convention), not 0·∞. A float sum uses [2⁻¹⁰², MaxValue], 2⁻⁸⁰ and 2⁸⁷ (remarks).
/// </summary>
/// <remarks>
/// Why one scale is enough: an overflowing double sum has its largest |term| in (2⁵¹¹, 2¹⁰²⁴), scaled to
/// (2⁻⁸⁹, 2⁴²⁴), whose squares neither overflow nor underflow, and terms more than 2⁵³ times smaller do not
/// count. A sum below 2⁻⁹⁶⁹ has its largest |term| below 2⁻⁴⁸⁴, scaled to below 2¹¹⁶; the smallest nonzero
/// one, 2⁻¹⁰⁷⁴, becomes 2⁻⁴⁷⁴, whose square is normal. Within [2⁻⁹⁶⁹, MaxValue] a square that underflowed
/// is off by at most 2⁻¹⁰⁷⁵, below 2⁻¹⁰⁶ of the sum, and none overflowed (the sum is monotone).
/// The gradient, seed·unscale·(0.5/root) times each scaled term, stays in range too: 0.5/(c²·max) for the
/// scale c and the largest |term| is below 2⁶⁸⁸√n (overflow) and above 2⁻¹²⁷ (underflow) in double.
/// Float's range is narrower, so its scales are picked for both constraints: an overflowing sum of n
/// squares has its largest |term| in (2⁶⁴/√n, 2¹²⁸), which 2⁻⁸⁰ takes to (2⁻¹⁶/√n, 2⁴⁸) (squares at most
/// 2⁹⁶, and 0.5/(c²·max) at most 2⁹⁵√n); a sum below 2⁻¹⁰² has every |term| in [2⁻¹⁴⁹, 2⁻⁵¹), which 2⁸⁷ takes
/// to [2⁻⁶², 2³⁶) (normal squares, and 0.5/(c²·max) in (2⁻¹²³, 2⁻³¹]).
/// </remarks>
internal static class NormAccumulators
{
    /// <summary>The lower end of the plain sum's range (53, float 24, bits above the smallest normal), and the
    /// scale (with its inverse) for a sum that overflowed and for one below that end.</summary>
    private static (string Lowest, (string Scale, string Unscale) Overflowed, (string Scale, string Unscale) Underflowed) Constants(NumType t) =>
        t == NumType.Single
            ? ("1.97215226e-31", ("8.27180613e-25", "1.20892582e24"), ("1.54742505e26", "6.46234854e-27"))     // 2⁻¹⁰²; 2∓⁸⁰; 2±⁸⁷
            : ("2.004168360008973e-292", ("2.409919865102884e-181", "4.149515568880993e180"),
                ("4.149515568880993e180", "2.409919865102884e-181"));                                      // 2⁻⁹⁶⁹; 2∓⁶⁰⁰; 2±⁶⁰⁰

    public static (List<Stmt> Body, List<AppliedRewrite> Applied) Apply(List<Stmt> body, Func<string, NumType, string> declareLocal)
    {
        var applied = new List<AppliedRewrite>();
        foreach (Assign declaration in StmtWalk.All(body).OfType<Assign>().Where(Accumulators.IsZeroDeclaration).ToList())
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
        NumType t = declaration.Value.Type;
        (string lowest, (string Scale, string Unscale) over, (string Scale, string Unscale) under) = Constants(t);
        var s = new Variable(t, sum);
        // 1 for the plain sum; the redo scales every term by `scale` and the root back by `unscale`.
        var scale = new Variable(t, declareLocal(sum + "Scale", t));
        var unscale = new Variable(t, declareLocal(sum + "Unscale", t));

        IEnumerable<Stmt> Scaled(Stmt stmt)
        {
            if (stmt is not Assign a || SquaredTerm(a, sum) is not { } squared) return new[] { stmt };
            var term = new Variable(t, declareLocal(sum + "Term", t));
            return new Stmt[]
            {
                new Assign(a.Source, term.Name, Mul(squared, scale), IsDeclaration: true),
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

        Expr overflowed = Cmp(BinaryOp.Greater, s, Num(t, "1"));
        var reset = new Stmt[]
        {
            new Assign(declaration.Source, scale.Name, If(overflowed, Num(t, over.Scale), Num(t, under.Scale)), IsDeclaration: false),
            new Assign(declaration.Source, unscale.Name, If(overflowed, Num(t, over.Unscale), Num(t, under.Unscale)), IsDeclaration: false),
            new Assign(declaration.Source, sum, declaration.Value, IsDeclaration: false),
        };
        If outOfRange = LoopRedo.Redo(redo, s, lowest, "every term scaled by a power of two", reset, LoopRedo.Copy(redo.Loop, declareLocal, Scaled));

        var declared = new Stmt[]
        {
            new Assign(declaration.Source, scale.Name, Num(t, "1"), IsDeclaration: true),
            new Assign(declaration.Source, unscale.Name, Num(t, "1"), IsDeclaration: true),
        };
        return LoopRedo.Place(body, declaration, declared, redo, redo.Loop, outOfRange, ReplaceRoot);
    }
}
