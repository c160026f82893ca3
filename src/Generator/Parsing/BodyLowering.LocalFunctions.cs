using System.Collections.Generic;
using System.Linq;
using AutoDiffGen.Generator.IR;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AutoDiffGen.Generator.Parsing;

/// <summary>
/// Local functions whose body is one expression (<c>static double Sq(double v) => v * v;</c>) are
/// inlined where they are called: each parameter stands for its argument's expression, and the
/// expression is differentiated in place. Locals the function captures are read at the call, as C#
/// does. Other local functions (statements, recursion) are reported.
/// </summary>
internal sealed partial class BodyLowering
{
    private readonly Dictionary<IMethodSymbol, IOperation> inlinable = new(SymbolEqualityComparer.Default);

    /// <summary>What each parameter of the local functions being inlined stands for, innermost last.</summary>
    private readonly Dictionary<IParameterSymbol, Expr> inlinedArguments = new(SymbolEqualityComparer.Default);

    private readonly HashSet<IMethodSymbol> inlining = new(SymbolEqualityComparer.Default);

    /// <summary>Finds the local functions of the body that can be inlined.</summary>
    private void CollectLocalFunctions(IOperation body)
    {
        foreach (ILocalFunctionOperation function in body.Descendants().OfType<ILocalFunctionOperation>())
        {
            if (InlinedBody(function) is { } expression) inlinable[function.Symbol] = expression;
        }
    }

    private static IOperation? InlinedBody(ILocalFunctionOperation function)
    {
        IBlockOperation? block = function.Body ?? function.IgnoredBody;
        bool scalarParameters = function.Symbol.Parameters.All(p => p.RefKind == RefKind.None && TypeMap.From(p.Type) is not null);
        return scalarParameters && !function.Symbol.IsGenericMethod && block is { Operations.Length: 1 } && block.Operations[0] is IReturnOperation { ReturnedValue: { } value }
            ? value
            : null;
    }

    private bool IsInlinable(ILocalFunctionOperation function) => inlinable.ContainsKey(function.Symbol);

    /// <summary>A call of an inlinable local function: its expression, with the arguments in place of the parameters.</summary>
    private Expr? InlinedCall(IInvocationOperation call)
    {
        IMethodSymbol function = call.TargetMethod.OriginalDefinition;
        if (call.TargetMethod.MethodKind != MethodKind.LocalFunction || !inlinable.TryGetValue(function, out IOperation? body)) return null;
        if (!inlining.Add(function))
        {
            return Unsupported(call, "local function '" + function.Name + "' calls itself; recursion is supported only for [Differentiable] static methods");
        }

        var bound = new List<IParameterSymbol>();
        foreach (IArgumentOperation argument in call.Arguments)
        {
            if (argument.Parameter is null) continue;
            inlinedArguments[argument.Parameter.OriginalDefinition] = Expression(argument.Value);
            bound.Add(argument.Parameter.OriginalDefinition);
        }
        Expr result = Expression(body);
        foreach (IParameterSymbol p in bound) inlinedArguments.Remove(p);
        inlining.Remove(function);
        return result;
    }
}
