using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using AutoDiffGen.Generator.IR;
using AutoDiffGen.Generator.Lowering;

namespace AutoDiffGen.Generator.Differentiation;

/// <summary>
/// Removes the save/restore pair of a reassigned variable when nothing reads the variable after the
/// backward pass first restores it: then the restored value is never used (<c>s = 0; s = s + x;</c>
/// needs no saved copy of <c>s</c>, because the adjoint of <c>+</c> does not read it).
/// </summary>
internal static class SaveElision
{
    public static ImmutableArray<CodeStmt> Apply(ImmutableArray<CodeStmt> code, Dictionary<string, LocalInfo> locals)
    {
        var order = new List<CodeStmt>();
        Flatten(code, order);

        var unneeded = new HashSet<string>();
        foreach (string variable in order.OfType<CodeRestore>().Select(r => r.Variable).Distinct())
        {
            int first = order.FindIndex(s => s is CodeRestore r && r.Variable == variable);
            bool readLater = order.Skip(first + 1).Any(s => s is not CodeSave && s is not CodeRestore && ReadsVariable(s, variable));
            if (!readLater) unneeded.Add(variable);
        }
        if (unneeded.Count == 0) return code;

        foreach (CodeSave save in order.OfType<CodeSave>().Where(s => unneeded.Contains(s.Variable))) locals.Remove(save.Saved);
        return Remove(code, unneeded);
    }

    private static void Flatten(IEnumerable<CodeStmt> code, List<CodeStmt> into)
    {
        foreach (CodeStmt s in code)
        {
            into.Add(s);
            if (s is CodeIf f)
            {
                Flatten(f.Then, into);
                Flatten(f.Else, into);
            }
        }
    }

    private static bool ReadsVariable(CodeStmt s, string name) => s switch
    {
        CodeAssign a => ExprWalk.Reads(a.Value, name),
        CodeAccumulate a => ExprWalk.Reads(a.Value, name),
        CodeIf f => ExprWalk.Reads(f.Condition, name),
        CodeReturn r => ExprWalk.Reads(r.Value, name),
        CodeBackwardCall c => c.Arguments.Any(a => ExprWalk.Reads(a, name)) || ExprWalk.Reads(c.Seed, name),
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
                    break;
                case CodeIf f:
                    kept.Add(f with { Then = Remove(f.Then, unneeded), Else = Remove(f.Else, unneeded) });
                    break;
                default:
                    kept.Add(s);
                    break;
            }
        }
        return kept.ToImmutable();
    }
}
