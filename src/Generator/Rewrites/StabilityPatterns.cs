using System;
using System.Collections.Generic;
using System.Linq;
using AutoDiffGen.Generator.Differentiation;
using AutoDiffGen.Generator.IR;
using static AutoDiffGen.Generator.Differentiation.Build;

namespace AutoDiffGen.Generator.Rewrites;

/// <summary>
/// The catalogue's forward rewrites as IR patterns. Each pattern looks at one node whose operands are
/// already rewritten, and returns its stable replacement or null. Operands are rewritten first, so an
/// outer pattern matches the stable form an inner one produced: <c>log(1/(1+e^-z))</c> becomes
/// <c>log(Sigmoid(z))</c> (R01), then <c>LogSigmoid(z)</c> (R02); the order below decides between
/// patterns of the same node (longest first: log(1+x²) before log(1+x)).
/// </summary>
internal static class StabilityPatterns
{
    public delegate Expr? Pattern(Expr node, Shapes s);

    public static readonly IReadOnlyList<(StabilityRule Rule, Pattern Rewrite)> All = new (StabilityRule, Pattern)[]
    {
        (StabilityRule.Pow, PowerOfConstant),
        // Before the sigmoid, whose any-numerator form a / (1 + e^u) would otherwise take (e^u − 1)/(e^u + 1).
        (StabilityRule.Tanh, Tanh),
        (StabilityRule.Sigmoid, Sigmoid),
        // 1 − σ(x) = σ(−x): the complement is 0 above x = 37 where σ(−x) is not (σ(1 − σ) written by hand).
        (StabilityRule.OneMinusSigmoid, OneMinusSigmoid),
        (StabilityRule.LogSigmoid, (e, s) => LogOf(e, s) is { } a && !s.ComplementedSigmoids.Contains(a) && s.Arg(a, Primitive.Sigmoid) is { } x
            ? Call(Primitive.LogSigmoid, x) : null),
        (StabilityRule.LogOneMinusSigmoid, LogOneMinusSigmoid),
        (StabilityRule.Log1mexp, Log1mexp),
        (StabilityRule.Softplus, (e, s) => LogOf(e, s) is { } a && s.OnePlus(a) is { } b && s.Arg(b, Primitive.Exp) is { } x ? Call(Primitive.Softplus, x) : null),
        (StabilityRule.Log1pSquare, (e, s) => LogOf(e, s) is { } a && s.OnePlus(a) is { } b && s.Square(b) is { } x ? Call(Primitive.Log1pSquare, x) : null),
        (StabilityRule.Log1p, Log1p),
        // log(e^a + e^b + …): nested log-add-exps, log(e^a + e^b + e^c) = LogAddExp(LogAddExp(a, b), c).
        (StabilityRule.LogAddExp, (e, s) => LogOf(e, s) is { } a && Exponents(a, s) is { } u ? LogSumOfExps(u) : null),
        (StabilityRule.LogDiffExp, (e, s) => LogOf(e, s) is { } a && s.Operands(a, BinaryOp.Subtract) is var (l, r)
            && s.Arg(l, Primitive.Exp) is { } u && s.Arg(r, Primitive.Exp) is { } v ? Call(Primitive.LogDiffExp, u, v) : null),
        (StabilityRule.SoftplusInverse, (e, s) => LogOf(e, s) is { } a && s.Arg(a, Primitive.Expm1) is { } x ? Call(Primitive.SoftplusInverse, x) : null),
        (StabilityRule.LogCosh, (e, s) => LogOf(e, s) is { } a && s.Arg(a, Primitive.Cosh) is { } x ? Call(Primitive.LogCosh, x) : null),
        (StabilityRule.LogOfExp, LogOfExp),
        (StabilityRule.LogOfProduct, (e, s) => LogOf(e, s) is { } a && s.Operands(a, BinaryOp.Multiply) is var (l, r)
            ? Call(Primitive.LogOfProduct, l, r) : null),
        (StabilityRule.Expm1, Expm1),
        (StabilityRule.Sqrt1pm1, (e, s) => e is Binary { Op: BinaryOp.Subtract } b && Shapes.IsValue(b.Right, 1)
            && s.Arg(b.Left, Primitive.Sqrt) is { } a && s.OnePlus(a) is { } x ? Call(Primitive.Sqrt1pm1, x) : null),
        (StabilityRule.OneMinusCos, (e, s) => e is Binary { Op: BinaryOp.Subtract } b && Shapes.IsValue(b.Left, 1)
            && s.Arg(b.Right, Primitive.Cos) is { } x ? Call(Primitive.OneMinusCos, x) : null),
        // √(x² + y² + …): nested hypots, √(x² + y² + z²) = Hypot(Hypot(x, y), z).
        (StabilityRule.Hypot, (e, s) => SqrtOf(e) is { } a && Squared(a, s) is { } x
            ? x.Skip(1).Aggregate(x[0], (h, next) => Call(Primitive.StableHypot, h, next)) : null),
        (StabilityRule.SqrtOfSquare, (e, s) => SqrtOf(e) is { } a && s.Square(a) is { } x ? Call(Primitive.Abs, x) : null),
        (StabilityRule.SquaredRoot, (e, s) => e is Binary { Op: BinaryOp.Multiply } b && s.Arg(b.Left, Primitive.Sqrt) is { } x
            && s.Arg(b.Right, Primitive.Sqrt) is { } y && s.SameValue(x, y) ? x : null),
        (StabilityRule.Sinc, (e, s) => e is Binary { Op: BinaryOp.Divide } b && s.Arg(b.Left, Primitive.Sin) is { } x
            && s.SameValue(x, b.Right) ? Call(Primitive.Sinc, x) : null),
        // e^u / (e^a + e^b + …), a softmax written out: e^(u − log(e^a + e^b + …)), whose log R27 then makes
        // the log-softmax u − LogAddExp(…).
        (StabilityRule.Softmax, (e, s) => e is Binary { Op: BinaryOp.Divide } b && s.Arg(b.Left, Primitive.Exp) is { } u
            && Exponents(b.Right, s) is { } t ? Call(Primitive.Exp, Sub(u, LogSumOfExps(t))) : null),
        (StabilityRule.ExpRatio, ExpRatio),
        (StabilityRule.CrossEntropy, CrossEntropy),
        (StabilityRule.Xlogx, (e, s) => XLogY(e, s) is (var x, var y, false) && s.SameValue(x, y) ? Call(Primitive.Xlogy, x, y) : null),
        (StabilityRule.Xlogy, (e, s) => XLogY(e, s) is (var x, var y, var onePlus) ? Call(onePlus ? Primitive.Xlog1py : Primitive.Xlogy, x, y) : null),
    };

    /// <summary>The argument of Math.Log at the node itself (the node is not looked through).</summary>
    private static Expr? LogOf(Expr e, Shapes s) => e is Call { Function: Primitive.Log } c ? c.Arguments[0] : null;

    /// <summary>u₁, …, uₙ for a sum e^u₁ + … + e^uₙ of n ≥ 2 terms, at least one an exponential; a literal 1 is e^0.</summary>
    private static List<Expr>? Exponents(Expr sum, Shapes s)
    {
        List<Expr> terms = s.SumTerms(sum);
        if (!terms.Any(t => s.Arg(t, Primitive.Exp) is not null)) return null;
        return Each(terms, t => s.Arg(t, Primitive.Exp) ?? (Shapes.IsValue(t, 1) ? Num(t.Type, "0") : null));
    }

    /// <summary>
    /// x₁, …, xₙ for a sum x₁² + … + xₙ² of n ≥ 2 squares, or null. A non-negative literal c counts as (√c)²,
    /// so √(x² + 1) and the smoothed |x| √(x² + 1e-8) are hypots too.
    /// </summary>
    private static List<Expr>? Squared(Expr sum, Shapes s)
    {
        List<Expr> terms = s.SumTerms(sum);
        if (!terms.Any(t => s.Square(t) is not null)) return null;
        return Each(terms, t => s.Square(t) ?? Build.LiteralValue(t) switch
        {
            1 => t,
            >= 0 => Call(Primitive.Sqrt, t),
            _ => null,
        });
    }

    private static List<Expr>? Each(List<Expr> terms, Func<Expr, Expr?> part)
    {
        if (terms.Count < 2) return null;
        var parts = new List<Expr>();
        foreach (Expr term in terms)
        {
            if (part(term) is not { } p) return null;
            parts.Add(p);
        }
        return parts;
    }

    /// <summary>log(e^u₁ + … + e^uₙ) as nested log-add-exps.</summary>
    private static Expr LogSumOfExps(List<Expr> u) => u.Skip(1).Aggregate(u[0], (acc, next) => Call(Primitive.LogAddExp, acc, next));

    private static Expr? SqrtOf(Expr e) => e is Call { Function: Primitive.Sqrt } c ? c.Arguments[0] : null;

    /// <summary>Pow(x, c) with c in {-2, -1, -0.5, 0, 0.5, 1, 1.5, 2, 3, 4}: products and square roots,
    /// whose derivatives never go through log x.</summary>
    private static Expr? PowerOfConstant(Expr e, Shapes s)
    {
        if (e is not Call { Function: Primitive.Pow } c || LiteralValue(c.Arguments[1]) is not double n) return null;
        Expr x = c.Arguments[0];
        Expr One() => Num(x.Type, "1");
        Expr Times(Expr a, Expr b) => new Binary(x.Type, BinaryOp.Multiply, a, b);
        return n switch
        {
            0 => One(),
            1 => x,
            2 => Times(x, x),
            3 => Times(Times(x, x), x),
            4 => Times(Times(x, x), Times(x, x)),
            -1 => Div(One(), x),
            -2 => Div(One(), Times(x, x)),
            0.5 => Call(Primitive.Sqrt, x),
            -0.5 => Div(One(), Call(Primitive.Sqrt, x)),
            1.5 => Times(x, Call(Primitive.Sqrt, x)),
            _ => null,
        };
    }

    /// <summary>1/(1+e^-x) → Sigmoid(x); 1/(1+e^u) → Sigmoid(-u); e^x/(1+e^x) → Sigmoid(x).</summary>
    private static Expr? Sigmoid(Expr e, Shapes s)
    {
        if (e is not Binary { Op: BinaryOp.Divide } d || s.OnePlus(d.Right) is not { } denominator) return null;
        if (s.Arg(denominator, Primitive.Exp) is not { } u) return null;
        if (Shapes.IsValue(d.Left, 1)) return Call(Primitive.Sigmoid, s.Negated(u) ?? Neg(u));
        if (s.Arg(d.Left, Primitive.Exp) is { } v && s.SameValue(u, v)) return Call(Primitive.Sigmoid, u);
        // a / (1 + e^u) = a·σ(−u) for any other numerator (the swish x / (1 + e^−x)): no ∞/∞² in the gradient.
        return s.Arg(d.Left, Primitive.Exp) is null ? Mul(d.Left, Call(Primitive.Sigmoid, s.Negated(u) ?? Neg(u))) : null;
    }

    private static Expr? OneMinusSigmoid(Expr e, Shapes s)
    {
        if (s.OneMinus(e) is not { } a || s.Arg(a, Primitive.Sigmoid) is not { } x) return null;
        Expr complement = Call(Primitive.Sigmoid, s.Negated(x) ?? Neg(x));
        s.ComplementedSigmoids.Add(complement);
        return complement;
    }

    /// <summary>log(1 − σ(x)) → −Softplus(x), also once 1 − σ(x) has become σ(−x).</summary>
    private static Expr? LogOneMinusSigmoid(Expr e, Shapes s)
    {
        if (LogOf(e, s) is not { } a) return null;
        if (s.OneMinus(a) is { } b && s.Arg(b, Primitive.Sigmoid) is { } x) return Neg(Call(Primitive.Softplus, x));
        return s.ComplementedSigmoids.Contains(a) && s.Arg(a, Primitive.Sigmoid) is { } y ? Neg(Call(Primitive.Softplus, s.Negated(y) ?? Neg(y))) : null;
    }

    /// <summary>log(1 - e^x) → Log1mexp(x), also once 1 - e^x has become -Expm1(x).</summary>
    private static Expr? Log1mexp(Expr e, Shapes s)
    {
        if (LogOf(e, s) is not { } a) return null;
        if (s.OneMinus(a) is { } b && s.Arg(b, Primitive.Exp) is { } x) return Call(Primitive.Log1mexp, x);
        return s.Negated(a) is { } m && s.Arg(m, Primitive.Expm1) is { } y ? Call(Primitive.Log1mexp, y) : null;
    }

    /// <summary>log(1 + x) → Log1p(x); log(1 - p) → Log1p(-p).</summary>
    private static Expr? Log1p(Expr e, Shapes s)
    {
        if (LogOf(e, s) is not { } a) return null;
        if (s.OnePlus(a) is { } x) return Call(Primitive.Log1p, x);
        return s.OneMinus(a) is { } p ? Call(Primitive.Log1p, Neg(p)) : null;
    }

    /// <summary>log(e^u) → u; log(e^u / c) → u - log c; log(e^u · c) → u + log c (the Gaussian log-density).</summary>
    private static Expr? LogOfExp(Expr e, Shapes s)
    {
        if (LogOf(e, s) is not { } a) return null;
        if (s.Arg(a, Primitive.Exp) is { } u) return u;
        if (s.Operands(a, BinaryOp.Divide) is var (n, d) && s.Arg(n, Primitive.Exp) is { } v) return Sub(v, Call(Primitive.Log, d));
        if (s.Operands(a, BinaryOp.Multiply) is var (l, r))
        {
            if (s.Arg(l, Primitive.Exp) is { } w) return Add(w, Call(Primitive.Log, r));
            if (s.Arg(r, Primitive.Exp) is { } z) return Add(z, Call(Primitive.Log, l));
        }
        return null;
    }

    /// <summary>e^x - 1 → Expm1(x); 1 - e^x → -Expm1(x).</summary>
    private static Expr? Expm1(Expr e, Shapes s)
    {
        if (e is not Binary { Op: BinaryOp.Subtract } b) return null;
        if (Shapes.IsValue(b.Right, 1) && s.Arg(b.Left, Primitive.Exp) is { } x) return Call(Primitive.Expm1, x);
        return Shapes.IsValue(b.Left, 1) && s.Arg(b.Right, Primitive.Exp) is { } y ? Neg(Call(Primitive.Expm1, y)) : null;
    }

    /// <summary>(e^x - e^-x)/(e^x + e^-x) → Tanh(x).</summary>
    private static Expr? Tanh(Expr e, Shapes s) => TanhOfExps(e, s) ?? TanhOfExpm1(e, s);

    /// <summary>
    /// (e^u − 1)/(e^u + 1) = tanh(u/2), also as (1 − e^u)/(1 + e^u) = −tanh(u/2): ∞/∞ once e^u overflows. The
    /// numerator arrives as Expm1(u) (or −Expm1(u)) from R12, which runs first.
    /// </summary>
    private static Expr? TanhOfExpm1(Expr e, Shapes s)
    {
        if (e is not Binary { Op: BinaryOp.Divide } d || s.OnePlus(d.Right) is not { } denominator || s.Arg(denominator, Primitive.Exp) is not { } u) return null;
        Expr half = Mul(Num(u.Type, "0.5"), u);
        if (s.Arg(d.Left, Primitive.Expm1) is { } v && s.SameValue(u, v)) return Call(Primitive.Tanh, half);
        return s.Negated(d.Left) is { } m && s.Arg(m, Primitive.Expm1) is { } w && s.SameValue(u, w) ? Neg(Call(Primitive.Tanh, half)) : null;
    }

    private static Expr? TanhOfExps(Expr e, Shapes s)
    {
        if (e is not Binary { Op: BinaryOp.Divide } d
            || s.Operands(d.Left, BinaryOp.Subtract) is not var (a, b) || s.Operands(d.Right, BinaryOp.Add) is not var (c, f)) return null;
        if (s.Arg(a, Primitive.Exp) is not { } x || s.Arg(b, Primitive.Exp) is not { } minusX || s.Negated(minusX) is not { } x2 || !s.SameValue(x, x2)) return null;
        bool sameDenominator = (s.SameValue(c, a) && s.SameValue(f, b)) || (s.SameValue(c, b) && s.SameValue(f, a));
        return sameDenominator ? Call(Primitive.Tanh, x) : null;
    }

    /// <summary>e^a / e^b → e^(a-b); e^a · e^b → e^(a+b).</summary>
    private static Expr? ExpRatio(Expr e, Shapes s)
    {
        if (e is not Binary { Op: BinaryOp.Divide or BinaryOp.Multiply } b) return null;
        if (s.Arg(b.Left, Primitive.Exp) is not { } x || s.Arg(b.Right, Primitive.Exp) is not { } y) return null;
        // A square e^x·e^x is never ∞·0 and overflows where e^2x does: rewriting it would only cost an exp.
        if (b.Op == BinaryOp.Multiply && s.SameValue(x, y)) return null;
        return Call(Primitive.Exp, b.Op == BinaryOp.Divide ? Sub(x, y) : Add(x, y));
    }

    /// <summary>y·log σ(z) + (1-y)·log(1-σ(z)), once R02 and R04 made it y·LogSigmoid(z) + (1-y)·(-Softplus(z)):
    /// -BinaryCrossEntropyWithLogits(z, y).</summary>
    private static Expr? CrossEntropy(Expr e, Shapes s)
    {
        if (e is not Binary { Op: BinaryOp.Add } sum) return null;
        foreach ((Expr first, Expr second) in new[] { (sum.Left, sum.Right), (sum.Right, sum.Left) })
        {
            if (Factors(first, s) is not var (y, logSigmoid) || s.Arg(logSigmoid, Primitive.LogSigmoid) is not { } z) continue;
            if (Factors(second, s) is not var (oneMinusY, negSoftplus) || s.OneMinus(oneMinusY) is not { } y2 || !s.SameValue(y, y2)) continue;
            if (s.Negated(negSoftplus) is { } softplus && s.Arg(softplus, Primitive.Softplus) is { } z2 && s.SameValue(z, z2))
            {
                return Neg(Call(Primitive.BinaryCrossEntropyWithLogits, z, y));
            }
        }
        return null;
    }

    /// <summary>The two factors of a product, the one that is a call second.</summary>
    private static (Expr Other, Expr Call)? Factors(Expr e, Shapes s) => s.Operands(e, BinaryOp.Multiply) is var (l, r)
        ? (s.See(l) is IR.Call or Unary ? (r, l) : (l, r))
        : null;

    /// <summary>x·log y or x·log(1+y) (either order) with x not a literal: (x, y, whether it is log1p).</summary>
    private static (Expr X, Expr Y, bool OnePlus)? XLogY(Expr e, Shapes s)
    {
        if (e is not Binary { Op: BinaryOp.Multiply } b) return null;
        foreach ((Expr x, Expr log) in new[] { (b.Left, b.Right), (b.Right, b.Left) })
        {
            if (Shapes.IsConstant(x)) continue;
            if (s.Arg(log, Primitive.Log) is { } y) return (x, y, false);
            if (s.Arg(log, Primitive.Log1p) is { } y1) return (x, y1, true);
        }
        return null;
    }
}
