using System;
using System.Collections.Generic;
using System.Linq;
using AutoDiffGen.Generator.IR;
using static AutoDiffGen.Generator.Differentiation.Build;

namespace AutoDiffGen.Generator.Lowering;

/// <summary>
/// Turns <c>break</c>, <c>continue</c> and <c>return</c> inside loops into structured code with flags,
/// so that every later stage sees loops that only end by their condition:
/// <code>
/// while (c) { a; if (p) break; b; i++; }
///   →  bool broke = false;
///      while (!broke &amp;&amp; c) { a; if (p) broke = true; if (!broke) { b; } if (!broke) i++; }
/// </code>
/// A <c>continue</c> skips the rest of the body but not a <c>for</c> loop's increments; a <c>return</c>
/// keeps its value, leaves every enclosing loop, and returns right after the outermost one. The flags
/// are ordinary bool locals, so the tape keeps them per iteration like any other value and the
/// backward pass replays exactly the iterations and statements the forward pass ran.
/// </summary>
internal sealed class LoopExits
{
    private readonly Func<string, NumType, string> declareLocal;
    private readonly NumType returnType;
    private string? returning;
    private string? returnValue;

    /// <summary>The flag each forward goto's label has: set by the goto, it ends every loop between the goto and the label.</summary>
    private readonly Dictionary<string, string> gotoFlags = new(StringComparer.Ordinal);

    /// <summary>The flag of a label's gotos.</summary>
    public string GotoFlag(string label) => gotoFlags.TryGetValue(label, out string? flag)
        ? flag
        : gotoFlags[label] = declareLocal("goingTo" + char.ToUpperInvariant(label[0]) + label.Substring(1), NumType.Boolean);

    /// <param name="declareLocal">Declares a local the lowering introduces; returns its unique name.</param>
    public LoopExits(Func<string, NumType, string> declareLocal, NumType returnType)
    {
        this.declareLocal = declareLocal;
        this.returnType = returnType;
    }

    /// <summary>Statements the method must start with: the return flag and value, when a loop returns.</summary>
    public IEnumerable<Stmt> Prologue()
    {
        if (returning is null) yield break;
        yield return new Assign("(a return inside a loop keeps its value here)", returnValue!, new Constant(returnType, "default"), IsDeclaration: true);
        yield return new Assign("(and sets this flag, which ends every enclosing loop)", returning, False, IsDeclaration: true);
    }

    /// <summary>
    /// A loop whose <paramref name="body"/> may contain <see cref="Break"/>, <see cref="Continue"/> and
    /// <see cref="Return"/> (loops nested in it are already lowered). <paramref name="step"/> runs after
    /// the body and after a continue (a <c>for</c> loop's increments).
    /// </summary>
    public List<Stmt> Loop(string source, Expr condition, IReadOnlyList<Stmt> body, IReadOnlyList<Stmt> step, bool testFirst)
    {
        var flags = new Flags(this);
        (List<Stmt> lowered, HashSet<string> set) = Sequence(body, flags);

        var before = new List<Stmt>();
        var loopBody = new List<Stmt>();
        if (flags.Continued is not null) loopBody.Add(new Assign("(continue: not yet in this iteration)", flags.Continued, False, IsDeclaration: true));
        loopBody.AddRange(lowered);

        // The increments run after a continue, not after a break, a return or a goto.
        string[] leaving = new[] { flags.Broke, set.Contains(returning ?? "") ? returning : null }.OfType<string>()
            .Concat(gotoFlags.Values.Where(set.Contains).OrderBy(f => f, StringComparer.Ordinal)).ToArray();
        if (step.Count > 0 && leaving.Length > 0) loopBody.Add(new If(GuardSource(leaving), None(leaving), step.ToEquatableArray(), EquatableArray<Stmt>.Empty));
        else loopBody.AddRange(step);

        if (flags.Broke is not null) before.Add(new Assign("(break: not yet)", flags.Broke, False, IsDeclaration: true));
        Expr test = leaving.Length == 0 ? condition : new Binary(NumType.Boolean, BinaryOp.ConditionalAnd, None(leaving), condition);
        before.Add(new IR.Loop(source, test, loopBody.ToEquatableArray(), testFirst));
        foreach (KeyValuePair<string, string> label in gotoFlags.Where(g => leaving.Contains(g.Value)))
        {
            // Leaves the enclosing loop too, or reaches the block with the label.
            before.Add(new If("if (" + label.Value + ")", new Variable(NumType.Boolean, label.Value),
                EquatableArray.Of<Stmt>(new Goto("goto " + label.Key + ";", label.Key)), EquatableArray<Stmt>.Empty));
        }
        if (leaving.Contains(returning))
        {
            // Leaves the enclosing loop too (it sees a return), or returns from the method.
            var value = new Variable(returnType, returnValue!);
            before.Add(new If("if (" + returning + ")", new Variable(NumType.Boolean, returning!),
                EquatableArray.Of<Stmt>(new Return("return " + returnValue + "; (the value returned inside the loop)", value)), EquatableArray<Stmt>.Empty));
        }
        return before;
    }

    /// <summary>The flags one loop's exits set, created when first needed.</summary>
    private sealed class Flags
    {
        private readonly LoopExits owner;
        public Flags(LoopExits owner) => this.owner = owner;
        public string? Broke { get; private set; }
        public string? Continued { get; private set; }
        public string Break() => Broke ??= owner.declareLocal("broke", NumType.Boolean);
        public string Continue() => Continued ??= owner.declareLocal("continued", NumType.Boolean);
    }

    /// <summary>Lowers a statement list; returns it and the flags it may set. Statements after one that
    /// may set a flag run only while no flag is set.</summary>
    private (List<Stmt> Code, HashSet<string> Set) Sequence(IReadOnlyList<Stmt> statements, Flags flags)
    {
        var code = new List<Stmt>();
        var set = new HashSet<string>();
        for (int i = 0; i < statements.Count; i++)
        {
            HashSet<string> here = Statement(statements[i], flags, code);
            if (here.Count == 0) continue;
            set.UnionWith(here);
            if (statements[i] is Break or Continue or Return or Goto) break; // the rest is unreachable

            (List<Stmt> rest, HashSet<string> restSet) = Sequence(statements.Skip(i + 1).ToList(), flags);
            if (rest.Count > 0)
            {
                string[] guard = here.OrderBy(f => f, StringComparer.Ordinal).ToArray();
                code.Add(new If(GuardSource(guard), None(guard), rest.ToEquatableArray(), EquatableArray<Stmt>.Empty));
            }
            set.UnionWith(restSet);
            break;
        }
        return (code, set);
    }

    private HashSet<string> Statement(Stmt s, Flags flags, List<Stmt> code)
    {
        switch (s)
        {
            case Break b:
                code.Add(new Assign(b.Source, flags.Break(), True, IsDeclaration: false));
                return new HashSet<string> { flags.Broke! };
            case Continue c:
                code.Add(new Assign(c.Source, flags.Continue(), True, IsDeclaration: false));
                return new HashSet<string> { flags.Continued! };
            case Goto g:
                string flag = GotoFlag(g.Label);
                code.Add(new Assign(g.Source, flag, True, IsDeclaration: false));
                return new HashSet<string> { flag };
            case Return r:
                returning ??= declareLocal("returning", NumType.Boolean);
                returnValue ??= declareLocal("returnValue", returnType);
                if (r.Value is not Variable v || v.Name != returnValue)
                {
                    code.Add(new Assign(r.Source, returnValue, r.Value, IsDeclaration: false));
                    code.Add(new Assign("(leave the loop with that value)", returning, True, IsDeclaration: false));
                }
                return new HashSet<string> { returning };
            case If f:
                (List<Stmt> then, HashSet<string> thenSet) = Sequence(f.Then, flags);
                (List<Stmt> @else, HashSet<string> elseSet) = Sequence(f.Else, flags);
                // 'if (returning) return returnValue;' after an inner loop only sets what is already set.
                if (then.Count + @else.Count > 0) code.Add(f with { Then = then.ToEquatableArray(), Else = @else.ToEquatableArray() });
                thenSet.UnionWith(elseSet);
                return thenSet;
            default:
                code.Add(s);
                return new HashSet<string>();
        }
    }

    /// <summary>
    /// The statements of a block before its label <paramref name="label"/>: each <c>goto label;</c> in them sets the
    /// label's flag, and what follows it up to the label runs only while the flag is not set.
    /// </summary>
    public List<Stmt> SkipToLabel(IReadOnlyList<Stmt> statements, string label)
    {
        string flag = GotoFlag(label);
        List<Stmt> code = SkipSequence(statements, label, flag).Code;
        code.Insert(0, new Assign("(no goto " + label + " yet)", flag, False, IsDeclaration: true));
        return code;
    }

    /// <summary>Like <see cref="Sequence"/> for the gotos to one label only: breaks, continues and returns stay as they are.</summary>
    private (List<Stmt> Code, bool Sets) SkipSequence(IReadOnlyList<Stmt> statements, string label, string flag)
    {
        var code = new List<Stmt>();
        for (int i = 0; i < statements.Count; i++)
        {
            (Stmt lowered, bool sets) = statements[i] switch
            {
                Goto g when g.Label == label => (new Assign(g.Source, flag, True, IsDeclaration: false), true),
                If f => SkipIf(f, label, flag),
                Stmt other => (other, false),
            };
            code.Add(lowered);
            if (!sets) continue;
            if (statements[i] is Goto) return (code, true); // the rest is unreachable
            (List<Stmt> rest, _) = SkipSequence(statements.Skip(i + 1).ToList(), label, flag);
            // A local array declared in the guarded statements is now inside a branch: declared once at the top instead.
            rest = rest.Select(r => r is DeclareArray d ? d with { IsNested = true } : r).ToList();
            if (rest.Count > 0) code.Add(new If(GuardSource(new[] { flag }), None(new[] { flag }), rest.ToEquatableArray(), EquatableArray<Stmt>.Empty));
            return (code, true);
        }
        return (code, false);
    }

    private (Stmt, bool) SkipIf(If f, string label, string flag)
    {
        (List<Stmt> then, bool thenSets) = SkipSequence(f.Then, label, flag);
        (List<Stmt> @else, bool elseSets) = SkipSequence(f.Else, label, flag);
        return (f with { Then = then.ToEquatableArray(), Else = @else.ToEquatableArray() }, thenSets || elseSets);
    }

    private static Expr True => new Constant(NumType.Boolean, "true");

    private static Expr False => new Constant(NumType.Boolean, "false");

    /// <summary><c>!(a || b)</c> for the flags given.</summary>
    private static Expr None(IReadOnlyList<string> set) => new Unary(NumType.Boolean, UnaryOp.LogicalNot, set
        .Select(f => (Expr)new Variable(NumType.Boolean, f))
        .Aggregate((a, b) => new Binary(NumType.Boolean, BinaryOp.ConditionalOr, a, b)));

    private static string GuardSource(IReadOnlyList<string> set) =>
        "if (!" + (set.Count == 1 ? set[0] : "(" + string.Join(" || ", set) + ")") + ")";
}
