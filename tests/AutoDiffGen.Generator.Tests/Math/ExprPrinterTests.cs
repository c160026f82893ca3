using AutoDiffGen.Generator.Differentiation;
using AutoDiffGen.Generator.Emit;
using AutoDiffGen.Generator.IR;
using Xunit;
using static AutoDiffGen.Generator.IR.NumType;

// Not "...Tests.Math": that namespace would hide System.Math from every test in the assembly.
namespace AutoDiffGen.Generator.Tests.MathStages;

/// <summary>The printer adds exactly the parentheses C# needs to keep the IR's meaning.</summary>
public sealed class ExprPrinterTests
{
    private static readonly Expr A = new Variable(Double, "a"), B = new Variable(Double, "b"), C = new Variable(Double, "c");

    private static Expr Bin(BinaryOp op, Expr l, Expr r) => new Binary(l.Type, op, l, r);

    private static Expr Cmp(BinaryOp op, Expr l, Expr r) => new Binary(Boolean, op, l, r);

    [Fact]
    public void Negation_of_a_sum_keeps_its_parentheses() =>
        Assert.Equal("-(a + b)", ExprPrinter.Print(new Unary(Double, UnaryOp.Negate, Bin(BinaryOp.Add, A, B))));

    [Fact]
    public void Negation_of_a_negation_does_not_print_as_decrement() =>
        Assert.Equal("-(-a)", ExprPrinter.Print(new Unary(Double, UnaryOp.Negate, new Unary(Double, UnaryOp.Negate, A))));

    [Fact]
    public void Right_operand_of_the_same_precedence_is_parenthesised() =>
        Assert.Equal("a - (b - c)", ExprPrinter.Print(Bin(BinaryOp.Subtract, A, Bin(BinaryOp.Subtract, B, C))));

    [Fact]
    public void Left_operand_of_the_same_precedence_is_not() =>
        Assert.Equal("a - b - c", ExprPrinter.Print(Bin(BinaryOp.Subtract, Bin(BinaryOp.Subtract, A, B), C)));

    [Fact]
    public void Division_by_a_product_is_parenthesised() =>
        Assert.Equal("a / (b * c)", ExprPrinter.Print(Bin(BinaryOp.Divide, A, Bin(BinaryOp.Multiply, B, C))));

    [Fact]
    public void Product_of_sums_is_parenthesised() =>
        Assert.Equal("(a + b) * c", ExprPrinter.Print(Bin(BinaryOp.Multiply, Bin(BinaryOp.Add, A, B), C)));

    [Fact]
    public void Cast_of_a_sum_keeps_its_parentheses() =>
        Assert.Equal("(double)(a + b)", ExprPrinter.Print(new Convert(Double, Bin(BinaryOp.Add, A, B), IsExplicit: true)));

    [Fact]
    public void Cast_of_a_variable_needs_none() =>
        Assert.Equal("(float)a", ExprPrinter.Print(new Convert(Single, A, IsExplicit: true)));

    [Fact]
    public void Negated_cast_is_parenthesised() =>
        Assert.Equal("-((float)a)", ExprPrinter.Print(new Unary(Single, UnaryOp.Negate, new Convert(Single, A, IsExplicit: true))));

    [Fact]
    public void Implicit_conversion_of_a_literal_prints_the_literal() =>
        Assert.Equal("2", ExprPrinter.Print(new Convert(Double, new Constant(NumType.Int32, "2"), IsExplicit: false)));

    [Fact]
    public void Implicit_conversion_of_a_value_is_written_as_a_cast() =>
        // Derivative expressions combine operands in new ways: a float operand must stay widened there.
        Assert.Equal("(double)(a + b)", ExprPrinter.Print(new Convert(Double, Bin(BinaryOp.Add, A, B), IsExplicit: false)));

    [Fact]
    public void Nested_ternary_in_the_false_branch_needs_no_parentheses() =>
        Assert.Equal("a > b ? a : b > c ? b : c",
            ExprPrinter.Print(new Conditional(Double, Cmp(BinaryOp.Greater, A, B), A,
                new Conditional(Double, Cmp(BinaryOp.Greater, B, C), B, C))));

    [Fact]
    public void Nested_ternary_in_the_condition_and_true_branch_is_parenthesised() =>
        Assert.Equal("(a > b ? a > c : b > c) ? (a > c ? a : c) : b",
            ExprPrinter.Print(new Conditional(Double,
                new Conditional(Boolean, Cmp(BinaryOp.Greater, A, B), Cmp(BinaryOp.Greater, A, C), Cmp(BinaryOp.Greater, B, C)),
                new Conditional(Double, Cmp(BinaryOp.Greater, A, C), A, C),
                B)));

    [Fact]
    public void Ternary_inside_a_sum_is_parenthesised() =>
        Assert.Equal("a + (b > c ? b : c)",
            ExprPrinter.Print(Bin(BinaryOp.Add, A, new Conditional(Double, Cmp(BinaryOp.Greater, B, C), B, C))));

    [Fact]
    public void Logical_operators_keep_their_grouping() =>
        Assert.Equal("(a > b || b > c) && !(a == c)",
            ExprPrinter.Print(new Binary(Boolean, BinaryOp.ConditionalAnd,
                new Binary(Boolean, BinaryOp.ConditionalOr, Cmp(BinaryOp.Greater, A, B), Cmp(BinaryOp.Greater, B, C)),
                new Unary(Boolean, UnaryOp.LogicalNot, Cmp(BinaryOp.Equal, A, C)))));

    [Fact]
    public void Calls_are_global_qualified_and_float_uses_MathF()
    {
        Assert.Equal("global::System.Math.Sin(a + b)", ExprPrinter.Print(Build.Call(Primitive.Sin, Bin(BinaryOp.Add, A, B))));
        Expr f = new Variable(Single, "f");
        Assert.Equal("global::System.MathF.Exp(f)", ExprPrinter.Print(Build.Call(Primitive.Exp, f)));
        // MathF has no Clamp; System.Math's float overload keeps float code float.
        Assert.Equal("global::System.Math.Clamp(f, f, f)", ExprPrinter.Print(Build.Call(Primitive.Clamp, f, f, f)));
        Assert.Equal("float.IsNaN(f)", ExprPrinter.Print(new Call(Boolean, Primitive.IsNaN, EquatableArray.Of(f))));
    }
}
