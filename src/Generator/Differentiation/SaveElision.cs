using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using AutoDiffGen.Generator.IR;
using AutoDiffGen.Generator.Lowering;

namespace AutoDiffGen.Generator.Differentiation;

/// <summary>
/// Removes the saves and restores (local copies and tape pushes/pops) of a reassigned variable when
/// nothing reads the variable after the backward pass first restores it, nor anywhere in a backward
/// loop that restores it (a later iteration would read it): then the restored value is never used.
/// <c>s = 0; s = s + x;</c> needs no saved copy of <c>s</c> (the adjoint of + does not read it), and a
/// loop counter <c>i</c> that only the forward loop reads needs no tape.
/// </summary>
internal static class SaveElision
{
    public static ImmutableArray<CodeStmt> Apply(ImmutableArray<CodeStmt> code, Dictionary<string, LocalInfo> locals)
    {
        var order = new List<CodeStmt>();
        Flatten(code, order);

        var unneeded = new HashSet<string>();
        foreach (string variable in order.Select(RestoredVariable).OfType<string>().Distinct())
        {
            int first = order.FindIndex(s => RestoredVariable(s) == variable);
            bool readLater = order.Skip(first + 1).Any(s => IsRead(s, variable))
                || order.OfType<CodeReverseLoop>().Any(loop => Restores(loop.Body, variable) && ReadsInside(loop.Body, variable));
            if (!readLater) unneeded.Add(variable);
        }
        if (unneeded.Count == 0) return code;

        foreach (CodeSave save in order.OfType<CodeSave>().Where(s => unneeded.Contains(s.Variable))) locals.Remove(save.Saved);
        return ZeroAdjointElision.DropEmptyComments(Remove(code, unneeded));
    }

    private static string? RestoredVariable(CodeStmt s) => s switch
    {
        CodeRestore r => r.Variable,
        CodePop p => p.Variable,
        _ => null,
    };

    /// <summary>A read of the variable's value, not counting the save mechanism itself.</summary>
    private static bool IsRead(CodeStmt s, string variable) =>
        s is not CodeSave && s is not CodeRestore && s is not CodePush && s is not CodePop && ReadsVariable(s, variable);

    private static bool Restores(ImmutableArray<CodeStmt> body, string variable)
    {
        var all = new List<CodeStmt>();
        Flatten(body, all);
        return all.Any(s => RestoredVariable(s) == variable);
    }

    private static bool ReadsInside(ImmutableArray<CodeStmt> body, string variable)
    {
        var all = new List<CodeStmt>();
        Flatten(body, all);
        return all.Any(s => IsRead(s, variable));
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
        CodeIf f => ExprWalk.Reads(f.Condition, name),
        CodeReturn r => ExprWalk.Reads(r.Value, name),
        CodeAccumulateElement a => ExprWalk.Reads(a.Index, name) || ExprWalk.Reads(a.Value, name),
        CodeLoop l => ExprWalk.Reads(l.Condition, name),
        CodeReverseLoop r => r.Counter == name,
        CodeBackwardCall c => c.Arguments.Any(a => ExprWalk.Reads(a, name)) || ExprWalk.Reads(c.Seed, name),
        CodeDeclareArray d => ExprWalk.Reads(d.Length, name),
        CodeAssignElement a => ExprWalk.Reads(a.Index, name) || ExprWalk.Reads(a.Value, name),
        CodePushElement p => ExprWalk.Reads(p.Index, name),
        CodePopElement p => ExprWalk.Reads(p.Index, name),
        _ => false,
    };

    private static ImmutableArray<CodeStmt> Remove(ImmutableArray<CodeStmt> code, HashSet<string> unneeded)
    {
        var kept = ImmutableArray.CreateBuilder<CodeStmt>();
        foreach (CodeStmt s in code)
        {
            switch (s)
            {
                case CodeSave save when unneeded.Contains(save.Variable):
                case CodeRestore restore when unneeded.Contains(restore.Variable):
                case CodePush push when unneeded.Contains(push.Variable):
                case CodePop pop when unneeded.Contains(pop.Variable):
                    break;
                case CodeIf f:
                    ImmutableArray<CodeStmt> then = Remove(f.Then, unneeded), @else = Remove(f.Else, unneeded);
                    // A backward branch that only restored values is left with nothing to do.
                    if (then.Concat(@else).Any(x => x is not CodeComment)) kept.Add(f with { Then = then, Else = @else });
                    break;
                case CodeLoop l:
                    kept.Add(l with { Body = Remove(l.Body, unneeded) });
                    break;
                case CodeReverseLoop r:
                    kept.Add(r with { Body = Remove(r.Body, unneeded) });
                    break;
                default:
                    kept.Add(s);
                    break;
            }
        }
        return kept.ToImmutable();
    }
}
