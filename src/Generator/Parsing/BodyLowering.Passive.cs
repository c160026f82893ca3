using System.Collections.Generic;
using System.Linq;
using AutoDiffGen.Generator.Diagnostics;
using AutoDiffGen.Generator.IR;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace AutoDiffGen.Generator.Parsing;

/// <summary>
/// Passive values: parameters of types the IR does not model (enums, <c>char</c>, <c>string</c>, nullables, …)
/// may be read where they only decide control flow or give a value that has no derivative. Such parameters
/// are never assigned (that is reported), so an expression that reads only them, literals, constants, static
/// fields and <c>typeof</c> has the same value all through a call: it becomes a <see cref="Constant"/> whose
/// text is that expression, printed with every type and static member <c>global::</c>-qualified (the
/// generated file has none of the user's usings): <c>e == SwiftEnum.A</c> → <c>e == global::C.SwiftEnum.A</c>.
/// Its type is the IR type of its value, or <see cref="NumType.Passive"/> for a value of another type (a
/// switch value, an argument to a callee's parameter of that type).
/// </summary>
internal sealed partial class BodyLowering
{
    private static readonly SymbolDisplayFormat QualifiedFormat = SymbolDisplayFormat.FullyQualifiedFormat;

    /// <summary>A scalar of an IR type, or an array or span of one: what the lowering computes with.</summary>
    private static bool IsModelled(ITypeSymbol type) =>
        TypeMap.From(type) is not null || (type is IArrayTypeSymbol || TypeMap.IsSpan(type)) && TypeMap.ElementOf(type) is not null;

    /// <summary>A parameter of the method being lowered whose type the IR does not model.</summary>
    private bool IsPassiveParameter(IParameterSymbol p) =>
        p.ContainingSymbol is IMethodSymbol { MethodKind: not MethodKind.LocalFunction }
        && !inlinedArguments.ContainsKey(p.OriginalDefinition)
        && parameters.TryGetValue(Identifiers.Escape(p.Name), out ParamIR? ir) && ir.Type is null && !ir.IsArray;

    /// <summary>Whether <paramref name="op"/> involves a value of a type the IR does not model (so it may be passive).</summary>
    private static bool MentionsUnmodelled(IOperation op) =>
        op.DescendantsAndSelf().Any(o => o.Type is { } type && !IsModelled(type) && o is not IThrowOperation);

    /// <summary>
    /// <paramref name="op"/> as a passive constant, when it is one: it involves a value of a type the IR does
    /// not model and reads nothing but passive parameters, literals, constants and <c>typeof</c>. Null otherwise.
    /// </summary>
    private Constant? PassiveConstant(IOperation op)
    {
        if (op.Type is null || !MentionsUnmodelled(op) || Passive(op, creation: false) is not { } printed) return null;
        NumType type = TypeMap.From(op.Type) ?? NumType.Passive;
        if (type != NumType.Passive && op is IConversionOperation { IsImplicit: true } c && c.Operand.Type is { } from && !IsModelled(from))
        {
            // 'int k = c;' with a char c: written as a cast, so the text has the IR type wherever it is used.
            return new Constant(type, "(" + type.Keyword() + ")" + Operand(Passive(c.Operand, false)!.Value), Compound: true);
        }
        return new Constant(type, printed.Text, printed.Compound);
    }

    /// <summary>A value of (or computed from) a type the IR does not model that is not passive: reported with what is in the way.</summary>
    private Expr UnsupportedPassive(IOperation op)
    {
        (IOperation where, string why) = PassiveProblem(op, creation: false);
        string what = TypeMap.From(op.Type!) is null
            ? "'" + Text(op.Syntax) + "' has type '" + op.Type!.ToDisplayString() + "', which"
            : "'" + Text(op.Syntax) + "' reads a value of a type other than double, float, int, long and bool, which";
        Report(DiagnosticDescriptors.UnsupportedExpression, op.Syntax.GetLocation(),
            what + " can only be read where it is computed from literals, constants, typeof and parameters of such types (never assigned); "
            + (where == op ? "'" + Text(op.Syntax) + "' " + why : "'" + Text(where.Syntax) + "' " + why));
        return new Constant(NumType.Double, "default");
    }

    /// <summary>Whether the reason <paramref name="op"/> is not passive is worth a passive-specific message (it reads a passive parameter).</summary>
    private bool ReadsPassiveParameter(IOperation op) =>
        op.DescendantsAndSelf().Any(o => o is IParameterReferenceOperation p && IsPassiveParameter(p.Parameter) || o is ITypeOfOperation);

    /// <summary><c>x is float y</c> (or <c>is float</c>) over a nullable passive value: <c>x.HasValue</c>, with
    /// <c>y = x.GetValueOrDefault()</c> placed before the statement (a passive local: no derivative flows into it).</summary>
    private Expr? NullablePattern(IIsPatternOperation p)
    {
        (ITypeSymbol? matched, ILocalSymbol? declared) = p.Pattern switch
        {
            IDeclarationPatternOperation { MatchedType: { } t, DeclaredSymbol: ILocalSymbol l } => (t, l),
            IDeclarationPatternOperation { MatchedType: { } t, DeclaredSymbol: null } => (t, (ILocalSymbol?)null),
            ITypePatternOperation { MatchedType: { } t } => (t, null),
            _ => (null, null),
        };
        if (matched is null || TypeMap.From(matched) is not NumType type
            || p.Value.Type is not INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable
            || !SymbolEqualityComparer.Default.Equals(nullable.TypeArguments[0], matched)
            || PassiveConstant(p.Value) is not { } value)
        {
            return null;
        }
        if (declared is not null)
        {
            if (sideEffects is null) return Unsupported(p, "a pattern that declares a variable is not supported here; test '.HasValue' and read '.Value' instead");
            string name = Name(declared);
            Locals.Add(new LocalIR(name, type));
            sideEffects.Add(new Assign(Text(p.Syntax), name, new Constant(type, Operand((value.Text, value.Compound)) + ".GetValueOrDefault()"), IsDeclaration: true));
        }
        return new Constant(NumType.Boolean, Operand((value.Text, value.Compound)) + ".HasValue");
    }

    /// <summary>A comparison in a switch or pattern; of two passive values, one passive constant.</summary>
    private static Expr Compare(BinaryOp op, Expr left, Expr right)
    {
        // A value of a type the IR does not model is only ever a passive constant, and so is what it is compared with.
        if ((left.Type == NumType.Passive || right.Type == NumType.Passive) && left is Constant l && right is Constant r)
        {
            return new Constant(NumType.Boolean, Operand((l.Text, l.Compound)) + " " + op.Token() + " " + Operand((r.Text, r.Compound)), Compound: true);
        }
        return new Binary(NumType.Boolean, op, left, right);
    }

    /// <summary><c>throw new E(…);</c> of a passive exception: it ends the forward pass.</summary>
    private void ThrowStatement(IThrowOperation t, List<Stmt> into)
    {
        string source = t.Syntax is ThrowStatementSyntax ? Text(t.Syntax) : "throw " + Text(t.Syntax) + ";";
        if (t.Exception is null)
        {
            Report(DiagnosticDescriptors.UnsupportedStatement, StatementLocation(t.Syntax), "'throw;' is not supported; throw a new exception");
            return;
        }
        if (Passive(t.Exception, creation: true) is { } exception)
        {
            into.Add(new Throw(source, exception.Text));
            return;
        }
        (IOperation where, string why) = PassiveProblem(t.Exception, creation: true);
        Report(DiagnosticDescriptors.UnsupportedStatement, where.Syntax.GetLocation(),
            "a thrown exception must be created ('new E(…)') from literals, constants, typeof and parameters of types other than double, float, int, long and bool; '"
            + Text(where.Syntax) + "' " + why);
    }

    // ---- the printer -----------------------------------------------------------------------------

    // C#'s precedence levels, low to high, for the fewest parentheses that keep the meaning.
    private const int ConditionalLevel = 3, CoalesceLevel = 4, UnaryLevel = 15, PrimaryLevel = 16;

    private (string Text, bool Compound)? Passive(IOperation op, bool creation) =>
        PassiveText(op, creation, out (IOperation, string) _) is { } printed ? (printed.Text, printed.Precedence < PrimaryLevel) : null;

    private (IOperation Where, string Why) PassiveProblem(IOperation op, bool creation)
    {
        PassiveText(op, creation, out (IOperation Where, string Why) problem);
        return problem;
    }

    /// <summary>The C# text of a passive expression and its precedence, or null with the operation that is not passive and why.</summary>
    private (string Text, int Precedence)? PassiveText(IOperation op, bool creation, out (IOperation Where, string Why) problem)
    {
        problem = (op, "");
        (string, int)? Fail(IOperation where, string why, out (IOperation, string) p)
        {
            p = (where, why);
            return null;
        }
        (string Text, int Precedence)? Sub(IOperation child, out (IOperation, string) p) => PassiveText(child, creation, out p);

        switch (op)
        {
            case ILiteralOperation literal:
                return (op.Syntax is LiteralExpressionSyntax token ? token.Token.Text : Text(op.Syntax), PrimaryLevel);
            case INameOfOperation { ConstantValue: { HasValue: true, Value: string name } }:
                return (Microsoft.CodeAnalysis.CSharp.SymbolDisplay.FormatLiteral(name, quote: true), PrimaryLevel);
            case IFieldReferenceOperation { Field.IsStatic: true } f:
                return (f.Field.ContainingType.ToDisplayString(QualifiedFormat) + "." + Identifiers.Escape(f.Field.Name), PrimaryLevel);
            case IParameterReferenceOperation p when IsPassiveParameter(p.Parameter):
                return (Identifiers.Escape(p.Parameter.Name), PrimaryLevel);
            case IParameterReferenceOperation p:
                return Fail(op, "is a parameter of type '" + p.Parameter.Type.ToDisplayString() + "'", out problem);
            case ILocalReferenceOperation:
                return Fail(op, "is a local variable", out problem);
            case ITypeOfOperation t:
                return ("typeof(" + t.TypeOperand.ToDisplayString(QualifiedFormat) + ")", PrimaryLevel);
            case IDefaultValueOperation { Type: { } type }:
                return ("default(" + type.ToDisplayString(QualifiedFormat) + ")", PrimaryLevel);
            case IConversionOperation c when c.OperatorMethod is null:
                if (Sub(c.Operand, out problem) is not { } operand) return null;
                return c.IsImplicit ? operand : ("(" + c.Type!.ToDisplayString(QualifiedFormat) + ")" + Paren(operand, UnaryLevel), UnaryLevel);
            case IBinaryOperation b when BinaryLevel(b.OperatorKind) is int level:
                if (Sub(b.LeftOperand, out problem) is not { } left || Sub(b.RightOperand, out problem) is not { } right) return null;
                return (Paren(left, level) + " " + OperatorText(b) + " " + Paren(right, level + 1), level);
            case IUnaryOperation u when u.Syntax is PrefixUnaryExpressionSyntax prefix:
                if (Sub(u.Operand, out problem) is not { } unary) return null;
                return (prefix.OperatorToken.Text + Paren(unary, UnaryLevel), UnaryLevel);
            case IConditionalOperation { WhenFalse: { } whenFalse, IsRef: false } c when c.Type is not null:
                if (Sub(c.Condition, out problem) is not { } condition || Sub(c.WhenTrue, out problem) is not { } whenTrue
                    || Sub(whenFalse, out problem) is not { } otherwise) return null;
                return (Paren(condition, CoalesceLevel) + " ? " + Paren(whenTrue, ConditionalLevel) + " : " + Paren(otherwise, ConditionalLevel), ConditionalLevel);
            case ICoalesceOperation c:
                if (Sub(c.Value, out problem) is not { } value || Sub(c.WhenNull, out problem) is not { } whenNull) return null;
                return (Paren(value, CoalesceLevel + 1) + " ?? " + Paren(whenNull, CoalesceLevel), CoalesceLevel);
            case IPropertyReferenceOperation { Instance: { } instance } p when IsPureMember(p.Property):
                if (Sub(instance, out problem) is not { } of) return null;
                if (!p.Property.IsIndexer) return (Paren(of, PrimaryLevel) + "." + p.Property.Name, PrimaryLevel);
                if (Sub(p.Arguments[0].Value, out problem) is not { } index) return null;
                return (Paren(of, PrimaryLevel) + "[" + index.Text + "]", PrimaryLevel);
            case IInvocationOperation { Instance: { } instance, Arguments.Length: 0, TargetMethod.Name: "GetValueOrDefault" } call
                when call.TargetMethod.ContainingType.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T:
                if (Sub(instance, out problem) is not { } target) return null;
                return (Paren(target, PrimaryLevel) + ".GetValueOrDefault()", PrimaryLevel);
            case IObjectCreationOperation { Initializer: null, Constructor: not null, Type: { } created } create when creation:
                if (create.Arguments.Any(a => a.ArgumentKind == ArgumentKind.ParamArray))
                {
                    return Fail(op, "passes a params array, which is not supported there", out problem);
                }
                var arguments = new List<string>();
                foreach (IArgumentOperation a in create.Arguments.OrderBy(a => a.Parameter?.Ordinal ?? 0))
                {
                    if (a.ArgumentKind != ArgumentKind.Explicit) continue; // optional parameters left out stay left out
                    if (Sub(a.Value, out problem) is not { } argument) return null;
                    arguments.Add(argument.Text);
                }
                return ("new " + created.ToDisplayString(QualifiedFormat) + "(" + string.Join(", ", arguments) + ")", PrimaryLevel);
            default:
                return Fail(op, "is not supported there (supported: literals, constants, operators, ?:, ??, typeof, a nullable's HasValue, Value and GetValueOrDefault(), a string's Length and [i])", out problem);
        }
    }

    private static string Paren((string Text, int Precedence) e, int minimum) => e.Precedence < minimum ? "(" + e.Text + ")" : e.Text;

    private static int? BinaryLevel(BinaryOperatorKind kind) => kind switch
    {
        BinaryOperatorKind.Multiply or BinaryOperatorKind.Divide or BinaryOperatorKind.Remainder => 14,
        BinaryOperatorKind.Add or BinaryOperatorKind.Subtract => 13,
        BinaryOperatorKind.LeftShift or BinaryOperatorKind.RightShift => 12,
        BinaryOperatorKind.LessThan or BinaryOperatorKind.LessThanOrEqual or BinaryOperatorKind.GreaterThan or BinaryOperatorKind.GreaterThanOrEqual => 11,
        BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals => 10,
        BinaryOperatorKind.And => 9,
        BinaryOperatorKind.ExclusiveOr => 8,
        BinaryOperatorKind.Or => 7,
        BinaryOperatorKind.ConditionalAnd => 6,
        BinaryOperatorKind.ConditionalOr => 5,
        _ => null,
    };

    /// <summary>Members that read a passive value without changing anything: a nullable's <c>HasValue</c> and
    /// <c>Value</c>, a string's <c>Length</c> and characters.</summary>
    private static bool IsPureMember(IPropertySymbol property) =>
        property.ContainingType.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T && property.Name is "HasValue" or "Value"
        || property.ContainingType.SpecialType == SpecialType.System_String && (property.Name == "Length" || property.IsIndexer);

    /// <summary>An operand inside a larger passive expression: parenthesized when it is itself an operator expression.</summary>
    private static string Operand((string Text, bool Compound) e) => e.Compound ? "(" + e.Text + ")" : e.Text;
}
