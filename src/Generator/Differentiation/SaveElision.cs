using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using AutoDiffGen.Generator.IR;
using AutoDiffGen.Generator.Lowering;

namespace AutoDiffGen.Generator.Differentiation;

/// <summary>
/// Removes each save of a variable (local copy, tape push, or undo of an integer step) whose restored
/// value nothing reads: a restore is needed only when, on some way the backward pass can go on from
/// it, the variable is read before something else overwrites it. Examples: <c>s = 0; s = s + x;</c>
/// needs no copy of <c>s</c> (the adjoint of + does not read it); a running sum
/// <c>row += w[i]</c> in an inner loop needs no tape, because each earlier value it would restore is
/// overwritten again before anything reads it; a loop counter only the forward loop reads needs
/// nothing. Decided per save, so one variable can keep the saves that matter and lose the rest.
/// </summary>
internal static class SaveElision
{
    private enum Effect { None, Read, Overwrite }

    /// <summary>Where a statement sits: its block, its index, and the frames that enclose that block.</summary>
    private sealed record Frame(ImmutableArray<CodeStmt> Block, int Index, bool IsReverseLoopBody);

    public static ImmutableArray<CodeStmt> Apply(ImmutableArray<CodeStmt> code, Dictionary<string, LocalInfo> locals)
    {
        // One save can have a restore on each return path (the paths share the forward code before
        // they split): it is dead only when every one of its restores is.
        var restored = new HashSet<object>();
        var live = new HashSet<object>();
        FindLive(code, new List<Frame>(), restored, live);
        var dead = new HashSet<object>(restored.Where(site => !live.Contains(site)));
        if (dead.Count == 0) return code;

        var order = new List<CodeStmt>();
        Flatten(code, order);
        foreach (CodeSave save in order.OfType<CodeSave>().Where(s => dead.Contains(s.Saved))) locals.Remove(save.Saved);
        return ZeroAdjointElision.DropEmptyComments(Remove(code, dead));
    }

    /// <summary>The key that pairs a save with its restore.</summary>
    private static object? Site(CodeStmt s) => s switch
    {
        CodeSave v => v.Saved,
        CodeRestore r => r.Saved,
        CodePush p => p.Site,
        CodePop p => p.Site,
        CodeUndo u => u.Site,
        _ => null,
    };

    private static string? RestoredVariable(CodeStmt s) => s switch
    {
        CodeRestore r => r.Variable,
        CodePop p => p.Variable,
        CodeUndo u => u.Variable,
        _ => null,
    };

    private static void FindLive(ImmutableArray<CodeStmt> block, List<Frame> outer, HashSet<object> restored, HashSet<object> live)
    {
        for (int i = 0; i < block.Length; i++)
        {
            CodeStmt s = block[i];
            if (RestoredVariable(s) is { } variable)
            {
                restored.Add(Site(s)!);
                if (IsLiveAfter(variable, block, i, outer)) live.Add(Site(s)!);
            }
            switch (s)
            {
                case CodeIf f:
                    FindLive(f.Then, Enter(outer, block, i, loop: false), restored, live);
                    FindLive(f.Else, Enter(outer, block, i, loop: false), restored, live);
                    break;
                case CodeReverseLoop r:
                    FindLive(r.Body, Enter(outer, block, i, loop: true), restored, live);
                    break;
            }
        }
    }

    private static List<Frame> Enter(List<Frame> outer, ImmutableArray<CodeStmt> block, int index, bool loop) =>
        new(outer) { new Frame(block, index, loop) };

    /// <summary>
    /// Whether <paramref name="variable"/> may be read, after statement <paramref name="index"/> of
    /// <paramref name="block"/>, before it is overwritten. Going on from the end of a block: after the
    /// enclosing statement, and for a backward loop's body also around to its start (the next iteration).
    /// </summary>
    private static bool IsLiveAfter(string variable, ImmutableArray<CodeStmt> block, int index, List<Frame> outer)
    {
        Effect effect = Scan(block, index + 1, variable);
        if (effect != Effect.None) return effect == Effect.Read;
        for (int level = outer.Count - 1; level >= 0; level--)
        {
            Frame frame = outer[level];
            if (frame.IsReverseLoopBody)
            {
                // Between iterations the loop tests its condition; then the body runs again, or the loop ends.
                var loop = (CodeReverseLoop)frame.Block[frame.Index];
                if (ExprWalk.Reads(loop.Condition, variable) || Scan(loop.Body, 0, variable) == Effect.Read) return true;
            }
            effect = Scan(frame.Block, frame.Index + 1, variable);
            if (effect != Effect.None) return effect == Effect.Read;
        }
        return false;
    }

    private static Effect Scan(ImmutableArray<CodeStmt> block, int from, string variable)
    {
        for (int i = from; i < block.Length; i++)
        {
            Effect effect = Scan(block[i], variable);
            if (effect != Effect.None) return effect;
        }
        return Effect.None;
    }

    private static Effect Scan(CodeStmt s, string variable)
    {
        switch (s)
        {
            case CodeIf f:
                if (ExprWalk.Reads(f.Condition, variable)) return Effect.Read;
                Effect then = Scan(f.Then, 0, variable), @else = Scan(f.Else, 0, variable);
                if (then == Effect.Read || @else == Effect.Read) return Effect.Read;
                return then == Effect.Overwrite && @else == Effect.Overwrite ? Effect.Overwrite : Effect.None;
            case CodeReverseLoop r:
                // May run no iteration: it can read, but not surely overwrite.
                return ExprWalk.Reads(r.Condition, variable) || Scan(r.Body, 0, variable) == Effect.Read ? Effect.Read : Effect.None;
            case CodeLoop l:
                return ExprWalk.Reads(l.Condition, variable) || Scan(l.Body, 0, variable) == Effect.Read ? Effect.Read : Effect.None;
            case CodeUndo u when u.Variable == variable:
                return Effect.None; // computes the new value from the old: live before exactly when live after
            case CodeRestore or CodePop when RestoredVariable(s) == variable:
                return Effect.Overwrite;
            case CodeSave or CodePush:
                return Effect.None;
            case CodeAssign a when a.Target == variable && !ExprWalk.Reads(a.Value, variable):
                return Effect.Overwrite;
            default:
                return ReadsVariable(s, variable) ? Effect.Read : Effect.None;
        }
    }

    private static void Flatten(IEnumerable<CodeStmt> code, List<CodeStmt> into)
    {
        foreach (CodeStmt s in code)
        {
            into.Add(s);
            switch (s)
            {
                case CodeIf f:
                    Flatten(f.Then, into);
                    Flatten(f.Else, into);
                    break;
                case CodeLoop l:
                    Flatten(l.Body, into);
                    break;
                case CodeReverseLoop r:
                    Flatten(r.Body, into);
                    break;
            }
        }
    }

    private static bool ReadsVariable(CodeStmt s, string name) => s switch
    {
        CodeAssign a => ExprWalk.Reads(a.Value, name),
        CodeAccumulate a => ExprWalk.Reads(a.Value, name),
        CodeReturn r => ExprWalk.Reads(r.Value, name),
        CodeAccumulateElement a => ExprWalk.Reads(a.Index, name) || ExprWalk.Reads(a.Value, name),
        CodeBackwardCall c => c.Arguments.Any(a => ExprWalk.Reads(a, name)) || ExprWalk.Reads(c.Seed, name),
        CodeCall c => c.Arguments.Any(a => ExprWalk.Reads(a, name)),
        CodeDeclareArray d => ExprWalk.Reads(d.Length, name),
        CodeRenewArray r => ExprWalk.Reads(r.Length, name),
        CodeAssignElement a => ExprWalk.Reads(a.Index, name) || ExprWalk.Reads(a.Value, name),
        CodePushElement p => ExprWalk.Reads(p.Index, name),
        CodePopElement p => ExprWalk.Reads(p.Index, name),
        CodeUndo u => ExprWalk.Reads(u.Value, name),
        _ => false,
    };

    private static ImmutableArray<CodeStmt> Remove(ImmutableArray<CodeStmt> code, HashSet<object> dead)
    {
        var kept = ImmutableArray.CreateBuilder<CodeStmt>();
        foreach (CodeStmt s in code)
        {
            if (Site(s) is { } site && dead.Contains(site)) continue;
            switch (s)
            {
                case CodeIf f:
                    ImmutableArray<CodeStmt> then = Remove(f.Then, dead), @else = Remove(f.Else, dead);
                    // A backward branch that only restored values is left with nothing to do.
                    if (then.Concat(@else).Any(x => x is not CodeComment)) kept.Add(f with { Then = then, Else = @else });
                    break;
                case CodeLoop l:
                    kept.Add(l with { Body = Remove(l.Body, dead) });
                    break;
                case CodeReverseLoop r:
                    kept.Add(r with { Body = Remove(r.Body, dead) });
                    break;
                default:
                    kept.Add(s);
                    break;
            }
        }
        return kept.ToImmutable();
    }
}
