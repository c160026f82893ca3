using System.Collections.Generic;
using System.Linq;
using AutoDiffGen.Generator.IR;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace AutoDiffGen.Generator.Parsing;

/// <summary>
/// Calls of a static method of the compilation that takes <c>ref</c> parameters (<c>Update(ref a, ref b);</c>,
/// <c>t = Modify(ref a, ref b);</c>) are inlined: a method that changes its caller's variables can have no
/// <c>Backward</c> of its own, so its statements are lowered in the caller's place. Each <c>ref</c> parameter is an
/// alias of its argument's location, each by-value parameter a new local holding its argument, and the method's
/// result (its one <c>return</c>, which must be its last statement) a local the call reads. In an expression the
/// inlined statements run before the statement, like any change inside an expression, under the same rules.
/// A <c>ref</c>-returning method whose body is <c>=&gt; ref p</c> (<c>ref double k = ref Identity(ref i);</c>) is an alias
/// of the argument for <c>p</c>.
/// </summary>
internal sealed partial class BodyLowering
{
    private readonly Compilation? compilation;

    /// <summary>The location each <c>ref</c> parameter of the methods being inlined stands for.</summary>
    private readonly Dictionary<IParameterSymbol, IOperation> refParameters = new(SymbolEqualityComparer.Default);

    private readonly HashSet<IMethodSymbol> inliningMethods = new(SymbolEqualityComparer.Default);

    /// <summary>
    /// The body of a non-generic method or operator of this compilation that is inlined: a static one with a <c>ref</c>
    /// parameter, or taking or returning a tuple or struct; an instance one called on a struct local
    /// (<paramref name="onAggregate"/>). Else null.
    /// </summary>
    private IMethodBodyOperation? InlinableMethod(IMethodSymbol method, bool onAggregate = false)
    {
        bool inlined = method.IsStatic
            ? method.Parameters.Any(p => p.RefKind == RefKind.Ref || AggregateFields(p.Type) is not null) || AggregateFields(method.ReturnType) is not null
            : onAggregate;
        if (compilation is null || !inlined || method.IsGenericMethod || method.MethodKind is not (MethodKind.Ordinary or MethodKind.UserDefinedOperator)
            || method.DeclaringSyntaxReferences.Length != 1
            || method.DeclaringSyntaxReferences[0].GetSyntax(cancellation) is not BaseMethodDeclarationSyntax syntax
            || !compilation.ContainsSyntaxTree(syntax.SyntaxTree))
        {
            return null;
        }
        return compilation.GetSemanticModel(syntax.SyntaxTree).GetOperation(syntax, cancellation) as IMethodBodyOperation;
    }

    /// <summary>Each parameter of an inlined call and the operation passed for it (a user-defined operator's operands too).</summary>
    private static List<(IParameterSymbol Parameter, IOperation Value)> ArgumentsOf(IOperation site, IMethodSymbol method) => site switch
    {
        IInvocationOperation call => call.Arguments.OrderBy(a => a.Parameter?.Ordinal ?? 0).Select(a => (method.Parameters[a.Parameter!.Ordinal], a.Value)).ToList(),
        IBinaryOperation b => new List<(IParameterSymbol, IOperation)> { (method.Parameters[0], b.LeftOperand), (method.Parameters[1], b.RightOperand) },
        IUnaryOperation u => new List<(IParameterSymbol, IOperation)> { (method.Parameters[0], u.Operand) },
        _ => new List<(IParameterSymbol, IOperation)>(),
    };

    /// <summary>
    /// What a call inlines as statements: a static method of the compilation with <c>ref</c> parameters, or a local
    /// function or lambda local with statements in its body; null for any other call.
    /// </summary>
    private (IMethodSymbol Method, IBlockOperation Block)? StatementInlined(IOperation site)
    {
        IMethodSymbol? invoked = site switch
        {
            IInvocationOperation call => Invoked(call),
            IBinaryOperation { OperatorMethod: { } op } => op.OriginalDefinition,
            IUnaryOperation { OperatorMethod: { } op } => op.OriginalDefinition,
            _ => null,
        };
        if (invoked is null) return null;
        if (statementFunctions.TryGetValue(invoked, out IBlockOperation? block)) return (invoked, block);
        bool onAggregate = site is IInvocationOperation { Instance: { } instance } && IsAggregateLocal(instance);
        return InlinableMethod(invoked, onAggregate) is { } body && (body.BlockBody ?? body.ExpressionBody) is { } methodBlock
            ? (invoked, methodBlock)
            : null;
    }

    /// <summary>The statements of an inlinable method and its result, or why it cannot be inlined.</summary>
    private static (IReadOnlyList<IOperation> Statements, IOperation? Result, string? Problem) InlinedShape(IBlockOperation block, IMethodSymbol method)
    {
        var returns = block.Descendants().OfType<IReturnOperation>()
            .Where(r => !r.Ancestors().TakeWhile(a => a != block).Any(a => a is ILocalFunctionOperation or IAnonymousFunctionOperation)).ToList();
        var statements = block.Operations.ToList();
        // A void local function's body ends with a return the compiler adds.
        if (statements.Count > 0 && statements[statements.Count - 1] is IReturnOperation { ReturnedValue: null, IsImplicit: true } implicitEnd)
        {
            statements.RemoveAt(statements.Count - 1);
            returns.Remove(implicitEnd);
        }
        if (method.ReturnsVoid)
        {
            if (returns.Count > 0) return (statements, null, "it has a return statement; only one return, as its last statement, can be inlined");
            return (statements, null, null);
        }
        if (returns.Count != 1 || statements.Count == 0 || statements[statements.Count - 1] != returns[0] || returns[0].ReturnedValue is null)
        {
            return (statements, null, "it returns from more than one place; only one return, as its last statement, can be inlined");
        }
        statements.RemoveAt(statements.Count - 1);
        return (statements, returns[0], null);
    }

    /// <summary>
    /// Lowers a call of an inlinable method into <paramref name="into"/>; returns what the call's value reads
    /// (null for a void method), or a constant after reporting why it cannot be inlined.
    /// </summary>
    private Expr? InlineMethod(IOperation call, (IMethodSymbol Method, IBlockOperation Block) inlined, List<Stmt> into) =>
        InlineMethod(call, inlined, into, aggregateResult: null) is Expr value ? value : null;

    /// <summary>
    /// Lowers an inlined call into <paramref name="into"/>. Returns what its value reads: an <see cref="Expr"/> for a
    /// scalar result, the field values (a <c>List&lt;Expr&gt;</c>) when <paramref name="aggregateResult"/> gives the
    /// field types of a tuple or struct result, null for a void method; a constant after reporting why it cannot be inlined.
    /// </summary>
    private object? InlineMethod(IOperation call, (IMethodSymbol Method, IBlockOperation Block) inlined, List<Stmt> into, List<NumType>? aggregateResult)
    {
        (IMethodSymbol method, IBlockOperation body) = inlined;
        NumType? resultType = method.ReturnsVoid ? null : TypeMap.From(method.ReturnType);
        (IReadOnlyList<IOperation> statements, IOperation? result, string? problem) = InlinedShape(body, method);
        problem ??= !method.ReturnsVoid && (resultType is null && aggregateResult is null || method.ReturnsByRef || method.ReturnsByRefReadonly)
            ? "it returns '" + method.ReturnType.ToDisplayString() + "'; an inlined method must return void, double, float, int, long or bool, or a tuple or struct of those, by value"
            : inliningMethods.Contains(method) ? "it calls itself" : null;
        if (problem is not null) return Unsupported(call, "'" + Shown(method) + "' is inlined here, but " + problem);

        string source = Text(call.Syntax) + ";";
        var bound = new List<IParameterSymbol>();
        foreach ((IParameterSymbol parameter, IOperation argument) in ArgumentsOf(call, method))
        {
            bound.Add(parameter);
            if (parameter.RefKind is RefKind.Ref or RefKind.In && TypeMap.From(parameter.Type) is not null)
            {
                if (Aliased(argument) is not { } location) return Unsupported(argument, "pass a local, a parameter, an element of a local array, or a field of a tuple or struct local by ref");
                refParameters[parameter] = location;
            }
            else if (parameter.RefKind == RefKind.None && TypeMap.From(parameter.Type) is NumType type)
            {
                string copy = DeclareLocal(Identifiers.Escape(parameter.Name), type);
                into.Add(new Assign(source, copy, Converted(Expression(argument), type), IsDeclaration: true));
                inlinedArguments[parameter] = new Variable(type, copy);
            }
            else if (parameter.RefKind == RefKind.None && AggregateFields(parameter.Type) is { } fields
                && AggregateValues(argument, fields.Select(f => f.Type).ToList()) is { } values)
            {
                // A tuple or struct passed by value: a copy of each field, which the method may change.
                var copies = new List<(string Key, Variable Local)>();
                for (int i = 0; i < fields.Count; i++)
                {
                    var copy = new Variable(fields[i].Type, DeclareLocal(Identifiers.Escape(parameter.Name) + "_" + fields[i].Name, fields[i].Type));
                    into.Add(new Assign(source, copy.Name, values[i], IsDeclaration: true));
                    copies.Add((fields[i].Key, copy));
                }
                aggregates[parameter.OriginalDefinition] = copies;
            }
            else
            {
                return Unsupported(argument, "'" + Shown(method) + "' is inlined here, but parameter '" + parameter.Name + "' is not a by-value, ref or in double, float, int, long or bool, or a tuple or struct of those by value");
            }
        }

        // An element passed by ref is the same element only while its index reads the same values.
        if (IndexChangedByCall(call, method, body) is { } changed)
        {
            Unbind(bound);
            return Unsupported(call, "an element is passed by ref with an index that reads '" + changed + "', which the inlined '" + Shown(method) + "' changes; pass a local instead and copy it back");
        }

        // An instance method called on a struct local: its fields are what 'this' stands for, read and written.
        List<(string Key, Variable Local)>? receiver = call is IInvocationOperation { Instance: { } instance } ? AggregateOf(instance) : null;
        if (receiver is not null) constructing.Add((method.ContainingType, receiver));
        inliningMethods.Add(method);
        int first = into.Count;
        foreach (IOperation statement in statements) Statement(statement, into);
        object? value = null;
        if (result is IReturnOperation { ReturnedValue: { } returned })
        {
            // The return's expression may itself change variables: lowered as a statement of its own.
            (List<Stmt>? outerEffects, IOperation? outerStatement, IOperation? outerScope) = (sideEffects, sideEffectStatement, changeScope);
            (sideEffects, sideEffectStatement, changeScope) = (new List<Stmt>(), result, result);
            string name = method.MethodKind == MethodKind.AnonymousFunction ? "lambda" : method.MethodKind == MethodKind.UserDefinedOperator ? "operator" : method.Name;
            string kept = char.ToLowerInvariant(name[0]) + name.Substring(1) + "Result";
            if (aggregateResult is not null)
            {
                List<Expr>? fieldValues = AggregateValues(returned, aggregateResult);
                into.AddRange(sideEffects);
                var results = new List<Expr>();
                for (int i = 0; fieldValues is not null && i < fieldValues.Count; i++)
                {
                    string field = DeclareLocal(kept, aggregateResult[i]);
                    into.Add(new Assign(Text(result.Syntax), field, fieldValues[i], IsDeclaration: true));
                    results.Add(new Variable(aggregateResult[i], field));
                }
                value = fieldValues is null ? null : results;
            }
            else
            {
                Expr returnedValue = Converted(Expression(returned), resultType!.Value);
                into.AddRange(sideEffects);
                string local = DeclareLocal(kept, resultType.Value);
                into.Add(new Assign(Text(result.Syntax), local, returnedValue, IsDeclaration: true));
                value = new Variable(resultType.Value, local);
            }
            (sideEffects, sideEffectStatement, changeScope) = (outerEffects, outerStatement, outerScope);
        }
        inliningMethods.Remove(method);
        if (receiver is not null) constructing.RemoveAt(constructing.Count - 1);
        // The generated code's comments say where the inlined statements come from: "// Step: x += 0.1 * v;".
        for (int i = first; i < into.Count; i++) into[i] = Attributed(into[i], Shown(method) + ": ");

        Unbind(bound);
        ForgetLocals(body);
        return value;
    }

    /// <summary>
    /// Whether a call inlined as statements may be used as a value here: its statements go before the statement, so
    /// there must be one, the call must always run, and nothing else in the statement may read what it passes by ref.
    /// False after reporting why not.
    /// </summary>
    private bool CanInlineHere(IOperation call)
    {
        if (sideEffects is null || sideEffectStatement is null)
        {
            Unsupported(call, "a call that is inlined as statements (a method with ref parameters, a local function or lambda with statements) is not supported here; call it in a statement of its own");
            return false;
        }
        if (MayNotRun(call))
        {
            Unsupported(call, "a call that is inlined as statements (a method with ref parameters, a local function or lambda with statements) in a branch of ?: (or after ?? or &&, ||) is not supported, since it may not run; call it in a statement of its own");
            return false;
        }
        foreach (IArgumentOperation argument in (call as IInvocationOperation)?.Arguments.Where(a => a.Parameter?.RefKind == RefKind.Ref) ?? Enumerable.Empty<IArgumentOperation>())
        {
            IOperation location = ResolveAlias(argument.Value);
            if (ChangedSymbol(location) is { } changed && ReadElsewhere(changed, ConstantIndex(location), call))
            {
                Unsupported(argument.Value, "'" + changed.Name + "' is passed by ref here and also read elsewhere in the same statement, whose order of evaluation inlining would change; call the method in a statement of its own");
                return false;
            }
        }
        return true;
    }

    /// <summary>A call of a method or user-defined operator returning a tuple or struct, inlined: the field values it returns, or null (reported).</summary>
    private List<Expr>? InlinedAggregate(IOperation site, (IMethodSymbol Method, IBlockOperation Block) inlined, List<NumType> types) =>
        CanInlineHere(site) ? InlineMethod(site, inlined, sideEffects!, types) as List<Expr> : null;

    /// <summary>A call of an inlinable method used as a value: inlined before the statement, like a change inside an expression.</summary>
    private Expr? InlinedMethodCall(IOperation call, NumType type)
    {
        if (StatementInlined(call) is not { } body) return null;
        if (!CanInlineHere(call)) return new Constant(type, "default");
        return InlineMethod(call, body, sideEffects!) is { } value ? Converted(value, type) : new Constant(type, "default");
    }

    /// <summary><paramref name="statement"/> with its source comment, and those of the statements nested in it, prefixed.</summary>
    private static Stmt Attributed(Stmt statement, string prefix)
    {
        EquatableArray<Stmt> All(EquatableArray<Stmt> block) => block.Select(s => Attributed(s, prefix)).ToEquatableArray();
        Stmt nested = statement switch
        {
            If f => f with { Then = All(f.Then), Else = All(f.Else) },
            Loop l => l with { Body = All(l.Body) },
            _ => statement,
        };
        return nested.Source.StartsWith(prefix, System.StringComparison.Ordinal) ? nested : nested with { Source = prefix + nested.Source };
    }

    /// <summary>How an inlined method is named in messages and comments: a lambda by its local's call, "lambda".</summary>
    private static string Shown(IMethodSymbol method) => method.MethodKind switch
    {
        MethodKind.AnonymousFunction => "lambda",
        MethodKind.UserDefinedOperator when method.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax() is OperatorDeclarationSyntax o => "operator " + o.OperatorToken.Text,
        _ => method.Name,
    };

    /// <summary>
    /// A variable the index of an element passed by ref reads that the inlined call may change: one passed by ref
    /// too, or one the body assigns (a local function's captured local); else null.
    /// </summary>
    private string? IndexChangedByCall(IOperation call, IMethodSymbol method, IBlockOperation body)
    {
        List<(IParameterSymbol Parameter, IOperation Value)> arguments = ArgumentsOf(call, method);
        var indexReads = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        foreach ((IParameterSymbol parameter, IOperation value) in arguments)
        {
            if (parameter.RefKind is not (RefKind.Ref or RefKind.In)) continue;
            IOperation? index = ResolveAlias(value) switch
            {
                IArrayElementReferenceOperation e => e.Indices[0],
                IPropertyReferenceOperation { Arguments.Length: 1 } p => p.Arguments[0].Value,
                _ => null,
            };
            if (index is null) continue;
            foreach (IOperation read in index.DescendantsAndSelf()) if (Symbol(ResolveAlias(read)) is { } symbol) indexReads.Add(symbol);
        }
        if (indexReads.Count == 0) return null;
        foreach ((IParameterSymbol parameter, IOperation value) in arguments)
        {
            if (parameter.RefKind == RefKind.Ref && Symbol(ResolveAlias(value)) is { } passed && indexReads.Contains(passed)) return passed.Name;
        }
        return AssignedIn(body, indexReads)?.Name;
    }

    /// <summary>Ends what the parameters of an inlined call stood for.</summary>
    private void Unbind(IEnumerable<IParameterSymbol> bound)
    {
        foreach (IParameterSymbol parameter in bound)
        {
            refParameters.Remove(parameter);
            inlinedArguments.Remove(parameter);
            aggregates.Remove(parameter.OriginalDefinition);
        }
    }

    /// <summary>Forgets the locals an inlined body declared: a second call inlines them again, under new names.</summary>
    private void ForgetLocals(IOperation body)
    {
        foreach (IVariableDeclaratorOperation declared in body.Descendants().OfType<IVariableDeclaratorOperation>())
        {
            localNames.Remove(declared.Symbol);
            arrayLocals.Remove(declared.Symbol);
            aggregates.Remove(declared.Symbol);
        }
    }
}
