using System.Collections.Generic;
using AutoDiffGen.Generator.Differentiation;
using AutoDiffGen.Generator.IR;

namespace AutoDiffGen.Generator.Rewrites;

/// <summary>
/// Recognises the spellings of one formula (catalogue §5, "canonicalise before matching"): 1 + e and
/// e + 1, -x and 0 - x and -1·x, an int literal converted to double; and looks through qualifying
/// locals (<see cref="StableDefinitions"/>) so that a formula split over several statements still matches.
/// </summary>
internal sealed class Shapes
{
    private readonly StableDefinitions definitions;

    public Shapes(StableDefinitions definitions) => this.definitions = definitions;

    public Expr See(Expr e) => definitions.See(e);

    /// <summary>
    /// The σ(−x) nodes the 1 − σ(x) rewrite made, so that a log of one is still recognised as log(1 − σ(x))
    /// (R04, and with it the cross-entropy R05) rather than as a log-sigmoid.
    /// </summary>
    public HashSet<Expr> ComplementedSigmoids { get; } = new(ReferenceComparer.Instance);

    /// <summary>A literal (possibly converted) equal to <paramref name="value"/>.</summary>
    public static bool IsValue(Expr e, double value) => Build.LiteralValue(e) == value;

    /// <summary>x for -x, 0 - x, -1·x and x·-1.</summary>
    public Expr? Negated(Expr e)
    {
        e = See(e);
        return e switch
        {
            Unary { Op: UnaryOp.Negate } u => u.Operand,
            Binary { Op: BinaryOp.Subtract } b when IsValue(b.Left, 0) => b.Right,
            Binary { Op: BinaryOp.Multiply } b when IsValue(b.Left, -1) => b.Right,
            Binary { Op: BinaryOp.Multiply } b when IsValue(b.Right, -1) => b.Left,
            _ => null,
        };
    }

    /// <summary>a for 1 + a and a + 1.</summary>
    public Expr? OnePlus(Expr e) => See(e) switch
    {
        Binary { Op: BinaryOp.Add } b when IsValue(b.Left, 1) => b.Right,
        Binary { Op: BinaryOp.Add } b when IsValue(b.Right, 1) => b.Left,
        _ => null,
    };

    /// <summary>a for 1 - a.</summary>
    public Expr? OneMinus(Expr e) => See(e) is Binary { Op: BinaryOp.Subtract } b && IsValue(b.Left, 1) ? b.Right : null;

    /// <summary>The argument of a one-argument call of <paramref name="f"/>.</summary>
    public Expr? Arg(Expr e, Primitive f) => See(e) is Call c && c.Function == f && c.Arguments.Count == 1 ? c.Arguments[0] : null;

    /// <summary>The operands of <paramref name="op"/>, seen through locals.</summary>
    public (Expr Left, Expr Right)? Operands(Expr e, BinaryOp op) => See(e) is Binary b && b.Op == op ? (b.Left, b.Right) : null;

    /// <summary>The terms of a sum in any association (a + b + c), seen through locals; one term for anything else.</summary>
    public List<Expr> SumTerms(Expr e)
    {
        var terms = new List<Expr>();
        void Collect(Expr x)
        {
            if (Operands(x, BinaryOp.Add) is var (l, r))
            {
                Collect(l);
                Collect(r);
            }
            else
            {
                terms.Add(x);
            }
        }
        Collect(e);
        return terms;
    }

    /// <summary>x for x·x (the same expression twice).</summary>
    public Expr? Square(Expr e) => Operands(e, BinaryOp.Multiply) is var (l, r) && SameValue(l, r) ? l : null;

    /// <summary>Structurally equal, or the same qualifying local's definition.</summary>
    public bool SameValue(Expr a, Expr b) => a.Equals(b) || See(a).Equals(See(b));

    /// <summary>Not a literal: multiplying by it can be multiplying by zero.</summary>
    public static bool IsConstant(Expr e) => Build.LiteralValue(e) is not null || e is Constant;
}
