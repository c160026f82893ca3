using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using AutoDiffGen.Generator.IR;
using AutoDiffGen.Generator.Lowering;
using static AutoDiffGen.Generator.Differentiation.Build;

namespace AutoDiffGen.Generator.Differentiation;

/// <summary>
/// Reverse-mode differentiation of a method into a <see cref="GradientBody"/>.
/// Each path of the method (see <see cref="TailForm"/>) becomes its forward pass (the user's
/// statements, with temporaries for the values the backward pass reads) followed by its backward
/// pass (one adjoint block per statement, in reverse order). A reassigned variable's old value is
/// saved before the assignment and restored when the backward pass reaches it; conditions are
/// re-evaluated on restored values, so the backward pass takes the same branch as the forward pass
/// and never evaluates a branch that was not taken.
/// </summary>
internal sealed partial class ReverseMode
{
    /// <summary>The contract name of the seed parameter of <c>MBackward</c>.</summary>
    public const string SeedName = "seed";

    private const string Placeholder = "\u0001";

    private readonly NameAllocator names;
    private readonly Activity activity;
    private readonly Dictionary<string, NumType> types = new();
    private readonly Dictionary<string, string> adjoints = new();
    private readonly Dictionary<string, LocalInfo> locals = new();

    /// <summary>Local arrays by name, with their element types.</summary>
    private readonly Dictionary<string, NumType> arrays = new();

    /// <summary>The adjoint arrays of active local arrays (declared by <see cref="CodeDeclareArray"/>, not in <see cref="locals"/>).</summary>
    private readonly HashSet<string> arrayAdjoints = new();
    private readonly Expr seed;
    private readonly string result;
    private readonly TailBlock program;

    /// <summary>How many loops enclose the statement being differentiated.</summary>
    private int loopDepth;

    /// <summary>The tape's name, once a loop needs one.</summary>
    private string? tape;

    /// <summary>Temporaries of the statement being linearized, by value: <c>(f3 - y) * (f3 - y)</c> names <c>f3 - y</c> once.</summary>
    private readonly Dictionary<Expr, string> statementTemporaries = new();

    private ReverseMode(MethodIR method, bool seedParameter)
    {
        names = new NameAllocator(method.ReservedNames
            .Concat(method.Parameters.Select(p => p.Name))
            .Concat(method.Parameters.Select(p => p.GradientName))
            .Append(SeedName));
        foreach (LocalIR local in method.Locals) names.Reserve(local.Name);

        (IReadOnlyList<Stmt> body, IReadOnlyList<LocalIR> copies, IReadOnlyDictionary<string, string> copyOf) = ParameterCopies.Apply(method, names);
        writeBacks = method.Parameters.Where(p => p.RefKind == "ref " && copyOf.ContainsKey(p.Name))
            .Select(p => new CodeAssign(p.Name, new Variable(p.Type!.Value, copyOf[p.Name]))).ToImmutableArray();

        foreach (ParamIR p in method.Parameters)
        {
            if (p.Type is NumType type) types[p.Name] = type;
            if (p.IsDifferentiable) adjoints[p.Name] = p.GradientName;
        }
        foreach (LocalIR local in method.Locals.Concat(copies))
        {
            if (local.IsArray) arrays[local.Name] = local.Type;
            else Declare(local.Name, local.Type, isAdjoint: false);
        }

        activity = new Activity(method.Parameters, body);
        result = names.Fresh("result");
        Declare(result, method.ReturnType, isAdjoint: false);
        seed = seedParameter ? new Variable(method.ReturnType, SeedName) : Num(method.ReturnType, "1");
        program = TailForm.Build(body, method.ReturnType);
    }

    /// <summary>Differentiates <paramref name="method"/>. With <paramref name="seedParameter"/> the
    /// result's adjoint is the <c>seed</c> parameter (MBackward); otherwise it is 1 (MGradient).</summary>
    public static GradientBody Differentiate(MethodIR method, bool seedParameter)
    {
        var builder = new ReverseMode(method, seedParameter);
        List<CodeStmt> code = builder.Block(builder.program, new List<CodeStmt>());
        // A method whose every path throws has no return (it would be unreachable code).
        if (TailForm.Returns(builder.program)) code.Add(new CodeReturn(new Variable(method.ReturnType, builder.result)));
        code.InsertRange(0, builder.NestedArrayVariables());
        ImmutableArray<CodeStmt> statements = ZeroAdjointElision.Apply(builder.DeclareDiscards(code.ToImmutableArray(), top: true), builder.locals, builder.arrayAdjoints);
        // Dropping a save can empty a branch whose condition kept another save alive: repeat to a fixed point.
        for (ImmutableArray<CodeStmt> before = default; before != statements;)
        {
            before = statements;
            statements = SaveElision.Apply(statements, builder.locals);
        }
        ImmutableArray<string> zeroed = ImmutableArray<string>.Empty;
        if (!seedParameter)
        {
            (statements, zeroed) = OutputAssignment.Apply(statements,
                method.Parameters.Where(p => p.IsDifferentiable && !p.IsArray).Select(p => p.GradientName));
        }
        // A tape whose every push was dropped is not declared at all.
        TapeLocals? tape = UsesTape(statements) && builder.tape is { } items
            ? new TapeLocals(items, builder.names.Fresh(items + "Top"), builder.names.Fresh(items + "Pool"))
            : null;
        return new GradientBody(statements, builder.locals, tape, zeroed);
    }

    private static bool UsesTape(ImmutableArray<CodeStmt> code) => code.Any(s => s switch
    {
        CodePush or CodePushElement => true,
        CodeRenewArray r => r.Tape is not null,
        CodeIf f => UsesTape(f.Then) || UsesTape(f.Else),
        CodeLoop l => UsesTape(l.Body),
        CodeReverseLoop r => UsesTape(r.Body),
        _ => false,
    });

    // ---- blocks and statements -------------------------------------------------------------

    /// <summary>
    /// A block's forward code, then its tail. <paramref name="pendingBackward"/> is the backward code
    /// of the statements before this block; each return path ends with its own copy, so that on every
    /// path the backward pass knows which adjoints are still zero (values that path never used).
    /// </summary>
    private List<CodeStmt> Block(TailBlock block, List<CodeStmt> pendingBackward)
    {
        (List<CodeStmt> code, List<CodeStmt> backward) = Straight(block.Statements);
        backward.AddRange(pendingBackward);
        switch (block.Tail)
        {
            case TailReturn r:
                code.AddRange(ReturnCode(r));
                code.AddRange(backward);
                break;
            case TailThrow t:
                // The backward pass of this path is never reached.
                code.Add(new CodeComment(t.Source));
                code.Add(new CodeThrow(t.Exception));
                break;
            case TailIf t:
                code.Add(new CodeComment(t.Source));
                code.Add(new CodeIf(t.Condition, Block(t.Then, backward).ToImmutableArray(), Block(t.Else, backward).ToImmutableArray()));
                break;
        }
        return code;
    }

    /// <summary>Forward code of a statement list, and its backward code (already in reverse order).</summary>
    private (List<CodeStmt> Forward, List<CodeStmt> Backward) Straight(IEnumerable<Stmt> statements)
    {
        var forward = new List<CodeStmt>();
        var chunks = new List<List<CodeStmt>>();
        Stmt? previous = null;
        foreach (Stmt s in statements)
        {
            var chunk = new List<CodeStmt>();
            switch (s)
            {
                case Assign a: AssignCode(a, forward, chunk); break;
                case If f: IfCode(f, forward, chunk); break;
                case Loop l: LoopCode(l, CountedFrom(l, previous), forward, chunk); break;
                case DeclareArray d: DeclareArrayCode(d, forward, chunk); break;
                case CallInto c: CallIntoCode(c, forward, chunk); break;
                case Throw t:
                    // Inside a loop or a branch that does not return: it ends the call, and no backward code follows it.
                    forward.Add(new CodeComment(t.Source));
                    forward.Add(new CodeThrow(t.Exception));
                    break;
                case AssignElement e:
                    // Two steps: the value into a temporary (its own adjoint code), then the element write.
                    string value = ElementValue(e);
                    AssignCode(new Assign(e.Source, value, e.Value, IsDeclaration: true), forward, chunk);
                    chunks.Add(chunk);
                    chunk = new List<CodeStmt>();
                    AssignElementCode(e, value, forward, chunk);
                    break;
                default: throw new InvalidOperationException("unexpected statement " + s.GetType().Name);
            }
            chunks.Add(chunk);
            previous = s;
        }

        var backward = new List<CodeStmt>();
        for (int i = chunks.Count - 1; i >= 0; i--) backward.AddRange(chunks[i]);
        return (forward, backward);
    }

    private void AssignCode(Assign a, List<CodeStmt> forward, List<CodeStmt> backward)
    {
        NumType type = types[a.Target];
        forward.Add(new CodeComment(a.Source));
        // In a loop every assignment overwrites the previous iteration's value.
        bool overwrites = !a.IsDeclaration || loopDepth > 0;

        bool active = type.IsFloating() && activity.IsActive(a.Target);
        if (recomputed.Contains(a))
        {
            // Recomputed at the start of each backward iteration (see Recomputable): nothing to keep.
            forward.Add(new CodeAssign(a.Target, a.Value));
            return;
        }
        if (!active)
        {
            CodeStmt? undo = overwrites ? Undo(a) ?? Save(a.Target, forward) : null;
            forward.Add(new CodeAssign(a.Target, a.Value));
            if (undo is not null) backward.Add(undo);
            return;
        }

        List<Part> parts = Linearize(a.Value, a.Target, resultIsNamed: !overwrites);
        Forward(parts.Take(parts.Count - 1), forward, new HashSet<string>());
        CodeStmt? restore = overwrites ? Save(a.Target, forward) : null;
        Forward(parts.Skip(parts.Count - 1), forward, new HashSet<string>());

        backward.Add(new CodeComment("∂ " + a.Source));
        string adjoint = Adjoint(a.Target);
        Expr g = new Variable(type, adjoint);
        bool resetAfter = false;
        if (restore is not null)
        {
            backward.Add(restore);
            if (IncrementOf(a.Target, parts) is { } increment)
            {
                // x = x ± e: ∂/∂x is 1, so x's adjoint passes through unchanged and only e receives ±g.
                parts[parts.Count - 1] = new Def(a.Target, increment, IsRoot: true);
            }
            else if (parts.Any(p => Reads(p, a.Target)))
            {
                // x = f(x): x's adjoint is both the input (g) and a receiver; take g out first.
                string taken = names.Numbered("g");
                Declare(taken, type, isAdjoint: true);
                backward.Add(new CodeAssign(taken, g));
                backward.Add(new CodeAssign(adjoint, Num(type, "0")));
                g = new Variable(type, taken);
            }
            else
            {
                resetAfter = true;
            }
        }

        int before = backward.Count;
        Backward(parts, g, backward, new HashSet<string>());
        if (resetAfter) backward.Add(new CodeAssign(adjoint, Num(type, "0")));
        if (backward.Count == before && restore is null) backward.Clear(); // nothing flows back through a constant
    }

    /// <summary>
    /// For <c>x = x + e</c> (or <c>x − e</c>) where nothing else in the statement reads x: the part of
    /// the value whose adjoint must still be propagated (<c>e</c>, or <c>−e</c>). Null otherwise.
    /// </summary>
    private static Expr? IncrementOf(string target, List<Part> parts)
    {
        if (parts[parts.Count - 1] is not Def { IsRoot: true, Value: Binary { Op: BinaryOp.Add or BinaryOp.Subtract, Left: Variable x } sum } || x.Name != target) return null;
        if (ExprWalk.Reads(sum.Right, target) || parts.Take(parts.Count - 1).Any(p => Reads(p, target))) return null;
        return sum.Op == BinaryOp.Add ? sum.Right : new Unary(sum.Type, UnaryOp.Negate, sum.Right);
    }

    /// <summary>
    /// Keeps <paramref name="variable"/>'s value before it is overwritten (a local copy, or the tape
    /// inside loops) and returns the statement that puts it back in the backward pass.
    /// </summary>
    private CodeStmt Save(string variable, List<CodeStmt> forward)
    {
        if (loopDepth > 0)
        {
            tape ??= names.Fresh("tape");
            int site = ++sites;
            forward.Add(new CodePush(tape, variable, site));
            return new CodePop(tape, variable, site);
        }

        string saved = names.Fresh(variable + "_saved");
        Declare(saved, types[variable], isAdjoint: false);
        forward.Add(new CodeSave(saved, variable));
        return new CodeRestore(variable, saved);
    }

    /// <summary>Numbers each save, so that SaveElision can drop one pair of push and pop.</summary>
    private int sites;

    /// <summary><c>i = i ± c</c> on an int or long is undone exactly by <c>i = i ∓ c</c> (two's complement
    /// wraps both ways): no need to keep the old value. Null for any other assignment.</summary>
    private CodeStmt? Undo(Assign a)
    {
        if (types[a.Target] is not (NumType.Int32 or NumType.Int64)) return null;
        if (a.Value is not Binary { Op: BinaryOp.Add or BinaryOp.Subtract, Left: Variable v } b || v.Name != a.Target) return null;
        if (b.Right is not (Constant or IR.Convert { Operand: Constant })) return null;
        BinaryOp inverse = b.Op == BinaryOp.Add ? BinaryOp.Subtract : BinaryOp.Add;
        return new CodeUndo(a.Target, b with { Op = inverse }, ++sites);
    }

    /// <summary>
    /// The start of a counted loop, <c>c = A; while (…) { …; c = c + 1; }</c> where only the last
    /// statement changes the int counter c and A does not change in the loop: then the loop ran
    /// c − A times, and its backward loop can walk c back down to A (each iteration's first step
    /// undoes c + 1) instead of keeping an iteration count. Null for any other loop.
    /// </summary>
    /// <param name="Condition">The backward loop's condition, <c>c &gt; A</c>.</param>
    /// <param name="Exit">The counter's value when the loop ends, when it can be computed without running
    /// the loop (<c>c &lt; B</c> with B unchanged by the loop: <c>A &lt; B ? B : A</c>), else null.</param>
    private sealed record Counted(string Counter, Expr Condition, Expr? Exit);

    private Counted? CountedFrom(Loop l, Stmt? previous)
    {
        if (!l.TestFirst || previous is not Assign { Target: string c, Value: Expr start } || l.Body.Count == 0) return null;
        if (types.TryGetValue(c, out NumType type) is false || type is not (NumType.Int32 or NumType.Int64)) return null;
        if (l.Body[l.Body.Count - 1] is not Assign { Value: Binary { Op: BinaryOp.Add, Left: Variable v, Right: Constant one } } step
            || step.Target != c || v.Name != c || one.Text != "1") return null;
        HashSet<string> assigned = StmtWalk.AssignedIn(l.Body.Take(l.Body.Count - 1));
        var reads = new HashSet<string>();
        ExprWalk.CollectReads(start, reads);
        if (assigned.Contains(c) || reads.Contains(c) || reads.Overlaps(StmtWalk.AssignedIn(l.Body))) return null;
        if (ExprWalk.Any(start, e => e is IR.Call or Invoke or Conditional)) return null;

        Expr? exit = null;
        if (l.Condition is Binary { Op: BinaryOp.Less or BinaryOp.LessOrEqual, Left: Variable counter, Right: Expr bound } test && counter.Name == c
            && !ExprWalk.Any(bound, e => e is IR.Call or Invoke or Conditional or Element))
        {
            var boundReads = new HashSet<string>();
            ExprWalk.CollectReads(bound, boundReads);
            if (!boundReads.Overlaps(StmtWalk.AssignedIn(l.Body)))
            {
                Expr limit = test.Op == BinaryOp.Less ? bound : new Binary(bound.Type, BinaryOp.Add, bound, Num(bound.Type, "1"));
                exit = new Conditional(type, new Binary(NumType.Boolean, BinaryOp.Less, start, limit), limit, start);
            }
        }
        return new Counted(c, new Binary(NumType.Boolean, BinaryOp.Greater, new Variable(type, c), start), exit);
    }

    /// <summary>Integer locals declared in a counted loop's body that the backward pass recomputes instead of keeping.</summary>
    private readonly HashSet<Assign> recomputed = new(new ByReference<Assign>());

    /// <summary>
    /// Integer locals declared in the body of a counted loop and assigned only there, from values the
    /// loop never changes and its counter (<c>int off = k * size;</c>): each iteration's value can be
    /// computed again at the start of its backward iteration, so it need not go on the tape.
    /// </summary>
    private List<Assign> Recomputable(Loop l, string counter)
    {
        HashSet<string> changed = StmtWalk.AssignedIn(l.Body);
        changed.Remove(counter);
        var result = new List<Assign>();
        foreach (Stmt s in l.Body)
        {
            if (s is not Assign { IsDeclaration: true } a || types[a.Target] is not (NumType.Int32 or NumType.Int64)) continue;
            if (StmtWalk.All(l.Body).OfType<Assign>().Count(x => x.Target == a.Target) != 1) continue;
            if (ExprWalk.Any(a.Value, e => e is IR.Call or Invoke or Conditional or Element)) continue;
            var reads = new HashSet<string>();
            ExprWalk.CollectReads(a.Value, reads);
            if (reads.Contains(a.Target) || reads.Overlaps(changed)) continue;
            result.Add(a);
        }
        return result;
    }

    private void LoopCode(Loop l, Counted? counted, List<CodeStmt> forward, List<CodeStmt> backward)
    {
        forward.Add(new CodeComment(l.Source));
        if (counted is not null)
        {
            List<Assign> recomputable = Recomputable(l, counted.Counter);
            recomputed.UnionWith(recomputable);
            loopDepth++;
            (List<CodeStmt> countedForward, List<CodeStmt> countedBackward) = Straight(l.Body);
            loopDepth--;
            // Right after the backward iteration undoes the counter's step, the counter and everything
            // these read have their values from the forward iteration: compute them again.
            countedBackward.InsertRange(countedBackward.Count > 0 && countedBackward[0] is CodeUndo ? 1 : 0,
                recomputable.Select(a => (CodeStmt)new CodeAssign(a.Target, a.Value)));
            forward.Add(new CodeLoop(l.Condition, countedForward.ToImmutableArray(), l.TestFirst));
            backward.Add(new CodeComment("∂ " + l.Source + " (iterations in reverse)"));
            // Nested in a loop, the counter's exit value would otherwise be kept on the tape for every
            // run of this loop (to be restored here); computed from its bounds, it needs none.
            if (loopDepth > 0 && counted.Exit is { } exit) backward.Add(new CodeAssign(counted.Counter, exit));
            backward.Add(new CodeReverseLoop(counted.Condition, null, countedBackward.ToImmutableArray()));
            return;
        }

        string counter = names.Fresh("iterations");
        Declare(counter, NumType.Int32, isAdjoint: false);
        var iterations = new Variable(NumType.Int32, counter);

        CodeStmt? restoreCounter = loopDepth > 0 ? Save(counter, forward) : null;
        forward.Add(new CodeAssign(counter, Num(NumType.Int32, "0")));

        loopDepth++;
        (List<CodeStmt> bodyForward, List<CodeStmt> bodyBackward) = Straight(l.Body);
        loopDepth--;

        bodyForward.Add(new CodeAssign(counter, new Binary(NumType.Int32, BinaryOp.Add, iterations, Num(NumType.Int32, "1"))));
        forward.Add(new CodeLoop(l.Condition, bodyForward.ToImmutableArray(), l.TestFirst));

        backward.Add(new CodeComment("∂ " + l.Source + " (iterations in reverse)"));
        backward.Add(new CodeReverseLoop(new Binary(NumType.Boolean, BinaryOp.Greater, iterations, Num(NumType.Int32, "0")), counter, bodyBackward.ToImmutableArray()));
        if (restoreCounter is not null) backward.Add(restoreCounter);
    }

    private void IfCode(If f, List<CodeStmt> forward, List<CodeStmt> backward)
    {
        Expr condition = f.Condition;
        forward.Add(new CodeComment(f.Source));
        var reads = new HashSet<string>();
        ExprWalk.CollectReads(condition, reads);
        CodeStmt? restoreDecision = null;
        if (StmtWalk.AssignedIn(f.Then.Concat(f.Else)).Overlaps(reads))
        {
            // The branch changes what the condition reads; keep the decision for the backward pass.
            string kept = names.Fresh("cond");
            Declare(kept, NumType.Boolean, isAdjoint: false);
            if (loopDepth > 0) restoreDecision = Save(kept, forward);
            forward.Add(new CodeAssign(kept, condition));
            condition = new Variable(NumType.Boolean, kept);
        }

        (List<CodeStmt> thenForward, List<CodeStmt> thenBackward) = Straight(f.Then);
        (List<CodeStmt> elseForward, List<CodeStmt> elseBackward) = Straight(f.Else);
        forward.Add(new CodeIf(condition, thenForward.ToImmutableArray(), elseForward.ToImmutableArray()));
        if (thenBackward.Count + elseBackward.Count > 0)
        {
            backward.Add(new CodeComment("∂ " + f.Source));
            backward.Add(new CodeIf(condition, thenBackward.ToImmutableArray(), elseBackward.ToImmutableArray()));
        }
        if (restoreDecision is not null) backward.Add(restoreDecision);
    }

    /// <summary>A <c>ref</c> parameter the method assigns gets its final value when the forward pass returns (<c>x = x_1;</c>),
    /// before the backward pass restores the copy's earlier values.</summary>
    private readonly ImmutableArray<CodeAssign> writeBacks;

    private List<CodeStmt> ReturnCode(TailReturn r)
    {
        var code = new List<CodeStmt> { new CodeComment(r.Source) };
        List<Part> parts = Linearize(r.Value, result, resultIsNamed: true);
        Forward(parts, code, new HashSet<string>());
        if (!writeBacks.IsEmpty)
        {
            code.Add(new CodeComment("(ref parameters get their final values, as the method gives them)"));
            code.AddRange(writeBacks);
        }
        var backward = new List<CodeStmt>();
        Backward(parts, seed, backward, new HashSet<string>());
        if (backward.Count > 0)
        {
            code.Add(new CodeComment("Backward pass: adjoints flow from the result to the parameters."));
            code.Add(new CodeComment("∂ " + r.Source));
            code.AddRange(backward);
        }
        return code;
    }

    // ---- linearization: the forward pass names the values the backward pass reads ----------

    /// <summary><c>Target = Value</c>, or a conditional whose branches each define <c>Target</c>.</summary>
    private abstract record Part;

    private sealed record Def(string Target, Expr Value, bool IsRoot) : Part;

    private sealed record DefIf(Expr Condition, List<Part> Then, List<Part> Else) : Part;

    private List<Part> Linearize(Expr value, string target, bool resultIsNamed)
    {
        statementTemporaries.Clear();
        var parts = new List<Part>();
        if (value is Conditional root && resultIsNamed && IsActive(root))
        {
            // double t = c ? a : b;  →  if (c) t = a; else t = b;  (each branch defines the target itself)
            parts.Add(new DefIf(root.Condition, Branch(root.WhenTrue, target, isRoot: true), Branch(root.WhenFalse, target, isRoot: true)));
            return parts;
        }

        (Expr e, bool needsResult) = Lin(value, parts);
        if (needsResult && !resultIsNamed && !ExprWalk.IsLeaf(e)) e = Temporary(e, parts);
        parts.Add(new Def(target, e, IsRoot: true));
        return parts;
    }

    /// <summary>
    /// Returns the expression with every operand value the backward pass reads bound to a leaf, and
    /// whether the expression's own value is read (then the caller must name it).
    /// </summary>
    private (Expr Expr, bool NeedsResult) Lin(Expr e, List<Part> parts)
    {
        if (ExprWalk.IsLeaf(e) || e is Element || !IsActive(e)) return (e, false);

        if (e is Conditional c)
        {
            // Only the taken branch is evaluated, forward and backward (no NaN from a dead branch).
            string t = names.Numbered("t");
            Declare(t, c.Type, isAdjoint: false);
            activity.AddActiveTemporary(t);
            parts.Add(new DefIf(c.Condition, Branch(c.WhenTrue, t), Branch(c.WhenFalse, t)));
            return (new Variable(c.Type, t), false);
        }

        List<Expr> operands = ExprWalk.Children(e).ToList();
        var needsResult = new bool[operands.Count];
        for (int i = 0; i < operands.Count; i++) (operands[i], needsResult[i]) = Lin(operands[i], parts);

        (bool[] readsOperand, bool readsResult) = Needs(e, operands);
        for (int i = 0; i < operands.Count; i++)
        {
            if ((readsOperand[i] || needsResult[i]) && !IsCheap(operands[i])) operands[i] = Temporary(operands[i], parts);
        }
        return (WithOperands(e, operands), readsResult);
    }

    private List<Part> Branch(Expr value, string target, bool isRoot = false)
    {
        var parts = new List<Part>();
        (Expr e, _) = Lin(value, parts);
        parts.Add(new Def(target, e, isRoot));
        return parts;
    }

    /// <summary>
    /// Values the backward pass recomputes rather than keeps. Outside loops a kept value is a local,
    /// which costs nothing, so only leaves are recomputed. Inside loops keeping means a tape push and
    /// pop, dearer than a load and an add, so elements with any integer index and one +, − or × of
    /// leaves (<c>x[i * d + j] - mu[k * d + j]</c>) are recomputed too. Recomputing is exact: when the
    /// backward pass reaches a statement, every variable and element has its value from before it.
    /// </summary>
    private bool IsCheap(Expr e) => e switch
    {
        Binary { Op: BinaryOp.Add or BinaryOp.Subtract or BinaryOp.Multiply } b when loopDepth > 0 => IsLeafLike(b.Left) && IsLeafLike(b.Right),
        Element el when loopDepth > 0 => IsPlainIndex(el.Index),
        IR.Convert c when loopDepth > 0 => IsPlainIndex(c.Operand), // (double)(c + 1)
        Unary { Op: UnaryOp.Negate } u => u.Operand is Constant or Variable,
        _ => IsLeafLike(e),
    };

    private bool IsLeafLike(Expr e) => e switch
    {
        Variable or Constant or ArrayRef => true,
        Element el => loopDepth > 0 ? IsPlainIndex(el.Index) : el.Index is Variable or Constant,
        IR.Convert c => c.Operand is Constant or Variable,
        _ => false,
    };

    /// <summary>Integer arithmetic on variables and constants: cheap to evaluate again.</summary>
    private static bool IsPlainIndex(Expr e) => e switch
    {
        Variable or Constant or Length => true,
        Binary b => IsPlainIndex(b.Left) && IsPlainIndex(b.Right),
        Unary u => IsPlainIndex(u.Operand),
        _ => false,
    };

    private Expr Temporary(Expr value, List<Part> parts)
    {
        // Reuse only within one list of parts: a temporary defined inside a conditional branch is not visible outside it.
        if (statementTemporaries.TryGetValue(value, out string? existing) && parts.OfType<Def>().Any(d => d.Target == existing))
        {
            return new Variable(value.Type, existing);
        }
        string t = names.Numbered("t");
        statementTemporaries[value] = t;
        Declare(t, value.Type, isAdjoint: false);
        if (IsActive(value)) activity.AddActiveTemporary(t);
        parts.Add(new Def(t, value, IsRoot: false));
        return new Variable(value.Type, t);
    }

    /// <summary>Which operand values and whether the result the local adjoints read (found with placeholders).</summary>
    private (bool[] Operands, bool Result) Needs(Expr node, IReadOnlyList<Expr> operands)
    {
        // A callee's Backward takes all the arguments again.
        if (node is Invoke) return (operands.Select(_ => true).ToArray(), false);

        Expr[] placeholders = operands.Select((o, i) => (Expr)new Variable(o.Type, Placeholder + i)).ToArray();
        Expr resultPlaceholder = new Variable(node.Type, Placeholder + "r");
        Expr g = new Variable(node.Type, Placeholder + "g");
        var reads = new HashSet<string>();
        foreach ((_, Expr adjoint) in LocalAdjoints.Of(node, placeholders, operands.Select(IsActive).ToArray(), resultPlaceholder, g))
        {
            ExprWalk.CollectReads(adjoint, reads);
        }
        return (placeholders.Select((_, i) => reads.Contains(Placeholder + i)).ToArray(), reads.Contains(Placeholder + "r"));
    }

    private static Expr WithOperands(Expr e, IReadOnlyList<Expr> o) => e switch
    {
        Unary u => u with { Operand = o[0] },
        Binary b => b with { Left = o[0], Right = o[1] },
        Call c => c with { Arguments = o.ToEquatableArray() },
        Invoke c => c with { Arguments = o.ToEquatableArray() },
        IR.Convert c => c with { Operand = o[0] },
        _ => throw new InvalidOperationException("unexpected operation " + e.GetType().Name),
    };

    /// <summary>Forward code of linearized parts. Inside loops each temporary is saved before it is
    /// overwritten (<paramref name="saved"/>: the branch results already saved before their conditional).</summary>
    private void Forward(IEnumerable<Part> parts, List<CodeStmt> code, HashSet<string> saved)
    {
        foreach (Part part in parts)
        {
            switch (part)
            {
                case Def d:
                    if (loopDepth > 0 && !d.IsRoot && !saved.Contains(d.Target)) restores.Add(d, Save(d.Target, code));
                    code.Add(new CodeAssign(d.Target, d.Value));
                    break;
                case DefIf d:
                    var inner = new HashSet<string>(saved);
                    if (loopDepth > 0 && BranchResult(d) is { } target && inner.Add(target)) restores.Add(d, Save(target, code));
                    var then = new List<CodeStmt>();
                    var @else = new List<CodeStmt>();
                    Forward(d.Then, then, inner);
                    Forward(d.Else, @else, inner);
                    code.Add(new CodeIf(d.Condition, then.ToImmutableArray(), @else.ToImmutableArray()));
                    break;
            }
        }
    }

    /// <summary>The restore of each part whose value the forward pass saved, by part (not by value: equal parts are separate saves).</summary>
    private readonly Dictionary<Part, CodeStmt> restores = new(new ByReference<Part>());

    private sealed class ByReference<T> : IEqualityComparer<T> where T : class
    {
        public bool Equals(T? x, T? y) => ReferenceEquals(x, y);

        public int GetHashCode(T obj) => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj);
    }

    /// <summary>The temporary both branches of a lifted conditional assign (null when it is the statement's own target).</summary>
    private static string? BranchResult(DefIf d) => d.Then.LastOrDefault() is Def { IsRoot: false } last ? last.Target : null;

    private static bool Reads(Part part, string name) => part switch
    {
        Def d => ExprWalk.Reads(d.Value, name),
        DefIf d => ExprWalk.Reads(d.Condition, name) || d.Then.Any(p => Reads(p, name)) || d.Else.Any(p => Reads(p, name)),
        _ => false,
    };

    // ---- the backward pass ------------------------------------------------------------------

    /// <summary>Backward code of linearized parts, last part first. Inside loops each temporary's adjoint
    /// is cleared after use (the next iteration starts from zero) and its saved value is put back.</summary>
    private void Backward(List<Part> parts, Expr rootAdjoint, List<CodeStmt> code, HashSet<string> saved)
    {
        for (int i = parts.Count - 1; i >= 0; i--)
        {
            switch (parts[i])
            {
                case Def d:
                    bool active = d.IsRoot || activity.IsActive(d.Target);
                    Expr g = d.IsRoot ? rootAdjoint : new Variable(d.Value.Type, AdjointIfActive(d.Target));
                    if (active) Propagate(d.Value, g, new Variable(d.Value.Type, d.Target), code);
                    if (loopDepth > 0 && !d.IsRoot && !saved.Contains(d.Target))
                    {
                        if (active) code.Add(new CodeAssign(Adjoint(d.Target), Num(d.Value.Type, "0")));
                        code.Add(restores[d]);
                    }
                    break;
                case DefIf d:
                    var inner = new HashSet<string>(saved);
                    string? target = loopDepth > 0 ? BranchResult(d) : null;
                    bool savedHere = target is not null && inner.Add(target);
                    var then = new List<CodeStmt>();
                    var @else = new List<CodeStmt>();
                    Backward(d.Then, rootAdjoint, then, inner);
                    Backward(d.Else, rootAdjoint, @else, inner);
                    if (then.Count + @else.Count > 0) code.Add(new CodeIf(d.Condition, then.ToImmutableArray(), @else.ToImmutableArray()));
                    if (savedHere)
                    {
                        if (activity.IsActive(target!)) code.Add(new CodeAssign(Adjoint(target!), Num(types[target!], "0")));
                        code.Add(restores[d]);
                    }
                    break;
            }
        }
    }

    /// <summary>Adds <paramref name="g"/>·∂e/∂v into the adjoint of every active variable v in <paramref name="e"/>.</summary>
    private void Propagate(Expr e, Expr g, Expr? result, List<CodeStmt> code)
    {
        if (!IsActive(e)) return;
        if (e is Variable v)
        {
            code.Add(new CodeAccumulate(Adjoint(v.Name), g));
            return;
        }
        if (e is Element element)
        {
            code.Add(new CodeAccumulateElement(Adjoint(element.Array), element.Index, g));
            return;
        }

        List<Expr> operands = ExprWalk.Children(e).ToList();
        if (e is Invoke invoke)
        {
            PropagateThroughCallee(invoke, operands, g, code);
            return;
        }

        bool[] active = operands.Select(IsActive).ToArray();
        Expr gPlaceholder = new Variable(g.Type, Placeholder + "g");
        int uses = LocalAdjoints.Of(e, operands, active, result, gPlaceholder)
            .Sum(a => Count(a.Adjoint, Placeholder + "g"));
        if (uses > 1 && !(IsLeafLike(g) || g is Unary { Op: UnaryOp.Negate, Operand: Constant }))
        {
            string named = names.Numbered("g");
            Declare(named, g.Type, isAdjoint: true);
            code.Add(new CodeAssign(named, g));
            g = new Variable(g.Type, named);
        }

        foreach ((int i, Expr adjoint) in LocalAdjoints.Of(e, operands, active, result, g))
        {
            if (ExprWalk.Any(adjoint, x => x is Variable p && p.Name.StartsWith(Placeholder, StringComparison.Ordinal)))
            {
                throw new InvalidOperationException("a derivative rule read a value the forward pass did not keep");
            }
            Propagate(operands[i], ShareRepeatedCalls(adjoint, code), null, code);
        }
    }

    /// <summary>Computes a call that a derivative uses twice (cosh in 1/cosh²) once, into a temporary.</summary>
    private Expr ShareRepeatedCalls(Expr e, List<CodeStmt> code)
    {
        var counts = new Dictionary<Call, int>();
        void CountCalls(Expr x)
        {
            if (x is Call c) counts[c] = counts.TryGetValue(c, out int n) ? n + 1 : 1;
            foreach (Expr child in ExprWalk.Children(x)) CountCalls(child);
        }
        CountCalls(e);
        foreach (KeyValuePair<Call, int> repeated in counts.Where(kv => kv.Value > 1).OrderBy(kv => Count(kv.Key)))
        {
            string t = names.Numbered("t");
            Declare(t, repeated.Key.Type, isAdjoint: false);
            code.Add(new CodeAssign(t, repeated.Key));
            var named = new Variable(repeated.Key.Type, t);
            e = ExprWalk.Rewrite(e, x => x.Equals(repeated.Key) ? named : x);
        }
        return e;
    }

    private static int Count(Expr e) => 1 + ExprWalk.Children(e).Sum(Count);

    private static int Count(Expr e, string name) =>
        (e is Variable v && v.Name == name ? 1 : 0) + ExprWalk.Children(e).Sum(c => Count(c, name));

    // ---- names -------------------------------------------------------------------------------

    private bool IsActive(Expr e) => activity.IsActive(e);

    private string AdjointIfActive(string variable) => activity.IsActive(variable) ? Adjoint(variable) : variable;

    /// <summary>The adjoint of a variable: <c>d</c> + its name capitalised (<c>f0</c> → <c>dF0</c>).</summary>
    private string Adjoint(string variable)
    {
        if (adjoints.TryGetValue(variable, out string? name)) return name;
        string plain = variable.TrimStart('@');
        name = names.Fresh("d" + char.ToUpperInvariant(plain[0]) + plain.Substring(1));
        adjoints.Add(variable, name);
        Declare(name, types[variable], isAdjoint: true);
        return name;
    }

    private void Declare(string name, NumType type, bool isAdjoint)
    {
        types[name] = type;
        locals[name] = new LocalInfo(type, isAdjoint);
    }
}
