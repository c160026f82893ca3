using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using AutoDiffGen.Generator.Diagnostics;
using AutoDiffGen.Generator.Differentiation;
using AutoDiffGen.Generator.IR;
using AutoDiffGen.Generator.Lowering;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace AutoDiffGen.Generator.Parsing;

/// <summary>
/// Turns the bound body of a method (Roslyn's IOperation tree) into IR statements. Everything it
/// cannot express becomes a diagnostic on the exact syntax, and lowering goes on so the user sees
/// every problem at once.
/// </summary>
internal sealed partial class BodyLowering
{
    private readonly IReadOnlyDictionary<string, ParamIR> parameters;
    private readonly Dictionary<ILocalSymbol, string> localNames = new(SymbolEqualityComparer.Default);
    private readonly HashSet<string> usedLocalNames = new();
    private readonly HashSet<string> reserved;
    private readonly System.Threading.CancellationToken cancellation;

    public BodyLowering(IEnumerable<ParamIR> parameters, IEnumerable<string> reserved, NumType returnType, INamedTypeSymbol callerType, Compilation? compilation,
        System.Threading.CancellationToken cancellation)
    {
        this.compilation = compilation;
        this.callerType = callerType;
        this.parameters = parameters.ToDictionary(p => p.Name);
        this.reserved = new HashSet<string>(reserved);
        // A local may not take a name the generated signatures add (seed, dX): it would clash with that parameter.
        usedLocalNames.Add(ReverseMode.SeedName);
        foreach (ParamIR p in this.parameters.Values) usedLocalNames.Add(p.GradientName);
        this.cancellation = cancellation;
        loopExits = new LoopExits(DeclareLocal, returnType);
    }

    private readonly LoopExits loopExits;

    /// <summary>The type of the method being lowered: where [BackwardOf(typeof(T), …)] rules for library calls live.</summary>
    private readonly INamedTypeSymbol callerType;

    /// <summary>The loops and switches a <c>break</c> or <c>continue</c> may target, innermost last.</summary>
    private readonly List<(ILabelSymbol Exit, ILabelSymbol? Continue)> breakables = new();

    public List<Diagnostic> Diagnostics { get; } = new();

    public List<LocalIR> Locals { get; } = new();

    /// <summary>Calls of [Differentiable] methods with the syntax of each argument, for checks that need activity.</summary>
    public List<(Invoke Call, IArgumentOperation[] Arguments, string Callee, string[] Parameters)> CalleeCalls { get; } = new();

    public List<Stmt> Lower(IOperation body)
    {
        var statements = new List<Stmt>();
        CollectLocalFunctions(body);
        CollectForwardLabels(body);
        statements.AddRange(CopyWrittenParameters(body));
        Statement(body, statements);
        CheckVectorOutputs();
        return loopExits.Prologue().Concat(statements).ToList();
    }

    // ---- statements --------------------------------------------------------------------------

    /// <summary>One statement; <see cref="Statement"/> wraps it to place the changes its expressions make before it.</summary>
    private void LowerStatement(IOperation op, List<Stmt> into)
    {
        cancellation.ThrowIfCancellationRequested();
        switch (op)
        {
            case IMethodBodyOperation m:
                Statement((IOperation?)m.BlockBody ?? m.ExpressionBody!, into);
                break;
            case IBlockOperation b:
                Block(b, into);
                break;
            case ILabeledOperation labeled:
                if (labeled.Operation is not null) Statement(labeled.Operation, into);
                break;
            case IBranchOperation { BranchKind: BranchKind.GoTo, Target: { } label } jump when forwardLabels.Contains(label) || label.Name.Length > 0 && jump.Syntax is Microsoft.CodeAnalysis.CSharp.Syntax.GotoStatementSyntax { CaseOrDefaultKeyword.RawKind: 0 }:
                GotoStatement(jump, into);
                break;
            case IEmptyOperation:
                break;
            case IVariableDeclarationGroupOperation group:
                Declarations(group, into);
                break;
            case IExpressionStatementOperation e:
                ExpressionStatement(e, into);
                break;
            case IConditionalOperation c:
                var then = new List<Stmt>();
                var @else = new List<Stmt>();
                // A variable the condition declares ('if (o is float y)') is read in the branches: the condition goes first then.
                Expr? declaring = c.Condition.DescendantsAndSelf().Any(o => o is IDeclarationPatternOperation) ? Expression(c.Condition) : null;
                nesting++;
                Statement(c.WhenTrue, then);
                if (c.WhenFalse is not null) Statement(c.WhenFalse, @else);
                nesting--;
                string condition = c.Syntax is IfStatementSyntax s ? Text(s.Condition) : Text(c.Condition.Syntax);
                into.Add(new If("if (" + condition + ")", declaring ?? Expression(c.Condition), then.ToEquatableArray(), @else.ToEquatableArray()));
                break;
            case IReturnOperation { ReturnedValue: { } value } r:
                string source = r.Syntax is ReturnStatementSyntax ? Text(r.Syntax) : "return " + Text(r.Syntax) + ";";
                into.Add(new Return(source, Expression(value)));
                break;
            case IForLoopOperation loop:
                foreach (IOperation before in loop.Before) Statement(before, into);
                into.AddRange(LoopStatement(loop, loop.Condition, loop.AtLoopBottom, testFirst: true));
                break;
            case IWhileLoopOperation { ConditionIsUntil: false, Condition: not null } loop:
                into.AddRange(LoopStatement(loop, loop.Condition, ImmutableArray<IOperation>.Empty, loop.ConditionIsTop));
                break;
            case IForEachLoopOperation loop when ForEachSource(loop) is { } walked:
                ForEach(loop, walked, into);
                break;
            case IBranchOperation { BranchKind: BranchKind.Break } b when breakables.Count > 0 && SymbolEqualityComparer.Default.Equals(b.Target, breakables[breakables.Count - 1].Exit) && breakables[breakables.Count - 1].Continue is not null:
                into.Add(new Break(Text(op.Syntax)));
                break;
            case IBranchOperation { BranchKind: BranchKind.Break } when breakables.Count > 0 && breakables[breakables.Count - 1].Continue is null:
                Report(DiagnosticDescriptors.UnsupportedStatement, StatementLocation(op.Syntax),
                    "'break' inside a nested statement of a switch section is not supported; use if/else inside the section so it ends with its only 'break'");
                break;
            case IBranchOperation { BranchKind: BranchKind.Continue } b when breakables.Any(l => SymbolEqualityComparer.Default.Equals(b.Target, l.Continue)):
                into.Add(new Continue(Text(op.Syntax)));
                break;
            case ISwitchOperation sw:
                Switch(sw, into);
                break;
            case IThrowOperation t:
                ThrowStatement(t, into);
                break;
            case ILoopOperation:
                Report(DiagnosticDescriptors.UnsupportedStatement, StatementLocation(op.Syntax),
                    "this kind of loop is not supported; use for, while or do/while over an int counter, or foreach over an array or span parameter or a local array");
                break;
            case ILocalFunctionOperation function when IsInlinable(function):
                break; // inlined where it is called
            case ILocalFunctionOperation:
                Report(DiagnosticDescriptors.UnsupportedStatement,
                    op.Syntax is LocalFunctionStatementSyntax local ? local.Identifier.GetLocation() : StatementLocation(op.Syntax),
                    "only local functions of by-value, ref or in double, float, int, long or bool parameters, not generic, are supported (they are inlined); move this one into a static method of the type and mark it [Differentiable]");
                break;
            default:
                Report(DiagnosticDescriptors.UnsupportedStatement, StatementLocation(op.Syntax),
                    Describe(op.Syntax) + " is not supported; use local declarations, assignments, if/else, loops and return");
                break;
        }
    }

    private List<Stmt> LoopStatement(ILoopOperation loop, IOperation? condition, ImmutableArray<IOperation> increments, bool testFirst)
    {
        var body = new List<Stmt>();
        var step = new List<Stmt>();
        breakables.Add((loop.ExitLabel, loop.ContinueLabel));
        nesting++;
        loops++;
        Statement(loop.Body, body);
        loops--;
        nesting--;
        breakables.RemoveAt(breakables.Count - 1);
        foreach (IOperation increment in increments) Statement(increment, step);

        Expr test = new Constant(NumType.Boolean, "true");
        if (condition is not null)
        {
            test = LoopTest(condition, testFirst, HasContinue(loop), out List<Stmt> prelude);
            // A while's changes run before its test at the top of the body; a do … while's at the bottom.
            if (testFirst) body.InsertRange(0, prelude);
            else body.AddRange(prelude);
        }
        string header = Text(loop.Syntax);
        int bodyStart = loop.Body.Syntax.SpanStart - loop.Syntax.SpanStart;
        if (testFirst && bodyStart > 0) header = OneLine(loop.Syntax.ToString().Substring(0, bodyStart));
        else if (!testFirst) header = "do … while (" + (condition is null ? "true" : Text(condition.Syntax)) + ");";
        return loopExits.Loop(header, test, body, step, testFirst);
    }

    /// <summary>
    /// What a foreach walks, when it walks something supported: an array or span parameter or a local array
    /// (its name), or an array written in the loop header, <c>new[] { a, b }</c> (its creation, for
    /// <see cref="ForEach"/> to declare as a local array first); and the element type.
    /// </summary>
    private (string? Name, IArrayCreationOperation? Creation, NumType ElementType)? ForEachSource(IForEachLoopOperation loop)
    {
        IOperation collection = loop.Collection is IConversionOperation { OperatorMethod: null } c ? c.Operand : loop.Collection;
        if (collection is IParameterReferenceOperation p && parameters.TryGetValue(Identifiers.Escape(p.Parameter.Name), out ParamIR? parameter) && parameter.IsArray)
        {
            return (CopyOf(p) ?? parameter.Name, null, parameter.Type!.Value);
        }
        if (collection is ILocalReferenceOperation l && arrayLocals.TryGetValue(l.Local, out string? local)
            && l.Local.Type is IArrayTypeSymbol { ElementType: var element } && TypeMap.From(element) is NumType elementType)
        {
            RecordArrayUse(local, ArrayUse.Read, collection.Syntax);
            return (local, null, elementType);
        }
        if (collection is IArrayCreationOperation { DimensionSizes.Length: 1, Type: IArrayTypeSymbol { ElementType: var created } } creation
            && TypeMap.From(created) is NumType createdType)
        {
            return (null, creation, createdType);
        }
        return null;
    }

    /// <summary><c>foreach (T v in a) body</c> is <c>for (int k = 0; k &lt; a.Length; k++) { T v = a[k]; body }</c>.</summary>
    private void ForEach(IForEachLoopOperation loop, (string? Name, IArrayCreationOperation? Creation, NumType ElementType) walked, List<Stmt> into)
    {
        if (loop.LoopControlVariable is not IVariableDeclaratorOperation { Symbol: { } variable } || TypeMap.From(variable.Type) is not NumType type)
        {
            Report(DiagnosticDescriptors.UnsupportedStatement, StatementLocation(loop.Syntax), "this foreach variable is not supported; declare it as double, float, int, long or bool");
            return;
        }

        string index = Fresh(variable.Name + "Index");
        Locals.Add(new LocalIR(index, NumType.Int32));
        var k = new Variable(NumType.Int32, index);
        string name = Name(variable);
        Locals.Add(new LocalIR(name, type));
        string header = loop.Syntax is ForEachStatementSyntax f ? "foreach (" + Text(f.Type) + " " + f.Identifier.ValueText + " in " + Text(f.Expression) + ")" : Text(loop.Syntax);
        string? sourceName = walked.Name;
        if (walked.Creation is { } creation)
        {
            // foreach (double v in new[] { a, b }): the array becomes a local array of the method, then is walked.
            sourceName = Fresh("items");
            LocalArray(sourceName, walked.ElementType, creation, header, creation.Syntax, into);
            RecordArrayUse(sourceName, ArrayUse.Read, creation.Syntax);
        }
        var source = (Name: sourceName!, walked.ElementType);
        into.Add(new Assign(header, index, Build.Num(NumType.Int32, "0"), IsDeclaration: true));

        var body = new List<Stmt>();
        Expr element = new Element(source.ElementType, source.Name, k);
        body.Add(new Assign(header, name, element.Type == type ? element : new IR.Convert(type, element, IsExplicit: false), IsDeclaration: true));
        breakables.Add((loop.ExitLabel, loop.ContinueLabel));
        nesting++;
        loops++;
        Statement(loop.Body, body);
        loops--;
        nesting--;
        breakables.RemoveAt(breakables.Count - 1);
        var step = new List<Stmt> { new Assign(header, index, new Binary(NumType.Int32, BinaryOp.Add, k, Build.Num(NumType.Int32, "1")), IsDeclaration: false) };

        into.AddRange(loopExits.Loop(header, new Binary(NumType.Boolean, BinaryOp.Less, k, new Length(source.Name)), body, step, testFirst: true));
    }

    /// <summary>Declares a local a later stage (a stability rewrite) introduces.</summary>
    public string DeclareGeneratedLocal(string preferred, NumType type)
    {
        string name = DeclareLocal(preferred, type);
        GeneratedLocals.Add(name);
        return name;
    }

    /// <summary>The locals the rewrites introduced (sMax, …): they exist only in generated code.</summary>
    public HashSet<string> GeneratedLocals { get; } = new();

    /// <summary>Declares a local the lowering introduces.</summary>
    private string DeclareLocal(string preferred, NumType type)
    {
        string name = Fresh(preferred);
        Locals.Add(new LocalIR(name, type));
        return name;
    }

    /// <summary>A name for a local the lowering introduces, clashing with nothing the user wrote.</summary>
    private string Fresh(string preferred)
    {
        string name = preferred;
        for (int i = 1; reserved.Contains(name) || !usedLocalNames.Add(name); i++)
        {
            name = preferred + "_" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        return name;
    }

    private void Declarations(IVariableDeclarationGroupOperation group, List<Stmt> into)
    {
        foreach (IVariableDeclarationOperation declaration in group.Declarations)
        {
            foreach (IVariableDeclaratorOperation declarator in declaration.Declarators)
            {
                ILocalSymbol local = declarator.Symbol;
                if (lambdaLocals.ContainsKey(local)) continue; // inlined where it is called
                if (local.IsRef)
                {
                    RefAlias(declarator, local, declarator.Initializer?.Value ?? declaration.Initializer?.Value);
                    continue;
                }
                if (!local.IsRef && local.Type is IArrayTypeSymbol arrayType)
                {
                    ArrayDeclaration(declarator, local, arrayType, declarator.Initializer?.Value ?? declaration.Initializer?.Value, Text(group.Syntax), into);
                    continue;
                }
                if (!local.IsRef && AggregateFields(local.Type) is { } fields)
                {
                    AggregateDeclaration(local, fields, declarator.Initializer?.Value ?? declaration.Initializer?.Value, Text(group.Syntax), into);
                    continue;
                }
                if (local.Type.TypeKind == TypeKind.Delegate)
                {
                    Report(DiagnosticDescriptors.UnsupportedExpression, declarator.Syntax.GetLocation(), LambdaRule);
                    continue;
                }
                if (local.IsRef || TypeMap.From(local.Type) is not NumType type)
                {
                    Report(DiagnosticDescriptors.UnsupportedExpression, declarator.Syntax.GetLocation(),
                        "local '" + local.Name + "' has type '" + local.Type.ToDisplayString() + "'; locals must be double, float, int, long or bool, or tuples or structs whose fields all are");
                    continue;
                }

                string name = Name(local);
                Locals.Add(new LocalIR(name, type));
                IOperation? initializer = declarator.Initializer?.Value ?? declaration.Initializer?.Value;
                if (initializer is not null) into.Add(new Assign(Text(group.Syntax), name, Expression(initializer), IsDeclaration: true));
            }
        }
    }

    private void ExpressionStatement(IExpressionStatementOperation statement, List<Stmt> into)
    {
        string source = Text(statement.Syntax);
        IOperation? written = Written(statement.Operation);
        if (written is not null && IsElementTarget(ResolveAlias(written)))
        {
            ElementAssignment(statement.Operation, source, into);
            return;
        }
        switch (statement.Operation)
        {
            case ISimpleAssignmentOperation { Target: ILocalReferenceOperation or IParameterReferenceOperation } a when IsAggregateLocal(a.Target):
                AggregateAssignment(a.Target, a.Value, source, into);
                break;
            case IDeconstructionAssignmentOperation d:
                Deconstruction(d, source, into);
                break;
            case ISimpleAssignmentOperation a:
                Assignment(a, source, into);
                break;
            case ICompoundAssignmentOperation a when Target(a.Target) is { } target:
                if (CompoundValue(a, target) is { } value) into.Add(new Assign(source, target.Name, value, IsDeclaration: false));
                break;
            case IIncrementOrDecrementOperation a when Target(a.Target) is { } target:
                into.Add(new Assign(source, target.Name, Stepped(a, target), IsDeclaration: false));
                break;
            case ICompoundAssignmentOperation or IIncrementOrDecrementOperation:
                break; // Target() reported why.
            case IThrowOperation t:
                ThrowStatement(t, into);
                break;
            case IInvocationOperation call when IsVec(call.TargetMethod) && call.TargetMethod.ReturnsVoid:
                VecStatement(call, source, into);
                break;
            case IInvocationOperation call when StatementInlined(call) is { } inlinedBody:
                InlineMethod(call, inlinedBody, into);
                break;
            default:
                Report(DiagnosticDescriptors.UnsupportedStatement, statement.Syntax.GetLocation(),
                    "only assignments can be used as statements (a value computed and discarded has no derivative)");
                break;
        }
    }

    /// <summary><c>x op= v</c> as the value <c>x op v</c> (in the wider type, converted back), or null (reported).</summary>
    private Expr? CompoundValue(ICompoundAssignmentOperation a, Expr current)
    {
        if (a.OperatorMethod is not null || Operator(a.OperatorKind) is not BinaryOp op)
        {
            Report(DiagnosticDescriptors.UnsupportedExpression, a.Syntax.GetLocation(), "this compound assignment operator is not supported");
            return null;
        }
        Expr right = Expression(a.Value);
        NumType operation = Wider(current.Type, right.Type);
        Expr left = current.Type == operation ? current : new IR.Convert(operation, current, IsExplicit: false);
        Expr value = new Binary(operation, op, left, right);
        return operation == current.Type ? value : new IR.Convert(current.Type, value, IsExplicit: true);
    }

    /// <summary><c>x++</c> / <c>x--</c> as the value <c>x ± 1</c>.</summary>
    private static Expr Stepped(IIncrementOrDecrementOperation a, Expr current) =>
        new Binary(current.Type, a.Kind == OperationKind.Increment ? BinaryOp.Add : BinaryOp.Subtract, current, Build.Num(current.Type, "1"));

    /// <summary><c>a = b = e</c> is <c>b = e; a = b;</c>. Returns the assigned variable.</summary>
    private Variable? Assignment(ISimpleAssignmentOperation a, string source, List<Stmt> into)
    {
        if (Target(a.Target) is not { } target) return null;
        Expr? value = a.Value switch
        {
            ISimpleAssignmentOperation inner => Assignment(inner, source, into),
            IConversionOperation { Operand: ISimpleAssignmentOperation inner } c when c.OperatorMethod is null && TypeMap.From(c.Type!) is NumType t
                => Assignment(inner, source, into) is { } v ? new IR.Convert(t, v, IsExplicit: !c.IsImplicit) : null,
            _ => Expression(a.Value),
        };
        if (value is null) return null;
        into.Add(new Assign(source, target.Name, value, IsDeclaration: false));
        return target;
    }

    /// <summary>A local or parameter of a supported type being assigned, or null (reported).</summary>
    private Variable? Target(IOperation target)
    {
        target = ResolveAlias(target);
        if (IsAggregateMember(target)) return AggregateMember(target);
        if (target is IParameterReferenceOperation passive && IsPassiveParameter(passive.Parameter))
        {
            Report(DiagnosticDescriptors.UnsupportedExpression, target.Syntax.GetLocation(),
                "parameter '" + passive.Parameter.Name + "' has type '" + passive.Parameter.Type.ToDisplayString() + "', which can be read but not assigned; assign a local of type double, float, int, long or bool instead");
            return null;
        }
        if (target is ILocalReferenceOperation or IParameterReferenceOperation && Expression(target) is Variable v) return v;
        if (target is ILocalReferenceOperation or IParameterReferenceOperation) return null; // Expression() reported why
        Report(DiagnosticDescriptors.UnsupportedExpression, target.Syntax.GetLocation(), target is IMemberReferenceOperation { Instance: IInstanceReferenceOperation }
            ? "the instance's fields are constants of the gradient and cannot be assigned in differentiated code; use a local"
            : "only locals, parameters, and fields of tuple and struct locals can be assigned");
        return null;
    }

    // ---- expressions -------------------------------------------------------------------------

    /// <summary>The user's syntax of each expression node, by reference: where a stability rewrite of
    /// that node is reported, and the text its replacement quotes.</summary>
    public Dictionary<Expr, SyntaxNode> Origins { get; } = new(Rewrites.ReferenceComparer.Instance);

    private Expr Expression(IOperation op)
    {
        Expr e = ExpressionOf(op);
        Origins[e] = op.Syntax;
        return e;
    }

    private Expr ExpressionOf(IOperation op)
    {
        cancellation.ThrowIfCancellationRequested();
        if (ResolveAlias(op) is var aliased && aliased != op) return Expression(aliased);
        NumType? type = op.Type is null ? null : TypeMap.From(op.Type);
        if (op.Type is null) return Unsupported(op, Describe(op.Syntax) + " is not supported");
        if (IsAggregateLocal(op))
        {
            return Unsupported(op, "a tuple or struct local is differentiated field by field: read its fields (" + Text(op.Syntax) + ".Item1, " + Text(op.Syntax) + ".X), copy it to another local, or deconstruct it; it cannot be passed, returned or compared whole");
        }
        if (!IsChange(op) && PassiveConstant(op) is { } passive) return passive;
        if (type is not NumType t)
        {
            if (ReadsPassiveParameter(op)) return UnsupportedPassive(op);
            return Unsupported(op, "values of type '" + (op.Type?.ToDisplayString() ?? "unknown") + "' are not supported; use double, float, int, long or bool");
        }

        if (IsChange(op)) return Hoisted(op, t);
        if (op is IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalAnd or BinaryOperatorKind.ConditionalOr } shortCircuit
            && sideEffects is not null && shortCircuit.RightOperand.DescendantsAndSelf().Any(IsChange))
        {
            return ShortCircuit(shortCircuit);
        }

        switch (op)
        {
            case IFieldReferenceOperation or IPropertyReferenceOperation when IsAggregateMember(op):
                return (Expr?)AggregateMember(op) ?? new Constant(t, "default");
            case ILiteralOperation literal:
                return new Constant(t, op.Syntax is LiteralExpressionSyntax token ? token.Token.Text : Text(op.Syntax));
            case IConversionOperation c:
                if (c.OperatorMethod is not null) return Unsupported(op, "user-defined conversions are not supported");
                Expr operand = Expression(c.Operand);
                if (operand.Type == t) return operand;
                return new IR.Convert(t, operand, IsExplicit: !c.IsImplicit);
            case ILocalReferenceOperation l when unsupportedRefLocals.Contains(l.Local):
                return new Constant(t, "default"); // reported at its declaration
            case ILocalReferenceOperation l:
                return localNames.TryGetValue(l.Local, out string? local)
                    ? new Variable(t, local)
                    : Unsupported(op, "local '" + l.Local.Name + "' is declared in a way that is not supported");
            case IArrayElementReferenceOperation { ArrayReference: ILocalReferenceOperation array, Indices.Length: 1 } e
                when arrayLocals.TryGetValue(array.Local, out string? elementOf):
                RecordArrayUse(elementOf, ArrayUse.Read, e.Syntax);
                return new Element(t, elementOf, Expression(e.Indices[0]));
            case IPropertyReferenceOperation { Property.Name: "Length", Instance: ILocalReferenceOperation array }
                when arrayLocals.TryGetValue(array.Local, out string? lengthOf):
                return new Length(lengthOf);
            case IArrayElementReferenceOperation { ArrayReference: IParameterReferenceOperation array, Indices.Length: 1 } e:
                return new Element(t, CopyOf(array) ?? Identifiers.Escape(array.Parameter.Name), Expression(e.Indices[0]));
            case IPropertyReferenceOperation { Property.IsIndexer: true, Instance: IParameterReferenceOperation span, Arguments.Length: 1 } e
                when TypeMap.IsSpan(span.Type!):
                return new Element(t, CopyOf(span) ?? Identifiers.Escape(span.Parameter.Name), Expression(e.Arguments[0].Value));
            case IPropertyReferenceOperation { Property.Name: "Length", Instance: IParameterReferenceOperation sequence }
                when parameters.TryGetValue(Identifiers.Escape(sequence.Parameter.Name), out ParamIR? seq) && seq.IsArray:
                return new Length(seq.Name);
            case IParameterReferenceOperation p when inlinedArguments.TryGetValue(p.Parameter.OriginalDefinition, out Expr? argument):
                return argument;
            case IParameterReferenceOperation p:
                return parameters.TryGetValue(Identifiers.Escape(p.Parameter.Name), out ParamIR? parameter) && parameter.Type is not null && !parameter.IsArray
                    ? new Variable(t, parameter.Name)
                    : Unsupported(op, "parameter '" + p.Parameter.Name + "' cannot be used here");
            case IBinaryOperation { OperatorMethod: not null } b when InlinedMethodCall(b, t) is { } viaOperator:
                return viaOperator;
            case IUnaryOperation { OperatorMethod: not null } u when InlinedMethodCall(u, t) is { } viaOperator:
                return viaOperator;
            case IBinaryOperation b:
                if (b.OperatorMethod is not null || b.IsLifted || Operator(b.OperatorKind) is not BinaryOp binary)
                {
                    return Unsupported(op, "operator '" + OperatorText(b) + "' is not supported here");
                }
                return new Binary(t, binary, Expression(b.LeftOperand), Expression(b.RightOperand));
            case IUnaryOperation u:
                if (u.OperatorMethod is not null || u.IsLifted) return Unsupported(op, "user-defined or lifted operators are not supported");
                UnaryOp? unary = u.OperatorKind switch
                {
                    UnaryOperatorKind.Minus => UnaryOp.Negate,
                    UnaryOperatorKind.Plus => UnaryOp.Plus,
                    UnaryOperatorKind.Not => UnaryOp.LogicalNot,
                    UnaryOperatorKind.BitwiseNegation => UnaryOp.BitwiseNot,
                    _ => null,
                };
                return unary is UnaryOp k ? new Unary(t, k, Expression(u.Operand)) : Unsupported(op, "this unary operator is not supported");
            case IConditionalOperation c when c.WhenFalse is not null && !c.IsRef:
                return new Conditional(t, Expression(c.Condition), Expression(c.WhenTrue), Expression(c.WhenFalse));
            case IInvocationOperation call:
                return Invocation(call, t);
            case IMemberReferenceOperation { Instance: IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ContainingTypeInstance } } member:
                return InstanceMember(member, t);
            case IFieldReferenceOperation f when f.Field.IsStatic:
                // Math.PI, const and static readonly fields: constants, read through their qualified name.
                return new Constant(t, f.Field.ContainingType.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) + "." + f.Field.Name);
            case IDefaultValueOperation:
                return new Constant(t, "default(" + t.Keyword() + ")");
            case ISwitchExpressionOperation sw:
                return SwitchExpression(sw, t);
            case IIsPatternOperation p:
                return NullablePattern(p) ?? Pattern(p.Pattern, Expression(p.Value)) ?? new Constant(NumType.Boolean, "false");
            default:
                if (MentionsUnmodelled(op) && ReadsPassiveParameter(op)) return UnsupportedPassive(op);
                return Unsupported(op, Describe(op.Syntax) + " is not supported");
        }
    }

    private Expr Invocation(IInvocationOperation call, NumType type)
    {
        IMethodSymbol method = call.TargetMethod;
        if (InlinedCall(call) is { } inlined) return inlined;
        if (InlinedMethodCall(call, type) is { } inlinedMethod) return inlinedMethod;
        if (method.MethodKind == MethodKind.DelegateInvoke) return Unsupported(call, LambdaRule);
        if (BackwardRules.Find(method, callerType, out string? mismatch) is { } backwardRule)
        {
            return CalleeInvocation(call, type, Qualified(backwardRule));
        }
        if (IsDifferentiableCallee(method) && Receiver(call) is { } receiver)
        {
            return CalleeInvocation(call, type, Model.GeneratedNames.Backward(receiver + Identifiers.Escape(method.Name)), receiver + Identifiers.Escape(method.Name));
        }

        string host = method.ContainingType.ToDisplayString();
        string shown = method.ContainingType.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat) + "." + method.Name;
        RuleHost? ruleHost = host switch
        {
            "System.Math" or "System.MathF" or "double" or "float" => RuleHost.Math,
            "AutoDiffGen.Gradient" => RuleHost.Gradient,
            "AutoDiffGen.StableMath" => RuleHost.StableMath,
            _ => null,
        };
        if (host == VecType) return VecInvocation(call, type);
        bool knownHost = ruleHost is not null;
        if (ruleHost == RuleHost.StableMath && method.Parameters.Any(p => TypeMap.IsSpan(p.Type)))
        {
            // LogSumExp(span), Norm(span): the runtime ships their Backward, called like a [Differentiable] callee's.
            return CalleeInvocation(call, type, Qualified(method) + "Backward");
        }
        DerivativeRule? rule = ruleHost is RuleHost h ? DerivativeRules.Find(h, method.Name, method.Parameters.Length) : null;
        if (rule is null)
        {
            string why = knownHost
                ? "this overload has no rule; see docs/supported-csharp.md for the supported functions"
                : mismatch is not null
                ? "its backward rule " + mismatch
                : Attributes.IsDifferentiable(method)
                    ? "'" + method.Name + "' is [Differentiable] but cannot be called from differentiated code: it must be non-generic, called on this instance or on a parameter if it is an instance method, return double or float, and take its parameters by value (no ref, out, in or params)"
                    : "mark '" + method.Name + "' [Differentiable] (static, scalar parameters), give it a [BackwardOf] rule, or inline its formula";
            Report(DiagnosticDescriptors.NoDerivativeForCall, call.Syntax.GetLocation(), shown, why);
            return new Constant(type, "default");
        }

        if (call.Arguments.FirstOrDefault(a => a.Value.Type is { } argumentType && !IsModelled(argumentType)) is { } passive)
        {
            // The rule table's functions take numbers; an overload with an enum (MidpointRounding) is another function.
            return Unsupported(passive.Value, "values of type '" + passive.Value.Type!.ToDisplayString() + "' are not supported as arguments of '" + shown + "'; use an overload that takes double, float, int, long or bool");
        }
        Expr[] arguments = call.Arguments.OrderBy(a => a.Parameter?.Ordinal ?? 0).Select(a => Expression(a.Value)).ToArray();
        return new Call(type, rule.Primitive, arguments.ToEquatableArray());
    }

    private const string LambdaRule = "a lambda is inlined where it is called when a local that is never reassigned holds it and its parameters are by-value, ref or in double, float, int, long or bool; write it that way, or as a [Differentiable] method";

    /// <summary>A static [Differentiable] method with by-value scalar parameters: its generated Backward can be called.</summary>
    private static bool IsDifferentiableCallee(IMethodSymbol method) =>
        !method.IsGenericMethod
        && Attributes.IsDifferentiable(method)
        && TypeMap.From(method.ReturnType) is NumType.Double or NumType.Single
        && method.Parameters.All(p => p.RefKind == RefKind.None && !p.IsParams);

    private static string Qualified(IMethodSymbol method) =>
        method.ContainingType.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) + "." + Identifiers.Escape(method.Name);

    /// <summary>
    /// What a call of a [Differentiable] method is written on, ending in '.': the qualified type for a static
    /// method; <c>this.</c> for an instance method of this instance; a parameter's name for one of a parameter the
    /// method passes through (an instance, never differentiated); null for another receiver (not supported).
    /// </summary>
    private string? Receiver(IInvocationOperation call) => call.Instance switch
    {
        null => call.TargetMethod.ContainingType.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) + ".",
        IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ContainingTypeInstance } => "this.",
        IParameterReferenceOperation p when parameters.TryGetValue(Identifiers.Escape(p.Parameter.Name), out ParamIR? parameter) && parameter.Type is null && !parameter.IsArray
            => parameter.Name + ".",
        _ => null,
    };

    private Expr CalleeInvocation(IInvocationOperation call, NumType type, string backward, string? written = null)
    {
        IMethodSymbol method = call.TargetMethod;
        IArgumentOperation[] arguments = call.Arguments.OrderBy(a => a.Parameter?.Ordinal ?? 0).ToArray();
        bool[] differentiable = method.Parameters.Select(Attributes.IsDifferentiable).ToArray();
        // An argument for a parameter of a type the IR does not model (char, string, an enum…) must be passive: it is passed through.
        Expr Argument(IArgumentOperation a) =>
            a.Parameter is { } p && TypeMap.ElementOf(p.Type) is NumType element && IsModelled(p.Type)
                ? CalleeWrites(method, p)
                    ? Unsupported(a.Value, "'" + method.Name + "' writes its array parameter '" + p.Name + "', and its Backward says nothing about what that change does to the array passed here; copy the array into a local array inside '" + method.Name + "' and change the copy, or inline the code")
                    : ArrayArgument(a.Value, element)
                : Expression(a.Value);
        var invoke = new Invoke(type, written ?? Qualified(method), arguments.Select(Argument).ToEquatableArray(), differentiable.ToEquatableArray(), backward);
        CalleeCalls.Add((invoke, arguments, method.Name, method.Parameters.Select(p => p.Name).ToArray()));
        return invoke;
    }

    // ---- helpers -----------------------------------------------------------------------------

    /// <summary>A unique name for a local: the user's name, suffixed when another local (in a sibling scope) has it.</summary>
    private string Name(ILocalSymbol local)
    {
        if (localNames.TryGetValue(local, out string? name)) return name;
        string written = Identifiers.Escape(local.Name);
        name = written;
        for (int i = 1; !usedLocalNames.Add(name) || (name != written && reserved.Contains(name)); i++)
        {
            name = written + "_" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        localNames.Add(local, name);
        return name;
    }

    private Expr Unsupported(IOperation op, string why)
    {
        Report(DiagnosticDescriptors.UnsupportedExpression, op.Syntax.GetLocation(), why);
        return new Constant(NumType.Double, "default");
    }

    private void Report(DiagnosticDescriptor descriptor, Location location, params object[] arguments) =>
        Diagnostics.Add(Diagnostic.Create(descriptor, location, arguments));

    /// <summary>Statements that start with a keyword (for, while, switch, try…) are reported on the keyword.</summary>
    private static Location StatementLocation(SyntaxNode statement)
    {
        SyntaxToken first = statement.GetFirstToken();
        return Microsoft.CodeAnalysis.CSharp.SyntaxFacts.IsKeywordKind(Microsoft.CodeAnalysis.CSharp.CSharpExtensions.Kind(first))
            ? first.GetLocation()
            : statement.GetLocation();
    }

    private static string Describe(SyntaxNode syntax)
    {
        SyntaxToken first = syntax.GetFirstToken();
        return Microsoft.CodeAnalysis.CSharp.SyntaxFacts.IsKeywordKind(Microsoft.CodeAnalysis.CSharp.CSharpExtensions.Kind(first))
            ? "'" + first.Text + "'"
            : "'" + Text(syntax) + "'";
    }

    /// <summary>The user's code on one line, for comments in the generated code and messages.</summary>
    public static string Text(SyntaxNode syntax) => OneLine(syntax.ToString());

    private static string OneLine(string text) =>
        string.Join(" ", text.Split((char[]?)null, System.StringSplitOptions.RemoveEmptyEntries));

    private static NumType Wider(NumType a, NumType b)
    {
        NumType[] order = { NumType.Double, NumType.Single, NumType.Int64, NumType.Int32 };
        foreach (NumType t in order)
        {
            if (a == t || b == t) return t;
        }
        return a;
    }

    private static BinaryOp? Operator(BinaryOperatorKind kind) => kind switch
    {
        BinaryOperatorKind.Add => BinaryOp.Add,
        BinaryOperatorKind.Subtract => BinaryOp.Subtract,
        BinaryOperatorKind.Multiply => BinaryOp.Multiply,
        BinaryOperatorKind.Divide => BinaryOp.Divide,
        BinaryOperatorKind.Remainder => BinaryOp.Remainder,
        BinaryOperatorKind.Equals => BinaryOp.Equal,
        BinaryOperatorKind.NotEquals => BinaryOp.NotEqual,
        BinaryOperatorKind.LessThan => BinaryOp.Less,
        BinaryOperatorKind.LessThanOrEqual => BinaryOp.LessOrEqual,
        BinaryOperatorKind.GreaterThan => BinaryOp.Greater,
        BinaryOperatorKind.GreaterThanOrEqual => BinaryOp.GreaterOrEqual,
        BinaryOperatorKind.ConditionalAnd => BinaryOp.ConditionalAnd,
        BinaryOperatorKind.ConditionalOr => BinaryOp.ConditionalOr,
        BinaryOperatorKind.And => BinaryOp.And,
        BinaryOperatorKind.Or => BinaryOp.Or,
        BinaryOperatorKind.ExclusiveOr => BinaryOp.Xor,
        BinaryOperatorKind.LeftShift => BinaryOp.ShiftLeft,
        BinaryOperatorKind.RightShift => BinaryOp.ShiftRight,
        _ => null,
    };

    private static string OperatorText(IBinaryOperation b) =>
        b.Syntax is BinaryExpressionSyntax s ? s.OperatorToken.Text : b.OperatorKind.ToString();
}
