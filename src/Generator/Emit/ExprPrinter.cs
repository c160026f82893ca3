using System;
using System.Linq;
using AutoDiffGen.Generator.Differentiation;
using AutoDiffGen.Generator.IR;

namespace AutoDiffGen.Generator.Emit;

/// <summary>Writes IR expressions as C# with the fewest parentheses that keep their meaning.</summary>
internal static class ExprPrinter
{
    private const int Conditional = 4, OrElse = 5, AndAlso = 6, Or = 7, Xor = 8, And = 9, Equality = 10,
        Relational = 11, Shift = 12, Additive = 13, Multiplicative = 14, UnaryLevel = 15, Primary = 16;

    public static string Print(Expr e) => Print(e, 0);

    private static string Print(Expr e, int minimum)
    {
        (string text, int precedence) = Format(e);
        return precedence < minimum ? "(" + text + ")" : text;
    }

    private static (string Text, int Precedence) Format(Expr e)
    {
        switch (e)
        {
            case Constant c:
                return (c.Text, c.Compound ? 0 : Primary);
            case Variable v:
                return (v.Name, Primary);
            case Call call:
                return (Host(call) + "." + DerivativeRules.Get(call.Function).ClrName + "(" + string.Join(", ", call.Arguments.Select(a => Print(a, 0))) + ")", Primary);
            case Element el:
                return (el.Array + "[" + Print(el.Index, 0) + "]", Primary);
            case ArrayRef array:
                return (array.Array, Primary);
            case Length length:
                return (length.Array + ".Length", Primary);
            case Invoke invoke:
                return (invoke.Method + "(" + string.Join(", ", invoke.Arguments.Select(a => Print(a, 0))) + ")", Primary);
            case IR.Convert { IsExplicit: false, Operand: Constant { Compound: false } } c:
                // A literal converts the same way wherever it is written: keep the user's '2', not '(double)2'.
                return Format(c.Operand);
            case IR.Convert c:
                // Implicit conversions of variables are written out too: derivative expressions combine
                // operands in new ways (x·x for Atan2), and float operands must stay widened to double there.
                return ("(" + c.Type.Keyword() + ")" + Print(c.Operand, Primary), UnaryLevel);
            case Unary u:
                string operand = u.Operand is Unary or IR.Convert { IsExplicit: true } ? "(" + Print(u.Operand, 0) + ")" : Print(u.Operand, UnaryLevel);
                return (UnaryToken(u.Op) + operand, UnaryLevel);
            case Binary b:
                int p = Precedence(b.Op);
                // Left-associative: the right operand needs strictly higher precedence.
                return (Print(b.Left, p) + " " + b.Op.Token() + " " + Print(b.Right, p + 1), p);
            case IR.Conditional c:
                return (Print(c.Condition, OrElse) + " ? " + Print(c.WhenTrue, OrElse) + " : " + Print(c.WhenFalse, Conditional), Conditional);
            default:
                throw new InvalidOperationException("cannot print " + e.GetType().Name);
        }
    }

    /// <summary>
    /// System.MathF for float transcendental functions (so float code stays float), System.Math
    /// otherwise (its Abs/Max/Min/Clamp/Sign have float overloads; MathF has no Clamp).
    /// Predicates (IsNaN…) and Hypot live on the numeric type itself.
    /// </summary>
    private static string Host(Call call)
    {
        NumType argument = call.Arguments[0].Type;
        DerivativeRule rule = DerivativeRules.Get(call.Function);
        if (rule.Host == RuleHost.Gradient) return "global::AutoDiffGen.Gradient";
        if (rule.Host == RuleHost.StableMath) return "global::AutoDiffGen.StableMath";
        if (rule.IsPredicate || rule.Host == RuleHost.NumericType) return argument.Keyword();
        bool mathOverloads = call.Function is Primitive.Abs or Primitive.Max or Primitive.Min or Primitive.Clamp or Primitive.Sign;
        return argument == NumType.Single && !mathOverloads ? "global::System.MathF" : "global::System.Math";
    }

    private static string UnaryToken(UnaryOp op) => op switch
    {
        UnaryOp.Negate => "-",
        UnaryOp.Plus => "+",
        UnaryOp.LogicalNot => "!",
        _ => "~",
    };

    private static int Precedence(BinaryOp op) => op switch
    {
        BinaryOp.Multiply or BinaryOp.Divide or BinaryOp.Remainder => Multiplicative,
        BinaryOp.Add or BinaryOp.Subtract => Additive,
        BinaryOp.ShiftLeft or BinaryOp.ShiftRight => Shift,
        BinaryOp.Less or BinaryOp.LessOrEqual or BinaryOp.Greater or BinaryOp.GreaterOrEqual => Relational,
        BinaryOp.Equal or BinaryOp.NotEqual => Equality,
        BinaryOp.And => And,
        BinaryOp.Xor => Xor,
        BinaryOp.Or => Or,
        BinaryOp.ConditionalAnd => AndAlso,
        _ => OrElse,
    };
}
