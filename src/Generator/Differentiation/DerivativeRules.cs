using System.Collections.Generic;
using AutoDiffGen.Generator.IR;
using static AutoDiffGen.Generator.Differentiation.Build;

namespace AutoDiffGen.Generator.Differentiation;

/// <summary>The values a partial derivative may use: the call's arguments and its result.</summary>
internal sealed class RuleInputs
{
    private readonly Expr[] arguments;

    public RuleInputs(Expr[] arguments, Expr result)
    {
        this.arguments = arguments;
        Result = result;
    }

    /// <summary>First argument.</summary>
    public Expr X => arguments[0];

    /// <summary>Second argument.</summary>
    public Expr Y => arguments[1];

    /// <summary>Third argument.</summary>
    public Expr Z => arguments[2];

    /// <summary>The call's value, already computed by the forward pass (d exp = exp).</summary>
    public Expr Result { get; }

    public NumType T => arguments[0].Type;

    public Expr N(string digits) => Num(T, digits);
}

/// <summary>∂f/∂(argument i) as an expression of the inputs.</summary>
internal delegate Expr Partial(RuleInputs r);

/// <summary>One primitive: how users spell it and, for each argument, its partial derivative.</summary>
/// <param name="Partials">One per argument; null when the function is piecewise constant
/// (floor, sign, …): its derivative is zero wherever it exists, so its result is inactive.</param>
/// <param name="IsPredicate">A bool-valued test (IsNaN…).</param>
/// <param name="Host">The class users call it on.</param>
/// <param name="GuardsZeroAdjoint">A partial can be infinite (1/x at 0, √ at 0): the backward pass adds
/// nothing when the incoming adjoint is exactly 0, instead of 0·∞ = NaN, so a path that does not
/// matter (a zero weight, a branch-free product with 0) never poisons the gradient.</param>
/// <param name="BackwardOnly">A helper that derivative code calls (StableMath.SigmoidDerivative); users
/// calling it get a diagnostic, since it has no derivative rule of its own.</param>
internal sealed record DerivativeRule(Primitive Primitive, string ClrName, int Arity, Partial[]? Partials, bool IsPredicate = false,
    RuleHost Host = RuleHost.Math, bool GuardsZeroAdjoint = false, bool BackwardOnly = false)
{
    public bool IsDifferentiable => Partials is not null;
}

/// <summary>Where a primitive lives.</summary>
internal enum RuleHost
{
    /// <summary>System.Math, or System.MathF for float arguments.</summary>
    Math,
    /// <summary>double/float themselves (double.Hypot, double.IsNaN).</summary>
    NumericType,
    /// <summary>The runtime's AutoDiffGen.Gradient (Gradient.Stop).</summary>
    Gradient,
    /// <summary>The runtime's AutoDiffGen.StableMath.</summary>
    StableMath,
}

/// <summary>
/// THE rule table: every primitive the generator can differentiate, in one place. Nothing else in the
/// generator knows a derivative. Each partial is written in its most accurate cheap form (e.g.
/// (1-x)(1+x) rather than 1-x² to avoid cancellation near |x| = 1; sech² as 1/cosh² rather than
/// 1 - tanh², which loses all digits for large |x|).
/// Conventions at kinks are documented in docs/supported-csharp.md: |x| has derivative 0 at 0;
/// max/min split the adjoint equally on ties; clamp passes it to x when lo ≤ x ≤ hi.
/// </summary>
internal static class DerivativeRules
{
    private const string Ln2 = "0.6931471805599453";
    private const string Ln10 = "2.302585092994046";

    // Declared before Rules, which reads it: static fields initialise in textual order.
    // x/h and y/h, 0 at the origin: StableMath.HypotPartial, which multiplies by one shared reciprocal 1/h where
    // h is normal (one division for both partials) and divides where 1/h would overflow.
    private static readonly Partial[] HypotPartials =
    {
        r => Call(Primitive.HypotPartial, r.X, r.Result),
        r => Call(Primitive.HypotPartial, r.Y, r.Result),
    };

    private static readonly DerivativeRule[] Rules =
    {
        D(Primitive.Sin, "Sin", r => Call(Primitive.Cos, r.X)),
        D(Primitive.Cos, "Cos", r => Neg(Call(Primitive.Sin, r.X))),
        D(Primitive.Tan, "Tan", r => Add(r.N("1"), Mul(r.Result, r.Result))),
        Singular(Primitive.Asin, "Asin", r => Div(r.N("1"), Call(Primitive.Sqrt, OneMinusSquare(r)))),
        Singular(Primitive.Acos, "Acos", r => Neg(Div(r.N("1"), Call(Primitive.Sqrt, OneMinusSquare(r))))),
        D(Primitive.Atan, "Atan", r => Div(r.N("1"), Add(r.N("1"), Mul(r.X, r.X)))),
        // Atan2(y, x): ∂y = x/(x²+y²), ∂x = -y/(x²+y²), written (x/h)/h with h = hypot(y, x) so that
        // neither 1e200² overflows nor 1e-200² underflows. At the origin, where it is undefined, both are 0.
        D(Primitive.Atan2, "Atan2",
            r => AwayFromOrigin(r, Div(Div(r.Y, Call(Primitive.Hypot, r.X, r.Y)), Call(Primitive.Hypot, r.X, r.Y))),
            r => AwayFromOrigin(r, Neg(Div(Div(r.X, Call(Primitive.Hypot, r.X, r.Y)), Call(Primitive.Hypot, r.X, r.Y))))),
        D(Primitive.Sinh, "Sinh", r => Call(Primitive.Cosh, r.X)),
        D(Primitive.Cosh, "Cosh", r => Call(Primitive.Sinh, r.X)),
        // sech² from e^(-2|x|): neither 1 - tanh² (0 once tanh rounds to 1) nor 1/cosh² (two exps).
        D(Primitive.Tanh, "Tanh", r => Call(Primitive.TanhDerivative, r.X)),
        D(Primitive.Asinh, "Asinh", r => Div(r.N("1"), Call(Primitive.Hypot, r.X, r.N("1")))),
        Singular(Primitive.Acosh, "Acosh", r => Div(r.N("1"), Mul(Call(Primitive.Sqrt, Sub(r.X, r.N("1"))), Call(Primitive.Sqrt, Add(r.X, r.N("1")))))),
        Singular(Primitive.Atanh, "Atanh", r => Div(r.N("1"), OneMinusSquare(r))),
        D(Primitive.Exp, "Exp", r => r.Result),
        Singular(Primitive.Log, "Log", r => Div(r.N("1"), r.X)),
        // Log(a, newBase) = ln a / ln b: ∂a = 1/(a ln b), ∂b = -log_b(a)/(b ln b)
        Singular(Primitive.LogBase, "Log",
            r => Div(r.N("1"), Mul(r.X, Call(Primitive.Log, r.Y))),
            r => Neg(Div(r.Result, Mul(r.Y, Call(Primitive.Log, r.Y))))),
        Singular(Primitive.Log10, "Log10", r => Div(r.N("1"), Mul(r.X, r.N(Ln10)))),
        Singular(Primitive.Log2, "Log2", r => Div(r.N("1"), Mul(r.X, r.N(Ln2)))),
        // √ at 0: +∞ (the one-sided derivative), but nothing at all when the adjoint is 0.
        Singular(Primitive.Sqrt, "Sqrt", r => Div(r.N("0.5"), r.Result)),
        // Hypot(x, y) = √(x²+y²) without overflow (double.Hypot / float.Hypot): ∂x = x/h, ∂y = y/h,
        // both 0 at the origin (PyTorch's subgradient of a norm at 0, not 0/0).
        new DerivativeRule(Primitive.Hypot, "Hypot", 2, HypotPartials, Host: RuleHost.NumericType),
        Singular(Primitive.Cbrt, "Cbrt", r => Div(r.N("1"), Mul(r.N("3"), Mul(r.Result, r.Result)))),
        // Pow(x, y): ∂x = y·x^(y-1), exactly 0 when y = 0 (not 0·∞ at x = 0);
        // ∂y = x^y·ln x, taken as 0 at x = 0 (its limit for y > 0), not 0·(-∞).
        Singular(Primitive.Pow, "Pow",
            r => IsNonZeroConstant(r.Y)
                ? Mul(r.Y, Call(Primitive.Pow, r.X, Sub(r.Y, r.N("1"))))
                : If(Cmp(BinaryOp.Equal, r.Y, r.N("0")), r.N("0"), Mul(r.Y, Call(Primitive.Pow, r.X, Sub(r.Y, r.N("1"))))),
            r => If(Cmp(BinaryOp.Equal, r.X, r.N("0")), r.N("0"), Mul(r.Result, Call(Primitive.Log, r.X)))),
        D(Primitive.Abs, "Abs", r => If(Cmp(BinaryOp.Greater, r.X, r.N("0")), r.N("1"),
            If(Cmp(BinaryOp.Less, r.X, r.N("0")), Neg(r.N("1")), r.N("0")))),
        D(Primitive.Max, "Max", r => Tie(r, r.X, r.Y), r => Tie(r, r.Y, r.X)),
        D(Primitive.Min, "Min", r => Tie(r, r.Y, r.X), r => Tie(r, r.X, r.Y)),
        // Clamp(x, lo, hi) returns lo when x < lo, hi when x > hi, else x (System.Math's order of tests).
        D(Primitive.Clamp, "Clamp",
            r => If(Cmp(BinaryOp.Less, r.X, r.Y), r.N("0"), If(Cmp(BinaryOp.Greater, r.X, r.Z), r.N("0"), r.N("1"))),
            r => If(Cmp(BinaryOp.Less, r.X, r.Y), r.N("1"), r.N("0")),
            r => If(Cmp(BinaryOp.Less, r.X, r.Y), r.N("0"), If(Cmp(BinaryOp.Greater, r.X, r.Z), r.N("1"), r.N("0")))),
        D(Primitive.FusedMultiplyAdd, "FusedMultiplyAdd", r => r.Y, r => r.X, r => r.N("1")),
        Flat(Primitive.Floor, "Floor", 1),
        Flat(Primitive.Ceiling, "Ceiling", 1),
        Flat(Primitive.Round, "Round", 1),
        Flat(Primitive.Round, "Round", 2), // Round(x, digits)
        Flat(Primitive.Sign, "Sign", 1),
        Flat(Primitive.Truncate, "Truncate", 1),
        new DerivativeRule(Primitive.IsNaN, "IsNaN", 1, null, IsPredicate: true),
        new DerivativeRule(Primitive.IsInfinity, "IsInfinity", 1, null, IsPredicate: true),
        new DerivativeRule(Primitive.IsFinite, "IsFinite", 1, null, IsPredicate: true),
        // Gradient.Stop(x) is x, with no derivative: what flows back through it is cut.
        new DerivativeRule(Primitive.StopGradient, "Stop", 1, null, Host: RuleHost.Gradient),

        // ---- AutoDiffGen.StableMath: the stable forms the rewrites produce, and users may call ----
        // Every partial is the input-based stable form of stability-catalog.md, not the textbook one
        // (σ(x)σ(-x), not s(1-s), which is 0 for x > 36.7).
        Stable(Primitive.Sigmoid, "Sigmoid", r => Call(Primitive.SigmoidDerivative, r.X)),
        Stable(Primitive.LogSigmoid, "LogSigmoid", r => Call(Primitive.Sigmoid, Neg(r.X))),
        Stable(Primitive.Softplus, "Softplus", r => Call(Primitive.Sigmoid, r.X)),
        // log(eˣ - 1): 1/(1 - e⁻ˣ) = -1/expm1(-x), exact near 0 where e⁻ˣ rounds to 1.
        StableSingular(Primitive.SoftplusInverse, "SoftplusInverse", r => Neg(Div(r.N("1"), Call(Primitive.Expm1, Neg(r.X))))),
        StableSingular(Primitive.Log1p, "Log1p", r => Div(r.N("1"), Add(r.N("1"), r.X))),
        Stable(Primitive.Expm1, "Expm1", r => Call(Primitive.Exp, r.X)),
        // log(1 - eˣ): -eˣ/(1 - eˣ) = -1/expm1(-x).
        StableSingular(Primitive.Log1mexp, "Log1mexp", r => Neg(Div(r.N("1"), Call(Primitive.Expm1, Neg(r.X))))),
        // log(eᵃ + eᵇ): ∂a = e^(a - r) = σ(a - b), 0 when both are -∞ (trap T9).
        Stable(Primitive.LogAddExp, "LogAddExp",
            r => Call(Primitive.LogAddExpPartial, r.X, r.Result),
            r => Call(Primitive.LogAddExpPartial, r.Y, r.Result)),
        // log(eᵃ - eᵇ): ∂a = 1/(1 - e^(b-a)) = -1/expm1(b - a), ∂b = -1/expm1(a - b).
        StableSingular(Primitive.LogDiffExp, "LogDiffExp",
            r => Neg(Div(r.N("1"), Call(Primitive.Expm1, Sub(r.Y, r.X)))),
            r => Neg(Div(r.N("1"), Call(Primitive.Expm1, Sub(r.X, r.Y))))),
        // log(a·b): ∂a = 1/a, ∂b = 1/b (b/(ab) without forming the product, which may overflow).
        StableSingular(Primitive.LogOfProduct, "LogOfProduct", r => Div(r.N("1"), r.X), r => Div(r.N("1"), r.Y)),
        // StableMath.Hypot: the plain √(x²+y²) where no square can overflow or underflow, scaled otherwise;
        // faster than double.Hypot in the ordinary range. R17 writes it.
        new DerivativeRule(Primitive.StableHypot, "Hypot", 2, HypotPartials, Host: RuleHost.StableMath),
        // x·log y, 0 at x = 0: ∂x = log y, ∂y = x/y (0 at x = 0, where the product is 0 for every y).
        StableSingular(Primitive.Xlogy, "Xlogy",
            r => Call(Primitive.Log, r.Y),
            r => If(Cmp(BinaryOp.Equal, r.X, r.N("0")), r.N("0"), Div(r.X, r.Y))),
        StableSingular(Primitive.Xlog1py, "Xlog1py",
            r => Call(Primitive.Log1p, r.Y),
            r => If(Cmp(BinaryOp.Equal, r.X, r.N("0")), r.N("0"), Div(r.X, Add(r.N("1"), r.Y)))),
        Stable(Primitive.LogCosh, "LogCosh", r => Call(Primitive.Tanh, r.X)),
        Stable(Primitive.Log1pSquare, "Log1pSquare", r => Call(Primitive.Log1pSquareDerivative, r.X)),
        Stable(Primitive.OneMinusCos, "OneMinusCos", r => Call(Primitive.Sin, r.X)),
        Stable(Primitive.Sinc, "Sinc", r => Call(Primitive.SincDerivative, r.X)),
        // √(1+x) - 1: ∂ = 0.5/√(1+x) = 0.5/(r + 1).
        StableSingular(Primitive.Sqrt1pm1, "Sqrt1pm1", r => Div(r.N("0.5"), Add(r.Result, r.N("1")))),
        // softplus(z) - y·z: ∂z = σ(z) - y, ∂y = -z.
        Stable(Primitive.BinaryCrossEntropyWithLogits, "BinaryCrossEntropyWithLogits",
            r => Sub(Call(Primitive.Sigmoid, r.X), r.Y),
            r => Neg(r.X)),
        Helper(Primitive.SigmoidDerivative, "SigmoidDerivative", 1),
        Helper(Primitive.TanhDerivative, "TanhDerivative", 1),
        Helper(Primitive.SincDerivative, "SincDerivative", 1),
        Helper(Primitive.Log1pSquareDerivative, "Log1pSquareDerivative", 1),
        Helper(Primitive.LogAddExpPartial, "LogAddExpPartial", 2),
        Helper(Primitive.HypotPartial, "HypotPartial", 2),
        // σ(x), softplus and log-add-exp given e = e^−|x| (e^−|a−b|): the partial for x is the whole derivative,
        // written with e, and e gets none, so the backward pass never differentiates |x| (which has a kink
        // at 0 that the formulas do not). Sound only because the generator alone writes these calls, always
        // with that e: users cannot call them in [Differentiable] code.
        Shared(Primitive.SigmoidFromExp, "SigmoidFromExp", r => Call(Primitive.SigmoidDerivativeFromExp, r.Y), r => r.N("0")),
        Helper(Primitive.SigmoidDerivativeFromExp, "SigmoidDerivativeFromExp", 1),
        Shared(Primitive.SoftplusFromExp, "SoftplusFromExp", r => Call(Primitive.SigmoidFromExp, r.X, r.Y), r => r.N("0")),
        Shared(Primitive.LogAddExpFromExp, "LogAddExpFromExp",
            r => Call(Primitive.LogAddExpPartialFromExp, r.X, r.Y, r.Z),
            r => Call(Primitive.LogAddExpPartialFromExp, r.Y, r.X, r.Z),
            r => r.N("0")),
        Helper(Primitive.LogAddExpPartialFromExp, "LogAddExpPartialFromExp", 3),
        // eˣ − 1 given u = eˣ: the derivative flows through u, whose own rule reuses its value; x only picks the formula.
        Shared(Primitive.Expm1FromExp, "Expm1FromExp", r => r.N("0"), r => r.N("1")),
        // √s of a sum of squares (R18 in a loop): 0.5/√s, and 0 at s = 0, so that a norm's gradient at the origin
        // is 0 (each square's partial 2t is 0 there), not ∞·0.
        Shared(Primitive.SqrtOfSumOfSquares, "SqrtOfSumOfSquares", r => If(Cmp(BinaryOp.Equal, r.Result, r.N("0")), r.N("0"), Div(r.N("0.5"), r.Result))),
        // StableMath.Exp(x): eˣ from the table kernel that Expm1FromExp also evaluates on the same x (the JIT
        // computes the inlined kernel once), so R12 gets eˣ − 1 and its derivative eˣ from one exponential.
        Stable(Primitive.StableExp, "Exp", r => r.Result),
        // x·l with l = log y: ∂x = l (the log already computed), ∂l = x, and 0 at x = 0 so that log's 1/y at
        // y = 0 is not reached; y itself only decides the x = 0 case.
        new DerivativeRule(Primitive.XlogyFromLog, "XlogyFromLog", 3, new Partial[]
        {
            r => r.Z,
            r => r.N("0"),
            r => If(Cmp(BinaryOp.Equal, r.X, r.N("0")), r.N("0"), r.X),
        }, Host: RuleHost.StableMath, GuardsZeroAdjoint: true, BackwardOnly: true),
    };

    private static readonly Dictionary<Primitive, DerivativeRule> ByPrimitive = Index();

    public static DerivativeRule Get(Primitive primitive) => ByPrimitive[primitive];

    /// <summary>Finds the rule for a method users may call, by its class (Math/MathF and double/float
    /// both count as <see cref="RuleHost.Math"/>), name and argument count.</summary>
    public static DerivativeRule? Find(RuleHost host, string clrName, int arity)
    {
        foreach (DerivativeRule rule in Rules)
        {
            bool sameHost = rule.Host == host || (host == RuleHost.Math && rule.Host == RuleHost.NumericType);
            if (sameHost && !rule.BackwardOnly && rule.ClrName == clrName && rule.Arity == arity) return rule;
        }
        return null;
    }

    private static Dictionary<Primitive, DerivativeRule> Index()
    {
        var map = new Dictionary<Primitive, DerivativeRule>();
        foreach (DerivativeRule rule in Rules)
        {
            if (!map.ContainsKey(rule.Primitive)) map.Add(rule.Primitive, rule);
        }
        return map;
    }

    private static DerivativeRule D(Primitive p, string name, params Partial[] partials) => new(p, name, partials.Length, partials);

    private static DerivativeRule Flat(Primitive p, string name, int arity) => new(p, name, arity, null);

    private static DerivativeRule Singular(Primitive p, string name, params Partial[] partials) =>
        new(p, name, partials.Length, partials, GuardsZeroAdjoint: true);

    private static DerivativeRule Stable(Primitive p, string name, params Partial[] partials) =>
        new(p, name, partials.Length, partials, Host: RuleHost.StableMath);

    private static DerivativeRule StableSingular(Primitive p, string name, params Partial[] partials) =>
        new(p, name, partials.Length, partials, Host: RuleHost.StableMath, GuardsZeroAdjoint: true);

    /// <summary>A StableMath form only the generator writes (users call the plain form).</summary>
    private static DerivativeRule Shared(Primitive p, string name, params Partial[] partials) =>
        new(p, name, partials.Length, partials, Host: RuleHost.StableMath, BackwardOnly: true);

    private static DerivativeRule Helper(Primitive p, string name, int arity) =>
        new(p, name, arity, null, Host: RuleHost.StableMath, BackwardOnly: true);

    /// <summary>A partial of atan2, defined as 0 at the origin where it is 0/0 (trap T7).</summary>
    private static Expr AwayFromOrigin(RuleInputs r, Expr partial) =>
        If(Cmp(BinaryOp.ConditionalAnd, Cmp(BinaryOp.Equal, r.X, r.N("0")), Cmp(BinaryOp.Equal, r.Y, r.N("0"))), r.N("0"), partial);

    private static Expr OneMinusSquare(RuleInputs r) => Mul(Sub(r.N("1"), r.X), Add(r.N("1"), r.X));

    private static Expr Square(Expr e) => Mul(e, e);

    /// <summary>∂max(a, b)/∂a: 1 where a wins, 0 where it loses, ½ on a tie.</summary>
    private static Expr Tie(RuleInputs r, Expr self, Expr other) =>
        If(Cmp(BinaryOp.Greater, self, other), r.N("1"), If(Cmp(BinaryOp.Less, self, other), r.N("0"), r.N("0.5")));
}
