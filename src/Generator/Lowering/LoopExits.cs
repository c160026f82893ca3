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

        // The increments run after a continue, not after a break or a return.
        string[] leaving = new[] { flags.Broke, set.Contains(returning ?? "") ? returning : null }.OfType<string>().ToArray();
        if (step.Count > 0 && leaving.Length > 0) loopBody.Add(new If(GuardSource(leaving), None(leaving), step.ToEquatableArray(), EquatableArray<Stmt>.Empty));
        else loopBody.AddRange(step);

        if (flags.Broke is not null) before.Add(new Assign("(break: not yet)", flags.Broke, False, IsDeclaration: true));
        Expr test = leaving.Length == 0 ? condition : new Binary(NumType.Boolean, BinaryOp.ConditionalAnd, None(leaving), condition);
        before.Add(new IR.Loop(source, test, loopBody.ToEquatableArray(), testFirst));
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
            if (statements[i] is Break or Continue or Return) break; // the rest is unreachable

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

    private static Expr True => new Constant(NumType.Boolean, "true");

    private static Expr False => new Constant(NumType.Boolean, "false");

    /// <summary><c>!(a || b)</c> for the flags given.</summary>
    private static Expr None(IReadOnlyList<string> set) => new Unary(NumType.Boolean, UnaryOp.LogicalNot, set
        .Select(f => (Expr)new Variable(NumType.Boolean, f))
        .Aggregate((a, b) => new Binary(NumType.Boolean, BinaryOp.ConditionalOr, a, b)));

    private static string GuardSource(IReadOnlyList<string> set) =>
        "if (!" + (set.Count == 1 ? set[0] : "(" + string.Join(" || ", set) + ")") + ")";
}
