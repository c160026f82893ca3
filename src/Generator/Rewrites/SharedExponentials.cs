using System.Collections.Generic;
using System.Linq;
using AutoDiffGen.Generator.Differentiation;
using AutoDiffGen.Generator.IR;
using AutoDiffGen.Generator.Lowering;
using static AutoDiffGen.Generator.Differentiation.Build;

namespace AutoDiffGen.Generator.Rewrites;

/// <summary>
/// The last rewrite, applied with or without the stability rewrites: <c>StableMath.Sigmoid</c>,
/// <c>Softplus</c>, <c>LogSigmoid</c>, <c>LogAddExp</c>, <c>Expm1</c> and <c>Xlogy</c> become forms that take
/// their exponential (or log) as an argument,
/// <code>
/// Sigmoid(x)      → SigmoidFromExp(x, Math.Exp(-Math.Abs(x)))
/// Softplus(x)     → SoftplusFromExp(x, Math.Exp(-Math.Abs(x)))      (LogSigmoid(x) = −Softplus(−x))
/// LogAddExp(a, b) → LogAddExpFromExp(a, b, Math.Exp(-Math.Abs(a - b)))
/// Expm1(x)        → Expm1FromExp(x, StableMath.Exp(x))     (one table kernel for both, see below)
/// Xlogy(x, y)     → XlogyFromLog(x, y, Math.Log(y))
/// </code>
/// Same values. The exponential (log) is then an ordinary value of the forward pass that the derivative
/// rules reuse (σ′ = e/(1 + e)²; d eˣ = eˣ; ∂(x·log y)/∂x is the log), so the backward pass computes no
/// second exponential: the stable forms cost about what the textbook <c>1/(1+Math.Exp(-x))</c> and
/// <c>Math.Exp(x) - 1</c> cost, whose derivatives reuse their exponential too. For expm1 that alone was not
/// enough (1.5× the naive gradient: Expm1FromExp branched on |x| &lt; ln 2, mispredicted on mixed inputs, into
/// a rational form with a division), so its exponential is <c>StableMath.Exp</c>, whose table kernel gives
/// eˣ − 1 without cancellation too: Expm1FromExp evaluates the same inlined kernel on the same x, which the
/// JIT computes once.
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
            Call { Function: Primitive.Sigmoid } c => Call(Primitive.SigmoidFromExp, c.Arguments[0], ExpOfMinusAbs(c.Arguments[0])),
            Call { Function: Primitive.Softplus } c => SoftplusFromExp(c.Arguments[0]),
            Call { Function: Primitive.LogSigmoid } c => Neg(SoftplusFromExp(Neg(c.Arguments[0]))),
            Call { Function: Primitive.LogAddExp } c => Call(Primitive.LogAddExpFromExp, c.Arguments[0], c.Arguments[1],
                ExpOfMinusAbs(Sub(c.Arguments[0], c.Arguments[1]))),
            Call { Function: Primitive.Expm1 } c => Call(Primitive.Expm1FromExp, c.Arguments[0], Call(Primitive.StableExp, c.Arguments[0])),
            Call { Function: Primitive.Xlogy } c => Call(Primitive.XlogyFromLog, c.Arguments[0], c.Arguments[1], Call(Primitive.Log, c.Arguments[1])),
            _ => node,
        };
    }

    private static Expr SoftplusFromExp(Expr x) => Call(Primitive.SoftplusFromExp, x, ExpOfMinusAbs(x));

    /// <summary>e^−|x|, in [0, 1]: never overflows, and both halves of each formula are written with it.</summary>
    private static Expr ExpOfMinusAbs(Expr x) => Call(Primitive.Exp, Neg(Call(Primitive.Abs, x)));
}
