using System.Collections.Generic;
using System.Linq;
using AutoDiffGen.Generator.Diagnostics;
using AutoDiffGen.Generator.IR;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace AutoDiffGen.Generator.Parsing;

/// <summary>
/// Assignments, compound assignments and <c>++</c>/<c>--</c> used as values inside an expression
/// (<c>while (n-- > 0)</c>, <c>if ((r = i * j) != 0)</c>, <c>x = ++t[0];</c>). Each becomes statements
/// placed before the statement that contains it (a postfix one first keeps the old value in a local), and
/// the expression reads the result: C#'s left-to-right order, as long as nothing else in the statement
/// reads what is changed and the change is not in a branch of <c>?:</c> (or after <c>??</c>); those are
/// reported, since hoisting would change what they read. After <c>&amp;&amp;</c> or <c>||</c> the changes
/// run under an if (<see cref="ShortCircuit"/>). A loop condition's changes run before each test:
/// <c>while (c) body</c> becomes <c>while (true) { changes; if (!c) break; body }</c>.
/// </summary>
internal sealed partial class BodyLowering
{
    /// <summary>Where the changes found in the expressions of the statement being lowered go, and that statement.</summary>
    private List<Stmt>? sideEffects;

    private IOperation? sideEffectStatement;

    /// <summary>The operand that is known to run when the changes found now run: the statement, or the right
    /// operand of a &amp;&amp; or || lowered by <see cref="ShortCircuit"/>.</summary>
    private IOperation? changeScope;

    private void Statement(IOperation op, List<Stmt> into)
    {
        (List<Stmt>? outerEffects, IOperation? outerStatement, IOperation? outerScope) = (sideEffects, sideEffectStatement, changeScope);
        (sideEffects, sideEffectStatement, changeScope) = (new List<Stmt>(), op, op);
        int position = into.Count;
        LowerStatement(op, into);
        into.InsertRange(position, sideEffects);
        (sideEffects, sideEffectStatement, changeScope) = (outerEffects, outerStatement, outerScope);
    }

    private static bool IsChange(IOperation op) => op is IIncrementOrDecrementOperation or ISimpleAssignmentOperation or ICompoundAssignmentOperation;

    /// <summary>What an assignment, compound assignment or <c>++</c>/<c>--</c> writes; null for any other operation.</summary>
    private static IOperation? Written(IOperation op) => op switch
    {
        IAssignmentOperation a => a.Target,
        IIncrementOrDecrementOperation i => i.Target,
        _ => null,
    };

    /// <summary>The first of <paramref name="symbols"/> that <paramref name="scope"/> assigns (as a local or parameter), or null.</summary>
    private static ISymbol? AssignedIn(IOperation scope, ISet<ISymbol> symbols) =>
        scope.Descendants().Select(Written).Select(w => w is null ? null : Symbol(w)).FirstOrDefault(s => s is not null && symbols.Contains(s));

    /// <summary>A change used as a value: its statements go to <see cref="sideEffects"/>, the value read after (before, for postfix).</summary>
    private Expr Hoisted(IOperation op, NumType type)
    {
        IOperation target = ResolveAlias(Written(op) ?? op);
        if (sideEffects is null || sideEffectStatement is null) return Unsupported(op, "an assignment or ++/-- inside this expression is not supported; write it as a statement of its own");
        if (MayNotRun(op)) return Unsupported(op, "an assignment or ++/-- in a branch of ?: (or after ??) is not supported, since only one branch runs; write it as a statement of its own, or use if/else");
        if (ChangedSymbol(target) is not { } changed) return Unsupported(op, "only locals, parameters and elements of local arrays can be assigned");
        if (ReadElsewhere(changed, ConstantIndex(target), op)) return Unsupported(op, "'" + changed.Name + "' is changed here and also read elsewhere in the same statement, whose order of evaluation this would change; write the change as a statement of its own");

        string source = Text(op.Syntax) + ";";
        if (IsElementTarget(target))
        {
            if (ElementTarget(target) is not { } t) return new Constant(type, "default");
            var element = new Element(t.Type, t.Array, t.Index);
            Expr? before = op is IIncrementOrDecrementOperation { IsPostfix: true } ? Keep(element, source) : null;
            if (NewValue(op, element) is not { } value) return new Constant(type, "default");
            sideEffects.Add(new AssignElement(source, t.Array, t.Index, value, IsInitializer: false));
            return Converted(before ?? element, type);
        }

        if (Target(target) is not { } variable) return new Constant(type, "default");
        Expr? old = op is IIncrementOrDecrementOperation { IsPostfix: true } ? Keep(variable, source) : null;
        if (NewValue(op, variable) is not { } assigned) return new Constant(type, "default");
        sideEffects.Add(new Assign(source, variable.Name, assigned, IsDeclaration: false));
        return Converted(old ?? variable, type);
    }

    /// <summary>The value a change gives its target (whose current value is <paramref name="current"/>), or null (reported).</summary>
    private Expr? NewValue(IOperation change, Expr current) => change switch
    {
        ISimpleAssignmentOperation a => Expression(a.Value),
        ICompoundAssignmentOperation a => CompoundValue(a, current),
        IIncrementOrDecrementOperation i => Stepped(i, current),
        _ => null,
    };

    /// <summary>x++ has the value x had: kept in a local before the change.</summary>
    private Variable Keep(Expr value, string source)
    {
        string kept = DeclareLocal("old", value.Type);
        sideEffects!.Add(new Assign(source, kept, value, IsDeclaration: true));
        return new Variable(value.Type, kept);
    }

    private static Expr Converted(Expr e, NumType type) => e.Type == type ? e : new IR.Convert(type, e, IsExplicit: false);

    private static ISymbol? ChangedSymbol(IOperation target) => target switch
    {
        ILocalReferenceOperation l => l.Local,
        IParameterReferenceOperation p => p.Parameter,
        IArrayElementReferenceOperation { ArrayReference: ILocalReferenceOperation l } => l.Local,
        IArrayElementReferenceOperation { ArrayReference: IParameterReferenceOperation p } => p.Parameter,
        IMemberReferenceOperation { Instance: ILocalReferenceOperation l } => l.Local,
        _ => null,
    };

    /// <summary>
    /// Whether the statement's own expressions read <paramref name="changed"/> outside the change itself
    /// (the statements nested in it, an if's branches, run after the change and may read it).
    /// </summary>
    private bool ReadElsewhere(ISymbol changed, int? changedIndex, IOperation change)
    {
        bool Reads(IOperation o)
        {
            if (o == change) return false;
            if (o != sideEffectStatement && o.Syntax is StatementSyntax) return false;
            // t[0] = … and t[3] are different elements: a change of one is not a read of the other.
            if (changedIndex is int index && o is IArrayElementReferenceOperation { ArrayReference: ILocalReferenceOperation or IParameterReferenceOperation } && ConstantIndex(o) is int other && other != index)
            {
                return false;
            }
            IOperation aliased = ResolveAlias(o);
            if (aliased != o) return Reads(aliased);
            bool read = o switch
            {
                ILocalReferenceOperation l => SymbolEqualityComparer.Default.Equals(l.Local, changed),
                IParameterReferenceOperation p => SymbolEqualityComparer.Default.Equals(p.Parameter, changed),
                _ => false,
            };
            return read || o.ChildOperations.Any(Reads);
        }
        return Reads(sideEffectStatement!);
    }

    /// <summary>The index of an element reference <c>a[k]</c> whose index is an <c>int</c> constant, else null.</summary>
    private static int? ConstantIndex(IOperation target) =>
        target is IArrayElementReferenceOperation { Indices.Length: 1 } e && e.Indices[0].ConstantValue is { HasValue: true, Value: int k } ? k : null;

    /// <summary>Whether <paramref name="op"/> sits in an operand the statement evaluates only sometimes.</summary>
    private bool MayNotRun(IOperation op)
    {
        for (IOperation child = op, parent = op.Parent!; parent is not null && child != changeScope && child != sideEffectStatement; child = parent, parent = parent.Parent!)
        {
            bool conditional = parent switch
            {
                IBinaryOperation b => b.OperatorKind is BinaryOperatorKind.ConditionalAnd or BinaryOperatorKind.ConditionalOr && child == b.RightOperand,
                IConditionalOperation c => child != c.Condition && !c.IsRef && c.Type is not null,
                ICoalesceOperation c => child == c.WhenNull,
                _ => false,
            };
            if (conditional) return true;
        }
        return false;
    }

    /// <summary>
    /// A loop's test. When it changes variables, the changes run before each test (returned as
    /// <paramref name="prelude"/>): a while loop becomes <c>while (true)</c> with them and <c>if (!test) break;</c>
    /// at the top of its body; a do … while keeps its test and has them at the bottom of its body, which a
    /// <c>continue</c> would skip, so that case is reported.
    /// </summary>
    private Expr LoopTest(IOperation condition, bool testFirst, bool bodyContinues, out List<Stmt> prelude)
    {
        (List<Stmt>? outerEffects, IOperation? outerStatement, IOperation? outerScope) = (sideEffects, sideEffectStatement, changeScope);
        (sideEffects, sideEffectStatement, changeScope) = (new List<Stmt>(), condition, condition);
        Expr test = Expression(condition);
        prelude = sideEffects;
        (sideEffects, sideEffectStatement, changeScope) = (outerEffects, outerStatement, outerScope);
        if (prelude.Count == 0) return test;
        if (!testFirst)
        {
            if (bodyContinues)
            {
                Report(DiagnosticDescriptors.UnsupportedExpression, condition.DescendantsAndSelf().First(IsChange).Syntax.GetLocation(),
                    "a do … while condition that changes a variable is not supported in a loop with 'continue'; change it in the loop body");
                prelude.Clear();
            }
            return test;
        }
        string source = "if (!(" + Text(condition.Syntax) + ")) break;";
        prelude.Add(new If(source, new Unary(NumType.Boolean, UnaryOp.LogicalNot, test), new Stmt[] { new Break(source) }.ToEquatableArray(), EquatableArray<Stmt>.Empty));
        return new Constant(NumType.Boolean, "true");
    }

    /// <summary>
    /// <c>a &amp;&amp; b</c> (or <c>a || b</c>) whose right operand changes variables: the right operand's changes
    /// may only run when C# evaluates it, so the test becomes statements,
    /// <c>bool test = a; if (test) { changes of b; test = b; }</c> (<c>if (!test)</c> for ||), and reads <c>test</c>.
    /// </summary>
    private Expr ShortCircuit(IBinaryOperation op)
    {
        string source = Text(op.Syntax) + ";";
        var test = new Variable(NumType.Boolean, DeclareLocal("test", NumType.Boolean));
        sideEffects!.Add(new Assign(source, test.Name, Expression(op.LeftOperand), IsDeclaration: true));

        (List<Stmt>? outerEffects, IOperation? outerScope) = (sideEffects, changeScope);
        (sideEffects, changeScope) = (new List<Stmt>(), op.RightOperand);
        Expr right = Expression(op.RightOperand);
        List<Stmt> rightEffects = sideEffects;
        (sideEffects, changeScope) = (outerEffects, outerScope);

        rightEffects.Add(new Assign(source, test.Name, right, IsDeclaration: false));
        Expr runsRight = op.OperatorKind == BinaryOperatorKind.ConditionalAnd ? test : new Unary(NumType.Boolean, UnaryOp.LogicalNot, test);
        sideEffects.Add(new If(source, runsRight, rightEffects.ToEquatableArray(), EquatableArray<Stmt>.Empty));
        return test;
    }

    /// <summary>Whether a continue in the body targets this loop (not an inner one).</summary>
    private static bool HasContinue(ILoopOperation loop) =>
        loop.Body.DescendantsAndSelf().OfType<IBranchOperation>()
            .Any(b => b.BranchKind == BranchKind.Continue && SymbolEqualityComparer.Default.Equals(b.Target, loop.ContinueLabel));
}
