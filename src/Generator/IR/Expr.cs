namespace AutoDiffGen.Generator.IR;

/// <summary>
/// A typed, side-effect-free expression. Records give structural equality, which both the incremental
/// pipeline (model comparison) and the differentiator (common-subexpression reuse) rely on.
/// </summary>
internal abstract record Expr(NumType Type);

/// <summary>A constant leaf, written exactly as <see cref="Text"/>: a user literal's token text
/// (<c>0.5</c>, <c>1e-3</c>, <c>2f</c>), a generated literal, or a qualified constant such as
/// <c>global::System.Math.PI</c>. Never parsed and re-printed, so output is culture-independent.
/// It may also be a passive expression (see <c>BodyLowering.Passive.cs</c>): one that reads only literals,
/// constants, <c>typeof</c> and parameters of types the IR does not model (<c>e == global::Ns.Mode.A</c>,
/// <c>optional.HasValue</c>), which are never assigned, so its value is the same all through a call and it
/// has no derivative.</summary>
/// <param name="Compound">The text is an operator expression (<c>c == 'a'</c>), not a single term: the
/// printer puts it in parentheses wherever an operator surrounds it.</param>
internal sealed record Constant(NumType Type, string Text, bool Compound = false) : Expr(Type);

/// <summary>A read of a variable (parameter, local, or generated value).</summary>
internal sealed record Variable(NumType Type, string Name) : Expr(Type);

internal enum UnaryOp { Negate, Plus, LogicalNot, BitwiseNot }

internal sealed record Unary(NumType Type, UnaryOp Op, Expr Operand) : Expr(Type);

internal enum BinaryOp
{
    Add, Subtract, Multiply, Divide, Remainder,
    Equal, NotEqual, Less, LessOrEqual, Greater, GreaterOrEqual,
    ConditionalAnd, ConditionalOr,
    And, Or, Xor, ShiftLeft, ShiftRight,
}

internal sealed record Binary(NumType Type, BinaryOp Op, Expr Left, Expr Right) : Expr(Type);

internal static class BinaryOpExtensions
{
    /// <summary>The C# token of the operator (the emitter's and the passive printer's one table).</summary>
    public static string Token(this BinaryOp op) => op switch
    {
        BinaryOp.Add => "+",
        BinaryOp.Subtract => "-",
        BinaryOp.Multiply => "*",
        BinaryOp.Divide => "/",
        BinaryOp.Remainder => "%",
        BinaryOp.Equal => "==",
        BinaryOp.NotEqual => "!=",
        BinaryOp.Less => "<",
        BinaryOp.LessOrEqual => "<=",
        BinaryOp.Greater => ">",
        BinaryOp.GreaterOrEqual => ">=",
        BinaryOp.ConditionalAnd => "&&",
        BinaryOp.ConditionalOr => "||",
        BinaryOp.And => "&",
        BinaryOp.Or => "|",
        BinaryOp.Xor => "^",
        BinaryOp.ShiftLeft => "<<",
        _ => ">>",
    };
}

/// <summary><c>Condition ? WhenTrue : WhenFalse</c>; only the chosen branch is evaluated, forward and backward.</summary>
internal sealed record Conditional(NumType Type, Expr Condition, Expr WhenTrue, Expr WhenFalse) : Expr(Type);

/// <summary>A call of a primitive from the rule table (<see cref="Differentiation.Primitive"/>).</summary>
internal sealed record Call(NumType Type, Differentiation.Primitive Function, EquatableArray<Expr> Arguments) : Expr(Type);

/// <summary>A numeric conversion. <see cref="IsExplicit"/> records whether the user wrote a cast; the
/// emitter writes every conversion of a value as a cast anyway (derivative expressions combine
/// operands in new ways, and a float operand must stay widened there), and only leaves implicit
/// conversions of literals to the compiler.</summary>
internal sealed record Convert(NumType Type, Expr Operand, bool IsExplicit) : Expr(Type);

/// <summary>A call of another [Differentiable] method. Its backward pass calls the callee's generated
/// <c>Backward</c> (which recomputes the callee's forward pass) rather than inlining it.</summary>
/// <param name="Method">The callee, fully qualified (<c>global::Ns.Type.M</c>).</param>
/// <param name="Differentiable">Per argument: whether the callee differentiates that parameter (has a <c>ref</c> accumulator for it).</param>
/// <param name="Backward">The backward method to call, fully qualified: the callee's generated <c>MBackward</c>, or its [BackwardOf] rule.</param>
internal sealed record Invoke(NumType Type, string Method, EquatableArray<Expr> Arguments, EquatableArray<bool> Differentiable, string Backward) : Expr(Type);

/// <summary><c>Array[Index]</c>: an element of an array or span parameter.</summary>
internal sealed record Element(NumType Type, string Array, Expr Index) : Expr(Type);

/// <summary>A whole array or span (a parameter or a local array), passed to a [Differentiable] callee.
/// <see cref="Expr.Type"/> is its element type.</summary>
internal sealed record ArrayRef(NumType Type, string Array) : Expr(Type);

/// <summary><c>Array.Length</c> of an array or span parameter.</summary>
internal sealed record Length(string Array) : Expr(NumType.Int32);
