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
/// does. A local holding a lambda of that shape and never reassigned (<c>var f = (double t, double k) => t + k;</c>)
/// is inlined the same way where it is called (<c>f(i + j, i)</c>). Other local functions (statements,
/// recursion) are reported.
/// </summary>
internal sealed partial class BodyLowering
{
    private readonly Dictionary<IMethodSymbol, IOperation> inlinable = new(SymbolEqualityComparer.Default);

    /// <summary>What each parameter of the local functions being inlined stands for, innermost last.</summary>
    private readonly Dictionary<IParameterSymbol, Expr> inlinedArguments = new(SymbolEqualityComparer.Default);

    private readonly HashSet<IMethodSymbol> inlining = new(SymbolEqualityComparer.Default);

    /// <summary>Locals holding a lambda that can be inlined (<c>var f = (double t) => t * t;</c>, never reassigned), and the lambda.</summary>
    private readonly Dictionary<ILocalSymbol, IMethodSymbol> lambdaLocals = new(SymbolEqualityComparer.Default);

    /// <summary>Local functions and lambdas with statements in their body: inlined as statements (BodyLowering.InlinedMethods.cs).</summary>
    private readonly Dictionary<IMethodSymbol, IBlockOperation> statementFunctions = new(SymbolEqualityComparer.Default);

    /// <summary>Finds the local functions, and the locals holding a lambda, of the body that can be inlined.</summary>
    private void CollectLocalFunctions(IOperation body)
    {
        foreach (ILocalFunctionOperation function in body.Descendants().OfType<ILocalFunctionOperation>())
        {
            Collect(function.Symbol, function.Body ?? function.IgnoredBody);
        }

        var reassigned = new HashSet<ILocalSymbol>(body.Descendants().OfType<IAssignmentOperation>()
            .Select(a => a.Target).OfType<ILocalReferenceOperation>().Select(l => l.Local), SymbolEqualityComparer.Default);
        foreach (IVariableDeclaratorOperation declarator in body.Descendants().OfType<IVariableDeclaratorOperation>())
        {
            if (declarator.Initializer?.Value is IDelegateCreationOperation { Target: IAnonymousFunctionOperation lambda }
                && !declarator.Symbol.IsRef && !reassigned.Contains(declarator.Symbol) && Collect(lambda.Symbol, lambda.Body))
            {
                lambdaLocals[declarator.Symbol] = lambda.Symbol;
            }
        }
    }

    /// <summary>Records a local function or lambda as inlinable, as one expression or as statements; false when it is neither.</summary>
    private bool Collect(IMethodSymbol function, IBlockOperation? block)
    {
        if (InlinedBody(function, block) is { } expression)
        {
            inlinable[function] = expression;
            return true;
        }
        bool parameters = function.Parameters.All(p => p.RefKind is RefKind.None or RefKind.Ref or RefKind.In && TypeMap.From(p.Type) is not null);
        if (block is null || function.IsGenericMethod || !parameters) return false;
        statementFunctions[function] = block;
        return true;
    }

    /// <summary>The local function or lambda a call invokes (a lambda local's call is one of its delegate's Invoke).</summary>
    private IMethodSymbol Invoked(IInvocationOperation call) =>
        call.TargetMethod.MethodKind == MethodKind.DelegateInvoke && call.Instance is ILocalReferenceOperation l && lambdaLocals.TryGetValue(l.Local, out IMethodSymbol? lambda)
            ? lambda
            : call.TargetMethod.OriginalDefinition;

    private static IOperation? InlinedBody(IMethodSymbol function, IBlockOperation? block)
    {
        bool scalarParameters = function.Parameters.All(p => p.RefKind == RefKind.None && TypeMap.From(p.Type) is not null);
        return scalarParameters && !function.IsGenericMethod && block is { Operations.Length: 1 } && block.Operations[0] is IReturnOperation { ReturnedValue: { } value }
            ? value
            : null;
    }

    private bool IsInlinable(ILocalFunctionOperation function) => inlinable.ContainsKey(function.Symbol) || statementFunctions.ContainsKey(function.Symbol);

    /// <summary>A call of an inlinable local function: its expression, with the arguments in place of the parameters.</summary>
    private Expr? InlinedCall(IInvocationOperation call)
    {
        // f(a, b) of a lambda local is a call of the delegate's Invoke, whose parameters stand for the lambda's.
        IMethodSymbol function = Invoked(call);
        if (function.MethodKind is not (MethodKind.LocalFunction or MethodKind.AnonymousFunction) || !inlinable.TryGetValue(function, out IOperation? body)) return null;
        if (!inlining.Add(function))
        {
            return Unsupported(call, "local function '" + function.Name + "' calls itself; recursion is supported only for [Differentiable] static methods");
        }

        var bound = new List<IParameterSymbol>();
        foreach (IArgumentOperation argument in call.Arguments)
        {
            if (argument.Parameter is null) continue;
            IParameterSymbol parameter = function.Parameters[argument.Parameter.Ordinal].OriginalDefinition;
            inlinedArguments[parameter] = Expression(argument.Value);
            bound.Add(parameter);
        }
        Expr result = Expression(body);
        foreach (IParameterSymbol p in bound) inlinedArguments.Remove(p);
        inlining.Remove(function);
        return result;
    }
}
