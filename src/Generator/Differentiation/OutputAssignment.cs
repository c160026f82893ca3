using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using AutoDiffGen.Generator.IR;
using AutoDiffGen.Generator.Lowering;

namespace AutoDiffGen.Generator.Differentiation;

/// <summary>
/// In <c>MGradient</c> the scalar gradients are <c>out</c> parameters. Zeroing them all first and then
/// adding every contribution costs a load and a store through a reference per contribution, which the
/// JIT cannot merge (the references might alias). Where a path's first contribution to an output is
/// known to be its first write, it becomes a plain assignment (<c>dBeta3 = dF3;</c>), as a
/// hand-written gradient would do; only outputs that some path reads, passes by <c>ref</c>, adds to in
/// a loop, or leaves unwritten before returning are zeroed at the start.
/// </summary>
internal static class OutputAssignment
{
    public static (ImmutableArray<CodeStmt> Statements, ImmutableArray<string> Zeroed) Apply(ImmutableArray<CodeStmt> code, IEnumerable<string> outputs)
    {
        var all = new HashSet<string>(outputs);
        var zeroed = new HashSet<string>();
        var unassigned = new HashSet<string>(all);
        ImmutableArray<CodeStmt> rewritten = Walk(code, all, unassigned, zeroed);
        zeroed.UnionWith(unassigned); // never written on a path that falls off the end (not expected: every path returns)
        return (rewritten, all.Where(zeroed.Contains).ToImmutableArray());
    }

    /// <param name="unassigned">Outputs not yet written on the way here, in code that has not been zeroed.</param>
    /// <param name="zeroed">Outputs that must be zeroed at the start; their later writes stay <c>+=</c>.</param>
    private static ImmutableArray<CodeStmt> Walk(ImmutableArray<CodeStmt> block, HashSet<string> all, HashSet<string> unassigned, HashSet<string> zeroed)
    {
        var kept = ImmutableArray.CreateBuilder<CodeStmt>();
        foreach (CodeStmt s in block)
        {
            switch (s)
            {
                case CodeAccumulate a when unassigned.Contains(a.Target) && !Reads(a.Value).Contains(a.Target):
                    RequireZero(Reads(a.Value), unassigned, zeroed);
                    unassigned.Remove(a.Target);
                    kept.Add(new CodeAssign(a.Target, a.Value));
                    break;
                case CodeAssign a when all.Contains(a.Target):
                    RequireZero(Reads(a.Value), unassigned, zeroed);
                    unassigned.Remove(a.Target);
                    kept.Add(a);
                    break;
                case CodeReturn r:
                    // An out parameter must be assigned when the method returns.
                    RequireZero(unassigned.ToList(), unassigned, zeroed);
                    kept.Add(r);
                    break;
                case CodeIf f:
                    RequireZero(Reads(f.Condition), unassigned, zeroed);
                    var whenTrue = new HashSet<string>(unassigned);
                    var whenFalse = new HashSet<string>(unassigned);
                    ImmutableArray<CodeStmt> then = Walk(f.Then, all, whenTrue, zeroed);
                    ImmutableArray<CodeStmt> @else = Walk(f.Else, all, whenFalse, zeroed);
                    // Written on one way and not the other: a later contribution must add to it.
                    RequireZero(whenTrue.Except(whenFalse).Concat(whenFalse.Except(whenTrue)).ToList(), unassigned, zeroed);
                    unassigned.IntersectWith(whenTrue);
                    unassigned.ExceptWith(zeroed);
                    kept.Add(f with { Then = then, Else = @else });
                    break;
                default:
                    // Loops (a body runs any number of times), backward calls (ref accumulators) and any other read.
                    RequireZero(Mentions(s), unassigned, zeroed);
                    kept.Add(s);
                    break;
            }
        }
        return kept.ToImmutable();
    }

    private static void RequireZero(IEnumerable<string> names, HashSet<string> unassigned, HashSet<string> zeroed)
    {
        foreach (string name in names.Where(unassigned.Contains).ToList())
        {
            unassigned.Remove(name);
            zeroed.Add(name);
        }
    }

    private static HashSet<string> Reads(Expr e)
    {
        var reads = new HashSet<string>();
        ExprWalk.CollectReads(e, reads);
        return reads;
    }

    /// <summary>Every name a statement reads or writes, nested statements included.</summary>
    private static IEnumerable<string> Mentions(CodeStmt s) => s switch
    {
        CodeAssign a => Reads(a.Value).Append(a.Target),
        CodeAccumulate a => Reads(a.Value).Append(a.Target),
        CodeAccumulateElement a => Reads(a.Index).Concat(Reads(a.Value)).Append(a.Array),
        CodeSave v => new[] { v.Saved, v.Variable },
        CodeRestore r => new[] { r.Saved, r.Variable },
        CodeBackwardCall c => c.Arguments.SelectMany(Reads).Concat(Reads(c.Seed)).Concat(c.Accumulators),
        CodeCall c => c.Arguments.SelectMany(Reads),
        CodeDeclareArray d => Reads(d.Length),
        CodeRenewArray r => Reads(r.Length),
        CodeAssignElement a => Reads(a.Index).Concat(Reads(a.Value)),
        CodePushElement p => Reads(p.Index),
        CodePopElement p => Reads(p.Index),
        CodePush p => new[] { p.Variable },
        CodePop p => new[] { p.Variable },
        CodeUndo u => Reads(u.Value).Append(u.Variable),
        CodeLoop l => Reads(l.Condition).Concat(l.Body.SelectMany(Mentions)),
        CodeReverseLoop r => r.Body.SelectMany(Mentions).Concat(Reads(r.Condition)),
        CodeIf f => Reads(f.Condition).Concat(f.Then.SelectMany(Mentions)).Concat(f.Else.SelectMany(Mentions)),
        CodeReturn r => Reads(r.Value),
        _ => Enumerable.Empty<string>(),
    };
}
