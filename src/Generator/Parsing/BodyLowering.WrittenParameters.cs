using System.Collections.Generic;
using System.Linq;
using AutoDiffGen.Generator.IR;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AutoDiffGen.Generator.Parsing;

/// <summary>
/// An array or span parameter whose elements the method writes (<c>arr[i] *= 5;</c>) is differentiated through a
/// copy: the generated code first copies it into a local array of the method, and every read and write of the
/// parameter goes to the copy, so the gradient is with respect to the values the caller passed. The generated
/// <c>MGradient</c>/<c>MBackward</c> therefore leave the caller's array as it was (the method itself still changes
/// it). A <c>[Differentiable]</c> callee that writes an array parameter cannot be called from differentiated code:
/// its <c>Backward</c> says nothing about what the change does to the caller's array.
/// </summary>
internal sealed partial class BodyLowering
{
    /// <summary>The local array standing for each written array or span parameter.</summary>
    private readonly Dictionary<IParameterSymbol, string> parameterCopies = new(SymbolEqualityComparer.Default);

    /// <summary>The array and span parameters <paramref name="body"/> writes an element of.</summary>
    private static HashSet<IParameterSymbol> WrittenArrayParameters(IOperation body)
    {
        var written = new HashSet<IParameterSymbol>(SymbolEqualityComparer.Default);
        foreach (IOperation op in body.Descendants())
        {
            IOperation? target = Written(op);
            if (target is IArrayElementReferenceOperation { ArrayReference: IParameterReferenceOperation p }) written.Add(p.Parameter.OriginalDefinition);
            if (target is IPropertyReferenceOperation { Property.IsIndexer: true, Instance: IParameterReferenceOperation s }) written.Add(s.Parameter.OriginalDefinition);
        }
        return written;
    }

    /// <summary>For each array parameter the body writes: its copy, declared and filled first (<c>arrCopy[k] = arr[k]</c>).</summary>
    private List<Stmt> CopyWrittenParameters(IOperation body)
    {
        var statements = new List<Stmt>();
        foreach (IParameterSymbol written in WrittenArrayParameters(body).OrderBy(p => p.Ordinal))
        {
            if (!parameters.TryGetValue(Identifiers.Escape(written.Name), out ParamIR? parameter) || !parameter.IsArray || parameter.Type is not NumType element) continue;
            string copy = Fresh(parameter.Name + "Copy");
            parameterCopies[written] = copy;
            Locals.Add(new LocalIR(copy, element, IsArray: true));
            string source = "(copy of array parameter " + parameter.Name + ", whose elements the method writes)";
            statements.Add(new DeclareArray(source, copy, element, new Length(parameter.Name)));

            string index = DeclareLocal("k", NumType.Int32);
            var k = new Variable(NumType.Int32, index);
            statements.Add(new Assign(source, index, Differentiation.Build.Num(NumType.Int32, "0"), IsDeclaration: true));
            var fill = new List<Stmt> { new AssignElement(source, copy, k, new Element(element, parameter.Name, k), IsInitializer: true) };
            var step = new List<Stmt> { new Assign(source, index, new Binary(NumType.Int32, BinaryOp.Add, k, Differentiation.Build.Num(NumType.Int32, "1")), IsDeclaration: false) };
            statements.AddRange(loopExits.Loop(source, new Binary(NumType.Boolean, BinaryOp.Less, k, new Length(copy)), fill, step, testFirst: true));
        }
        return statements;
    }

    /// <summary>The copy standing for <paramref name="op"/> when it is a written array parameter, else null.</summary>
    private string? CopyOf(IOperation op) =>
        op is IParameterReferenceOperation p && parameterCopies.TryGetValue(p.Parameter.OriginalDefinition, out string? copy) ? copy : null;

    /// <summary>Whether a [Differentiable] callee writes an element of <paramref name="parameter"/> (read from its body).</summary>
    private bool CalleeWrites(IMethodSymbol callee, IParameterSymbol parameter)
    {
        if (compilation is null || callee.DeclaringSyntaxReferences.Length != 1) return false;
        SyntaxNode syntax = callee.DeclaringSyntaxReferences[0].GetSyntax(cancellation);
        if (!compilation.ContainsSyntaxTree(syntax.SyntaxTree)) return false;
        IOperation? body = compilation.GetSemanticModel(syntax.SyntaxTree).GetOperation(syntax, cancellation);
        return body is not null && WrittenArrayParameters(body).Contains(parameter.OriginalDefinition);
    }
}
