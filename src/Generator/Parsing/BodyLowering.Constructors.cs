using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using AutoDiffGen.Generator.IR;

namespace AutoDiffGen.Generator.Parsing;

/// <summary>
/// <c>new Point(x, y)</c> for a struct whose constructor has a body of its own (<c>{ X = x; Y = y; }</c>): the body is
/// inlined where the struct local is made. The new value's fields start at zero in locals of their own, each
/// parameter is a new local holding its argument, and <c>X</c> / <c>this.X</c> in the body are those field locals;
/// the struct local then copies them. The body runs before the statement that creates the value, like any change
/// inside an expression. A constructor that calls another (<c>: this(…)</c>) or returns early is reported.
/// </summary>
internal sealed partial class BodyLowering
{
    /// <summary>The fields of the struct value whose constructor body is being inlined (what <c>this</c> stands for), innermost last.</summary>
    private readonly List<(INamedTypeSymbol Type, List<(string Key, Variable Local)> Fields)> constructing = new();

    /// <summary>The body of a source constructor, when it can be inlined; else null with the reason.</summary>
    private (IConstructorBodyOperation? Body, string? Problem) ConstructorBody(IMethodSymbol constructor)
    {
        if (compilation is null || constructor.DeclaringSyntaxReferences.Length != 1
            || constructor.DeclaringSyntaxReferences[0].GetSyntax(cancellation) is not ConstructorDeclarationSyntax syntax
            || !compilation.ContainsSyntaxTree(syntax.SyntaxTree))
        {
            return (null, "its source is not in this compilation");
        }
        // ': this()' of a struct only zeroes the fields, which the inlined value starts with anyway.
        if (syntax.Initializer is { } chained && !(chained.ThisOrBaseKeyword.ValueText == "this" && chained.ArgumentList.Arguments.Count == 0 && constructor.ContainingType.IsValueType))
        {
            return (null, "it calls another constructor (': this(…)')");
        }
        if (compilation.GetSemanticModel(syntax.SyntaxTree).GetOperation(syntax, cancellation) is not IConstructorBodyOperation body
            || (body.BlockBody ?? body.ExpressionBody) is null)
        {
            return (null, "it has no body");
        }
        if (body.Descendants().OfType<IReturnOperation>().Any()) return (null, "it has a return statement");
        if (constructor.Parameters.Any(p => p.RefKind != RefKind.None || TypeMap.From(p.Type) is null))
        {
            return (null, "its parameters are not all by-value double, float, int, long or bool");
        }
        if (inliningMethods.Contains(constructor)) return (null, "it creates a value of its own type");
        return (body, null);
    }

    /// <summary>The field values <c>new T(args)</c> gives, running the constructor's body before the statement; null when reported.</summary>
    private List<Expr>? ConstructedByBody(IObjectCreationOperation creation, IMethodSymbol constructor, List<AggregateField> fields)
    {
        INamedTypeSymbol type = (INamedTypeSymbol)creation.Type!;
        (IConstructorBodyOperation? body, string? problem) = ConstructorBody(constructor);
        if (body is null || sideEffects is null)
        {
            Unsupported(creation, "the constructor of '" + type.Name + "' cannot be inlined: " + (problem ?? "the value is not made in a statement")
                + "; use an object initializer, new " + type.Name + " { … }, or a positional record struct");
            return null;
        }

        string source = Text(creation.Syntax) + ";";
        string prefix = char.ToLowerInvariant(type.Name[0]) + type.Name.Substring(1);
        var locals = new List<(string Key, Variable Local)>();
        foreach (AggregateField field in fields)
        {
            var local = new Variable(field.Type, DeclareLocal(prefix + "_" + field.Name, field.Type));
            sideEffects.Add(new Assign(source, local.Name, Zero(field.Type), IsDeclaration: true));
            locals.Add((field.Key, local));
        }
        var bound = new List<IParameterSymbol>();
        foreach (IArgumentOperation argument in creation.Arguments.OrderBy(a => a.Parameter?.Ordinal ?? 0))
        {
            IParameterSymbol parameter = constructor.Parameters[argument.Parameter!.Ordinal].OriginalDefinition;
            NumType t = TypeMap.From(parameter.Type)!.Value;
            string copy = DeclareLocal(Identifiers.Escape(parameter.Name), t);
            sideEffects.Add(new Assign(source, copy, Converted(Expression(argument.Value), t), IsDeclaration: true));
            inlinedArguments[parameter] = new Variable(t, copy);
            bound.Add(parameter);
        }

        inliningMethods.Add(constructor);
        constructing.Add((type, locals));
        List<Stmt> into = sideEffects;
        int first = into.Count;
        foreach (IOperation statement in (body.BlockBody ?? body.ExpressionBody)!.Operations) Statement(statement, into);
        for (int i = first; i < into.Count; i++) into[i] = Attributed(into[i], type.Name + "(…): ");
        constructing.RemoveAt(constructing.Count - 1);
        inliningMethods.Remove(constructor);

        foreach (IParameterSymbol parameter in bound) inlinedArguments.Remove(parameter);
        ForgetLocals(body);
        return locals.Select(l => (Expr)l.Local).ToList();
    }

    /// <summary>The fields <c>this</c> stands for, when <paramref name="op"/> is a member of the struct whose constructor is being inlined.</summary>
    private List<(string Key, Variable Local)>? ConstructedFields(IOperation op) =>
        constructing.Count > 0 && op is IMemberReferenceOperation { Instance: IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ContainingTypeInstance } } member
        && SymbolEqualityComparer.Default.Equals(member.Member.ContainingType.OriginalDefinition, constructing[constructing.Count - 1].Type.OriginalDefinition)
            ? constructing[constructing.Count - 1].Fields
            : null;
}
