using System;
using System.Collections.Generic;
using AutoDiffGen.Generator.IR;
using static AutoDiffGen.Generator.Differentiation.Build;

namespace AutoDiffGen.Generator.Differentiation;

/// <summary>
/// One step of the chain rule: given the adjoint <c>g</c> of an operation's result, the adjoint each
/// active operand receives. Operators are here; functions defer to <see cref="DerivativeRules"/>.
/// The same function tells the linearizer which operand values (and whether the result) the
/// backward pass will read, by calling it with placeholder values; so the two cannot disagree.
/// </summary>
internal static class LocalAdjoints
{
    /// <param name="node">The operation (its operands are ignored; <paramref name="operands"/> stand for them).</param>
    /// <param name="operands">Expressions for the operand values (leaves or temporaries).</param>
    /// <param name="active">Which operands need an adjoint.</param>
    /// <param name="result">The operation's own value, or null when it has no name (then no rule may need it).</param>
    /// <param name="g">The adjoint of the result.</param>
    public static List<(int Operand, Expr Adjoint)> Of(Expr node, IReadOnlyList<Expr> operands, IReadOnlyList<bool> active, Expr? result, Expr g)
    {
        var adjoints = new List<(int, Expr)>();
        void Give(int i, Func<Expr> adjoint)
        {
            if (active[i]) adjoints.Add((i, adjoint()));
        }

        switch (node)
        {
            case Unary { Op: UnaryOp.Negate }:
                Give(0, () => Neg(g));
                break;
            case Unary { Op: UnaryOp.Plus }:
                Give(0, () => g);
                break;
            case Binary { Op: BinaryOp.Add }:
                Give(0, () => g);
                Give(1, () => g);
                break;
            case Binary { Op: BinaryOp.Subtract }:
                Give(0, () => g);
                Give(1, () => Neg(g));
                break;
            case Binary { Op: BinaryOp.Multiply }:
                Give(0, () => Mul(g, operands[1]));
                Give(1, () => Mul(g, operands[0]));
                break;
            case Binary { Op: BinaryOp.Divide }:
                // a/b: ∂a = g/b, ∂b = -(g/b)·(a/b), using the quotient already computed.
                Give(0, () => Div(g, operands[1]));
                Give(1, () => Neg(Mul(Div(g, operands[1]), Need(result))));
                break;
            case Binary { Op: BinaryOp.Remainder }:
                // a % b = a - b·trunc(a/b)
                Give(0, () => g);
                Give(1, () => Neg(Mul(g, Call(Primitive.Truncate, Div(operands[0], operands[1])))));
                break;
            case IR.Convert c:
                Give(0, () => Cast(operands[0].Type, g));
                break;
            case Call call:
                DerivativeRule rule = DerivativeRules.Get(call.Function);
                var inputs = new RuleInputs(ToArray(operands), result ?? Missing(call.Type));
                for (int i = 0; i < operands.Count; i++)
                {
                    int index = i;
                    // An argument the function does not depend on (SigmoidFromExp's x only picks the formula)
                    // receives nothing: not g·0, which is NaN for an infinite g.
                    if (active[i] && rule.Partials is not null && LiteralValue(rule.Partials[index](inputs)) == 0) continue;
                    Give(i, () => rule.GuardsZeroAdjoint && !IsFiniteNonZeroConstant(g)
                        ? If(Cmp(BinaryOp.Equal, g, Num(g.Type, "0")), Num(g.Type, "0"), Mul(g, rule.Partials![index](inputs)))
                        : Mul(g, rule.Partials![index](inputs)));
                }
                break;
            default:
                throw new InvalidOperationException("no local adjoint for " + node.GetType().Name);
        }

        return adjoints;
    }

    private static Expr Need(Expr? result) => result ?? throw new InvalidOperationException("operation result needed but not named");

    /// <summary>Stands for a result that was not kept; a rule that reads it is caught by the linearizer.</summary>
    private static Expr Missing(NumType type) => new Variable(type, "\u0001missing");

    private static Expr[] ToArray(IReadOnlyList<Expr> list)
    {
        var array = new Expr[list.Count];
        for (int i = 0; i < array.Length; i++) array[i] = list[i];
        return array;
    }
}
