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
/// <param name="OnNumericType">Called on double/float (double.Hypot) rather than on Math/MathF.</param>
/// <param name="InRuntime">A method of the runtime's <c>AutoDiffGen.Gradient</c> class (Gradient.Stop).</param>
internal sealed record DerivativeRule(Primitive Primitive, string ClrName, int Arity, Partial[]? Partials, bool IsPredicate = false, bool OnNumericType = false, bool InRuntime = false)
{
    public bool IsDifferentiable => Partials is not null;
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

    private static readonly DerivativeRule[] Rules =
    {
        D(Primitive.Sin, "Sin", r => Call(Primitive.Cos, r.X)),
        D(Primitive.Cos, "Cos", r => Neg(Call(Primitive.Sin, r.X))),
        D(Primitive.Tan, "Tan", r => Add(r.N("1"), Mul(r.Result, r.Result))),
        D(Primitive.Asin, "Asin", r => Div(r.N("1"), Call(Primitive.Sqrt, OneMinusSquare(r)))),
        D(Primitive.Acos, "Acos", r => Neg(Div(r.N("1"), Call(Primitive.Sqrt, OneMinusSquare(r))))),
        D(Primitive.Atan, "Atan", r => Div(r.N("1"), Add(r.N("1"), Mul(r.X, r.X)))),
        // Atan2(y, x): ∂y = x/(x²+y²), ∂x = -y/(x²+y²), written (x/h)/h with h = hypot(y, x) so that
        // neither 1e200² overflows nor 1e-200² underflows.
        D(Primitive.Atan2, "Atan2",
            r => Div(Div(r.Y, Call(Primitive.Hypot, r.X, r.Y)), Call(Primitive.Hypot, r.X, r.Y)),
            r => Neg(Div(Div(r.X, Call(Primitive.Hypot, r.X, r.Y)), Call(Primitive.Hypot, r.X, r.Y)))),
        D(Primitive.Sinh, "Sinh", r => Call(Primitive.Cosh, r.X)),
        D(Primitive.Cosh, "Cosh", r => Call(Primitive.Sinh, r.X)),
        D(Primitive.Tanh, "Tanh", r => Div(r.N("1"), Square(Call(Primitive.Cosh, r.X)))),
        D(Primitive.Asinh, "Asinh", r => Div(r.N("1"), Call(Primitive.Hypot, r.X, r.N("1")))),
        D(Primitive.Acosh, "Acosh", r => Div(r.N("1"), Mul(Call(Primitive.Sqrt, Sub(r.X, r.N("1"))), Call(Primitive.Sqrt, Add(r.X, r.N("1")))))),
        D(Primitive.Atanh, "Atanh", r => Div(r.N("1"), OneMinusSquare(r))),
        D(Primitive.Exp, "Exp", r => r.Result),
        D(Primitive.Log, "Log", r => Div(r.N("1"), r.X)),
        // Log(a, newBase) = ln a / ln b: ∂a = 1/(a ln b), ∂b = -log_b(a)/(b ln b)
        D(Primitive.LogBase, "Log",
            r => Div(r.N("1"), Mul(r.X, Call(Primitive.Log, r.Y))),
            r => Neg(Div(r.Result, Mul(r.Y, Call(Primitive.Log, r.Y))))),
        D(Primitive.Log10, "Log10", r => Div(r.N("1"), Mul(r.X, r.N(Ln10)))),
        D(Primitive.Log2, "Log2", r => Div(r.N("1"), Mul(r.X, r.N(Ln2)))),
        D(Primitive.Sqrt, "Sqrt", r => Div(r.N("0.5"), r.Result)),
        // Hypot(x, y) = √(x²+y²) without overflow (double.Hypot / float.Hypot): ∂x = x/h, ∂y = y/h.
        new DerivativeRule(Primitive.Hypot, "Hypot", 2, new Partial[] { r => Div(r.X, r.Result), r => Div(r.Y, r.Result) }, OnNumericType: true),
        D(Primitive.Cbrt, "Cbrt", r => Div(r.N("1"), Mul(r.N("3"), Mul(r.Result, r.Result)))),
        // Pow(x, y): ∂x = y·x^(y-1), exactly 0 when y = 0 (not 0·∞ at x = 0);
        // ∂y = x^y·ln x, taken as 0 at x = 0 (its limit for y > 0), not 0·(-∞).
        D(Primitive.Pow, "Pow",
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
        new DerivativeRule(Primitive.StopGradient, "Stop", 1, null, InRuntime: true),
    };

    private static readonly Dictionary<Primitive, DerivativeRule> ByPrimitive = Index();

    public static DerivativeRule Get(Primitive primitive) => ByPrimitive[primitive];

    /// <summary>Finds the rule for a method of System.Math/MathF (or double/float), or of the runtime's
    /// Gradient class (<paramref name="inRuntime"/>), by name and argument count.</summary>
    public static DerivativeRule? Find(string clrName, int arity, bool inRuntime = false)
    {
        foreach (DerivativeRule rule in Rules)
        {
            if (rule.ClrName == clrName && rule.Arity == arity && rule.InRuntime == inRuntime) return rule;
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

    private static Expr OneMinusSquare(RuleInputs r) => Mul(Sub(r.N("1"), r.X), Add(r.N("1"), r.X));

    private static Expr Square(Expr e) => Mul(e, e);

    /// <summary>∂max(a, b)/∂a: 1 where a wins, 0 where it loses, ½ on a tie.</summary>
    private static Expr Tie(RuleInputs r, Expr self, Expr other) =>
        If(Cmp(BinaryOp.Greater, self, other), r.N("1"), If(Cmp(BinaryOp.Less, self, other), r.N("0"), r.N("0.5")));
}
