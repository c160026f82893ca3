using System.Collections.Generic;
using System.Linq;
using AutoDiffGen.Generator.Differentiation;
using AutoDiffGen.Generator.IR;
using AutoDiffGen.Generator.Lowering;
using static AutoDiffGen.Generator.Differentiation.Build;

namespace AutoDiffGen.Generator.Rewrites;

/// <summary>
/// The last rewrite, applied with or without the stability rewrites: <c>StableMath.Sigmoid</c>,
/// <c>Expm1</c>, <c>Softplus</c>, <c>LogSigmoid</c> and <c>Xlogy</c> become forms that take their
/// exponential (or log) as an argument,
/// <code>
/// Sigmoid(x)    → SigmoidFromExp(x, x >= 0 ? Math.Exp(-x) : Math.Exp(x))
/// Expm1(x)      → Expm1FromExp(x, Math.Exp(x))
/// Softplus(x)   → SoftplusFromExp(x, x >= 0 ? Math.Exp(-x) : Math.Exp(x))   (LogSigmoid(x) = −Softplus(−x))
/// Xlogy(x, y)   → XlogyFromLog(x, y, Math.Log(y))
/// </code>
/// Same values. The exponential (log) is then an ordinary value of the forward pass, and its derivative rule
/// reuses it (d eˣ = eˣ; ∂(x·log y)/∂x is the log), so the backward pass computes no second exponential: the stable forms cost
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
            Call { Function: Primitive.Softplus } c => SoftplusFromExp(c.Arguments[0]),
            Call { Function: Primitive.LogSigmoid } c => Neg(SoftplusFromExp(Neg(c.Arguments[0]))),
            Call { Function: Primitive.Xlogy } c => Call(Primitive.XlogyFromLog, c.Arguments[0], c.Arguments[1], Call(Primitive.Log, c.Arguments[1])),
            _ => node,
        };
    }

    /// <summary>Softplus(x) = max(x, 0) + log1p(e^−|x|), the exponential computed as for the sigmoid (LogSigmoid(x) = −Softplus(−x)).</summary>
    private static Expr SoftplusFromExp(Expr x) =>
        Call(Primitive.SoftplusFromExp, x, If(Cmp(BinaryOp.GreaterOrEqual, x, Num(x.Type, "0")), Call(Primitive.Exp, Neg(x)), Call(Primitive.Exp, x)));
}
