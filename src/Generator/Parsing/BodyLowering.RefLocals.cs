using System.Collections.Generic;
using System.Linq;
using AutoDiffGen.Generator.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AutoDiffGen.Generator.Parsing;

/// <summary>
/// <c>ref</c> and <c>ref readonly</c> locals as aliases: <c>ref readonly double e = ref a[i];</c> makes every later
/// <c>e</c> stand for <c>a[i]</c> (a read, or a write through a <c>ref</c> local), so the rest of the lowering never sees
/// the alias. That is the same location only while the index reads the same values, so a variable the index reads
/// must not be assigned in the block that declares the alias; the alias must not be pointed elsewhere
/// (<c>e = ref b[j];</c>). A local, a parameter, an element of an array or span, or a field of a tuple or struct local
/// may be aliased.
/// </summary>
internal sealed partial class BodyLowering
{
    private readonly Dictionary<ILocalSymbol, IOperation> refAliases = new(SymbolEqualityComparer.Default);

    /// <summary>Ref locals already reported at their declaration: their uses are not reported again.</summary>
    private readonly HashSet<ILocalSymbol> unsupportedRefLocals = new(SymbolEqualityComparer.Default);

    /// <summary>Declares <paramref name="local"/> an alias of <paramref name="initializer"/>'s location, or reports why it cannot be.</summary>
    private void RefAlias(IVariableDeclaratorOperation declarator, ILocalSymbol local, IOperation? initializer)
    {
        IOperation? target = initializer is null ? null : Aliased(initializer);
        string? problem = target switch
        {
            null => "a ref local must refer to a local, a parameter, an element of an array or span, or a field of a tuple or struct local",
            _ when RefReassigned(declarator, local) => "a ref local pointed at another location later ('" + local.Name + " = ref …') is not supported",
            _ when IndexChangedInScope(declarator, target) is { } changed => "the index of this ref local reads '" + changed + "', which changes while the ref local is in scope; index the array at each use instead",
            _ => null,
        };
        if (problem is not null)
        {
            Report(DiagnosticDescriptors.UnsupportedExpression, declarator.Syntax.GetLocation(), problem);
            unsupportedRefLocals.Add(local);
            return;
        }
        refAliases[local] = target!;
    }

    /// <summary>The location a ref initializer refers to (through other aliases), when it is one the lowering can stand in for.</summary>
    private IOperation? Aliased(IOperation initializer)
    {
        IOperation resolved = ResolveAlias(initializer);
        if (resolved is IInvocationOperation { TargetMethod.ReturnsByRef: true } call && ReturnedRefParameter(call) is { } argument) return Aliased(argument);
        return resolved switch
        {
            ILocalReferenceOperation or IParameterReferenceOperation => resolved,
            IArrayElementReferenceOperation { Indices.Length: 1, ArrayReference: ILocalReferenceOperation or IParameterReferenceOperation } => resolved,
            IPropertyReferenceOperation { Property.IsIndexer: true, Instance: IParameterReferenceOperation, Arguments.Length: 1 } => resolved,
            IMemberReferenceOperation m when IsAggregateMember(m) => resolved,
            _ => null,
        };
    }

    /// <summary>The operation a reference to an alias stands for; any other operation itself.</summary>
    private IOperation ResolveAlias(IOperation op) => op switch
    {
        ILocalReferenceOperation l when refAliases.TryGetValue(l.Local, out IOperation? target) => target,
        IParameterReferenceOperation p when refParameters.TryGetValue(p.Parameter.OriginalDefinition, out IOperation? target) => target,
        _ => op,
    };

    /// <summary>For a call of a method whose body is <c>=&gt; ref p</c> (or <c>return ref p;</c>) for a ref parameter <c>p</c>: the argument for <c>p</c>.</summary>
    private IOperation? ReturnedRefParameter(IInvocationOperation call)
    {
        if (InlinableMethod(call.TargetMethod.OriginalDefinition) is not { } body) return null;
        IBlockOperation? block = body.BlockBody ?? body.ExpressionBody;
        if (block is not { Operations.Length: 1 } || block.Operations[0] is not IReturnOperation { ReturnedValue: IParameterReferenceOperation returned }) return null;
        return call.Arguments.FirstOrDefault(a => SymbolEqualityComparer.Default.Equals(a.Parameter?.OriginalDefinition, returned.Parameter.OriginalDefinition))?.Value;
    }

    private static bool RefReassigned(IVariableDeclaratorOperation declarator, ILocalSymbol local) =>
        Root(declarator).Descendants().OfType<ISimpleAssignmentOperation>()
            .Any(a => a.IsRef && a.Target is ILocalReferenceOperation l && SymbolEqualityComparer.Default.Equals(l.Local, local));

    /// <summary>A local or parameter the alias's index reads that is assigned in the block declaring the alias, or null.</summary>
    private static string? IndexChangedInScope(IVariableDeclaratorOperation declarator, IOperation target)
    {
        IOperation? index = target switch
        {
            IArrayElementReferenceOperation e => e.Indices[0],
            IPropertyReferenceOperation p => p.Arguments[0].Value,
            _ => null,
        };
        if (index is null) return null;
        var read = new HashSet<ISymbol>(index.DescendantsAndSelf().Select(Symbol).Where(s => s is not null)!, SymbolEqualityComparer.Default);
        IOperation scope = declarator.Ancestors().OfType<IBlockOperation>().FirstOrDefault() ?? Root(declarator);
        return AssignedIn(scope, read)?.Name;
    }

    private static ISymbol? Symbol(IOperation op) => op switch
    {
        ILocalReferenceOperation l => l.Local,
        IParameterReferenceOperation p => p.Parameter,
        _ => null,
    };

    private static IOperation Root(IOperation op)
    {
        while (op.Parent is not null) op = op.Parent;
        return op;
    }
}

internal static class OperationAncestry
{
    public static IEnumerable<IOperation> Ancestors(this IOperation op)
    {
        for (IOperation? p = op.Parent; p is not null; p = p.Parent) yield return p;
    }
}
