using System.Collections.Generic;
using System.Linq;
using AutoDiffGen.Generator.Differentiation;
using AutoDiffGen.Generator.IR;
using AutoDiffGen.Generator.Lowering;
using static AutoDiffGen.Generator.Differentiation.Build;

namespace AutoDiffGen.Generator.Rewrites;

/// <summary>
/// The last rewrite, applied with or without the stability rewrites: <c>StableMath.Sigmoid(x)</c> and
/// <c>StableMath.Expm1(x)</c> become forms that take their exponential as an argument,
/// <code>
/// Sigmoid(x) → SigmoidFromExp(x, x >= 0 ? Math.Exp(-x) : Math.Exp(x))
/// Expm1(x)   → Expm1FromExp(x, Math.Exp(x))
/// </code>
/// Same values. The exponential is then an ordinary value of the forward pass, and its derivative rule
/// reuses it (d eˣ = eˣ), so the backward pass computes no second exponential: the stable forms cost
/// about what the textbook <c>1/(1+Math.Exp(-x))</c> and <c>Math.Exp(x) - 1</c> cost, whose derivatives
/// reuse their exponential too. The conditional (not e^−|x|) keeps the derivative right at x = 0, where
/// |x| has none.
/// </summary>
internal static class SharedExponentials
{
    public static List<Stmt> Apply(List<Stmt> body) => StatementMap.Map(body, s => new[] { s }, Share);

    /// <summary>Bottom-up, so a sigmoid of a sigmoid shares both.</summary>
    private static Expr Share(Expr e)
    {
        Expr[] children = ExprWalk.Children(e).ToArray();
        Expr[] shared = children.Select(Share).ToArray();
        Expr node = children.Zip(shared, ReferenceEquals).All(same => same) ? e : StabilityRewriter.WithChildren(e, shared);
        return node switch
        {
            Call { Function: Primitive.Sigmoid } c => Call(Primitive.SigmoidFromExp, c.Arguments[0],
                If(Cmp(BinaryOp.GreaterOrEqual, c.Arguments[0], Num(c.Type, "0")), Call(Primitive.Exp, Neg(c.Arguments[0])), Call(Primitive.Exp, c.Arguments[0]))),
            Call { Function: Primitive.Expm1 } c => Call(Primitive.Expm1FromExp, c.Arguments[0], Call(Primitive.Exp, c.Arguments[0])),
            _ => node,
        };
    }
}
