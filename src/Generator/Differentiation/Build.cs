using AutoDiffGen.Generator.IR;

namespace AutoDiffGen.Generator.Differentiation;

/// <summary>
/// Small constructors for derivative expressions. They fold the trivial cases (multiply by one,
/// negate a negation) so generated code reads like a hand derivation instead of <c>1.0 * x</c>.
/// </summary>
internal static class Build
{
    public static Constant Num(NumType type, string digits) => new(type, type.Literal(digits));

    public static bool IsOne(Expr e) => e is Constant c && c.Text == c.Type.Literal("1");

    public static Expr Mul(Expr a, Expr b)
    {
        if (IsOne(a)) return b;
        if (IsOne(b)) return a;
        if (b is Binary { Op: BinaryOp.Divide } q && IsOne(q.Left)) return Div(a, q.Right);
        if (a is Unary { Op: UnaryOp.Negate } na) return Neg(Mul(na.Operand, b));
        if (b is Unary { Op: UnaryOp.Negate } nb) return Neg(Mul(a, nb.Operand));
        return new Binary(a.Type, BinaryOp.Multiply, a, b);
    }

    public static Expr Div(Expr a, Expr b)
    {
        if (IsOne(b)) return a;
        if (a is Unary { Op: UnaryOp.Negate } na) return Neg(Div(na.Operand, b));
        return new Binary(a.Type, BinaryOp.Divide, a, b);
    }

    public static Expr Add(Expr a, Expr b) => new Binary(a.Type, BinaryOp.Add, a, b);

    public static Expr Sub(Expr a, Expr b) => new Binary(a.Type, BinaryOp.Subtract, a, b);

    public static Expr Neg(Expr a) => a is Unary { Op: UnaryOp.Negate } n ? n.Operand : new Unary(a.Type, UnaryOp.Negate, a);

    public static Expr Call(Primitive f, params Expr[] args) => new Call(args[0].Type, f, EquatableArray.Of(args));

    public static Expr Cmp(BinaryOp op, Expr a, Expr b) => new Binary(NumType.Boolean, op, a, b);

    public static Expr If(Expr condition, Expr whenTrue, Expr whenFalse) => new Conditional(whenTrue.Type, condition, whenTrue, whenFalse);

    /// <summary>True for a literal (possibly converted, e.g. int 2 used as double) whose value is not zero.</summary>
    public static bool IsNonZeroConstant(Expr e) => LiteralValue(e) is double value && value != 0;

    /// <summary>True for a literal whose value is finite and not zero: multiplying by it keeps zero zero.</summary>
    public static bool IsFiniteNonZeroConstant(Expr e) =>
        LiteralValue(e) is double value && value != 0 && !double.IsInfinity(value) && !double.IsNaN(value);

    /// <summary>The value of a literal, looking through conversions (int 2 used as double) and negations (-1).</summary>
    public static double? LiteralValue(Expr e)
    {
        if (e is Convert c) return LiteralValue(c.Operand);
        if (e is Unary { Op: UnaryOp.Negate } n) return -LiteralValue(n.Operand);
        if (e is not Constant k) return null;
        string digits = k.Text.TrimEnd('f', 'F', 'd', 'D', 'm', 'M', 'l', 'L', 'u', 'U').Replace("_", "");
        return double.TryParse(digits, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out double value)
            ? value
            : null;
    }

    public static Expr Cast(NumType type, Expr e) =>
        e.Type == type ? e : IsOne(e) ? Num(type, "1") : new Convert(type, e, IsExplicit: true);
}
