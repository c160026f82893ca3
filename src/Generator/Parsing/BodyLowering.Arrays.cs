using System.Collections.Generic;
using System.Linq;
using AutoDiffGen.Generator.Diagnostics;
using AutoDiffGen.Generator.IR;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AutoDiffGen.Generator.Parsing;

/// <summary>
/// Local arrays: <c>new T[n]</c> and initialisers, element writes (<c>h[i] = …</c>, <c>h[i] += …</c>,
/// <c>h[i]++</c>) and reads. The backward pass restores each overwritten element and keeps an adjoint
/// array beside each active one, so an array declared inside a loop or a branch (a new array every
/// time) is not supported: declare it once at the top of the method and reuse it.
/// </summary>
internal sealed partial class BodyLowering
{
    private readonly Dictionary<ILocalSymbol, string> arrayLocals = new(SymbolEqualityComparer.Default);

    /// <summary>How many loops, branches and switches enclose the statement being lowered.</summary>
    private int nesting;

    private void ArrayDeclaration(IVariableDeclaratorOperation declarator, ILocalSymbol local, IArrayTypeSymbol arrayType, IOperation? initializer, string source, List<Stmt> into)
    {
        if (arrayType.Rank != 1 || TypeMap.From(arrayType.ElementType) is not NumType element)
        {
            Report(DiagnosticDescriptors.UnsupportedExpression, declarator.Syntax.GetLocation(),
                "local array '" + local.Name + "' has type '" + arrayType.ToDisplayString() + "'; local arrays must be one-dimensional arrays of double, float, int, long or bool");
            return;
        }
        if (initializer is not IArrayCreationOperation { DimensionSizes.Length: 1 } creation)
        {
            Report(DiagnosticDescriptors.UnsupportedExpression, declarator.Syntax.GetLocation(),
                "initialise local array '" + local.Name + "' with 'new " + element.Keyword() + "[length]' or an array initialiser; it must not refer to another array");
            return;
        }

        string name = Name(local);
        arrayLocals.Add(local, name);
        LocalArray(name, element, creation, source, declarator.Syntax, into);
    }

    /// <summary>Declares local array <paramref name="name"/> made by <paramref name="creation"/> (its length, or its initialiser's values).</summary>
    private void LocalArray(string name, NumType element, IArrayCreationOperation creation, string source, SyntaxNode syntax, List<Stmt> into)
    {
        Locals.Add(new LocalIR(name, element, IsArray: true));
        // With an initialiser the length is implicit (its syntax is the initialiser itself): count the values.
        Expr length = creation.Initializer is { } values
            ? new Constant(NumType.Int32, values.ElementValues.Length.ToString(System.Globalization.CultureInfo.InvariantCulture))
            : Expression(creation.DimensionSizes[0]);
        into.Add(new DeclareArray(source, name, element, length, IsNested: nesting > 0));
        if (creation.Initializer is null) return;
        RecordArrayUse(name, ArrayUse.Write, syntax);

        for (int i = 0; i < creation.Initializer.ElementValues.Length; i++)
        {
            IOperation value = creation.Initializer.ElementValues[i];
            string index = i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            into.Add(new AssignElement(source, name, new Constant(NumType.Int32, index), Expression(value), IsInitializer: true));
        }
    }

    /// <summary>The local array and index an element assignment writes, or null (reported).</summary>
    private (string Array, Expr Index, NumType Type)? ElementTarget(IOperation target)
    {
        target = ResolveAlias(target);
        if (target is IArrayElementReferenceOperation { ArrayReference: ILocalReferenceOperation l, Indices.Length: 1 } e
            && arrayLocals.TryGetValue(l.Local, out string? array) && TypeMap.From(e.Type!) is NumType type)
        {
            RecordArrayUse(array, ArrayUse.Write, e.Syntax);
            return (array, Expression(e.Indices[0]), type);
        }
        // A written array or span parameter: the write goes to its copy.
        (IOperation? parameter, IOperation? index) = target switch
        {
            IArrayElementReferenceOperation { ArrayReference: IParameterReferenceOperation p, Indices.Length: 1 } pe => (p, pe.Indices[0]),
            IPropertyReferenceOperation { Property.IsIndexer: true, Instance: IParameterReferenceOperation s, Arguments.Length: 1 } se => (s, se.Arguments[0].Value),
            _ => ((IOperation?)null, (IOperation?)null),
        };
        if (parameter is not null && CopyOf(parameter) is { } copy && TypeMap.From(target.Type!) is NumType copyType)
        {
            return (copy, Expression(index!), copyType);
        }
        Report(DiagnosticDescriptors.UnsupportedExpression, target.Syntax.GetLocation(),
            target is IArrayElementReferenceOperation { ArrayReference: IParameterReferenceOperation } or IPropertyReferenceOperation { Property.IsIndexer: true }
                ? "array and span parameters are read-only in differentiated code; copy the values into a local array to change them"
                : "only locals, parameters and elements of local arrays can be assigned");
        return null;
    }

    /// <summary><c>a[i] = v</c>, <c>a[i] op= v</c>, <c>a[i]++</c> on a local array.</summary>
    private void ElementAssignment(IOperation statement, string source, List<Stmt> into)
    {
        switch (statement)
        {
            case ISimpleAssignmentOperation a when ElementTarget(a.Target) is { } t:
                into.Add(new AssignElement(source, t.Array, t.Index, Expression(a.Value), IsInitializer: false));
                break;
            case ICompoundAssignmentOperation a when ElementTarget(a.Target) is { } t:
                if (CompoundValue(a, new Element(t.Type, t.Array, t.Index)) is { } value)
                {
                    into.Add(new AssignElement(source, t.Array, t.Index, value, IsInitializer: false));
                }
                break;
            case IIncrementOrDecrementOperation a when ElementTarget(a.Target) is { } t:
                into.Add(new AssignElement(source, t.Array, t.Index, Stepped(a, new Element(t.Type, t.Array, t.Index)), IsInitializer: false));
                break;
        }
    }

    /// <summary>A whole array or span passed to a callee's array or span parameter: an array or span
    /// parameter of this method, or a local array (implicit conversions to a span are looked through).</summary>
    private Expr ArrayArgument(IOperation value, NumType element)
    {
        IOperation operand = value is IConversionOperation { OperatorMethod: null } or IConversionOperation { IsImplicit: true } ? ((IConversionOperation)value).Operand : value;
        switch (operand)
        {
            case IParameterReferenceOperation p when parameters.TryGetValue(Identifiers.Escape(p.Parameter.Name), out ParamIR? parameter) && parameter.IsArray && parameter.Type == element:
                return new ArrayRef(element, CopyOf(p) ?? parameter.Name);
            case ILocalReferenceOperation l when arrayLocals.TryGetValue(l.Local, out string? local):
                RecordArrayUse(local, ArrayUse.Read, value.Syntax);
                return new ArrayRef(element, local);
            default:
                return Unsupported(value, "pass an array or span parameter of this method, or a local array, to an array or span parameter");
        }
    }

    private static bool IsElementTarget(IOperation target) => target is IArrayElementReferenceOperation or IPropertyReferenceOperation { Property.IsIndexer: true };
}
