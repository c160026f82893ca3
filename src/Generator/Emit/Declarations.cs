using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using AutoDiffGen.Generator.Differentiation;
using AutoDiffGen.Generator.Lowering;

namespace AutoDiffGen.Generator.Emit;

/// <summary>Where and how a local is declared.</summary>
/// <param name="Block">Path to the block, e.g. "" (method body), "3T" (then-branch of statement 3).</param>
/// <param name="Index">The statement in that block the declaration belongs to.</param>
/// <param name="Inline">True: that statement itself becomes the declaration (<c>double f0 = …;</c>);
/// false: a separate <c>T name = 0/default;</c> line goes just before it.</param>
internal sealed record Declaration(string Name, string Block, int Index, bool Inline);

/// <summary>
/// Declares every local once, in the innermost block that contains all its uses, at its first use.
/// A local first written by a plain assignment in that block is declared by that assignment; one
/// first used inside a nested branch (an adjoint that two branches add into, a value the backward
/// pass reads from a forward branch) is declared just before, starting at zero/default.
/// </summary>
internal static class Declarations
{
    private sealed record Occurrence(IReadOnlyList<(int Index, char Branch)> Path, int Index, CodeStmt Statement);

    public static Dictionary<string, Declaration> Place(ImmutableArray<CodeStmt> body, IReadOnlyDictionary<string, LocalInfo> locals)
    {
        var occurrences = new Dictionary<string, List<Occurrence>>();
        Collect(body, new List<(int, char)>(), locals, occurrences);

        var result = new Dictionary<string, Declaration>();
        foreach (KeyValuePair<string, List<Occurrence>> entry in occurrences)
        {
            List<Occurrence> uses = entry.Value;
            int depth = CommonDepth(uses);
            List<(int, char)> blockPath = uses[0].Path.Take(depth).ToList();
            int index = uses.Min(u => u.Path.Count > depth ? u.Path[depth].Index : u.Index);
            Occurrence? direct = uses.FirstOrDefault(u => u.Path.Count == depth && u.Index == index);
            int loop = blockPath.FindIndex(p => p.Item2 == 'B');
            // In a loop body only a plain write may declare: a first '+=' there adds to what the
            // previous iteration left (an adjoint carried across iterations).
            bool inline = direct is not null && DeclaresInline(direct.Statement, entry.Key)
                && !(loop >= 0 && direct.Statement is CodeAccumulate);
            if (!inline && loop >= 0)
            {
                // Its first use in a loop body reads it (an adjoint added into across iterations, a value
                // pushed on the tape): declared inside, it would restart every iteration. Declare it
                // once, before the outermost loop.
                index = blockPath[loop].Item1;
                blockPath = blockPath.Take(loop).ToList();
            }
            result.Add(entry.Key, new Declaration(entry.Key, BlockKey(blockPath), index, inline));
        }
        return result;
    }

    public static string BlockKey(IEnumerable<(int Index, char Branch)> path) =>
        string.Concat(path.Select(p => p.Index.ToString(System.Globalization.CultureInfo.InvariantCulture) + p.Branch));

    private static int CommonDepth(List<Occurrence> uses)
    {
        int depth = uses.Min(u => u.Path.Count);
        for (int level = 0; level < depth; level++)
        {
            (int, char) first = uses[0].Path[level];
            if (uses.Any(u => !u.Path[level].Equals(first))) return level;
        }
        return depth;
    }

    /// <summary>A write that does not read the variable itself can carry the declaration.</summary>
    private static bool DeclaresInline(CodeStmt s, string name) => s switch
    {
        CodeAssign a => a.Target == name && !ExprWalk.Reads(a.Value, name),
        CodeAccumulate a => a.Target == name && !ExprWalk.Reads(a.Value, name),
        CodeSave save => save.Saved == name,
        _ => false,
    };

    private static void Collect(ImmutableArray<CodeStmt> block, List<(int, char)> path, IReadOnlyDictionary<string, LocalInfo> locals, Dictionary<string, List<Occurrence>> into)
    {
        for (int i = 0; i < block.Length; i++)
        {
            CodeStmt s = block[i];
            var names = new HashSet<string>();
            switch (s)
            {
                case CodeAssign a: names.Add(a.Target); ExprWalk.CollectReads(a.Value, names); break;
                case CodeAccumulate a: names.Add(a.Target); ExprWalk.CollectReads(a.Value, names); break;
                case CodeSave save: names.Add(save.Saved); names.Add(save.Variable); break;
                case CodeRestore restore: names.Add(restore.Saved); names.Add(restore.Variable); break;
                case CodeReturn r: ExprWalk.CollectReads(r.Value, names); break;
                case CodeAccumulateElement a: ExprWalk.CollectReads(a.Index, names); ExprWalk.CollectReads(a.Value, names); break;
                case CodeBackwardCall c:
                    foreach (IR.Expr a in c.Arguments) ExprWalk.CollectReads(a, names);
                    ExprWalk.CollectReads(c.Seed, names);
                    foreach (string accumulator in c.Accumulators) names.Add(accumulator);
                    break;
                case CodeCall c:
                    foreach (IR.Expr a in c.Arguments) ExprWalk.CollectReads(a, names);
                    break;
                case CodeIf f:
                    ExprWalk.CollectReads(f.Condition, names);
                    Collect(f.Then, new List<(int, char)>(path) { (i, 'T') }, locals, into);
                    Collect(f.Else, new List<(int, char)>(path) { (i, 'E') }, locals, into);
                    break;
                case CodeLoop l:
                    ExprWalk.CollectReads(l.Condition, names);
                    Collect(l.Body, new List<(int, char)>(path) { (i, 'B') }, locals, into);
                    break;
                case CodeReverseLoop r:
                    ExprWalk.CollectReads(r.Condition, names);
                    Collect(r.Body, new List<(int, char)>(path) { (i, 'B') }, locals, into);
                    break;
                case CodePush p: names.Add(p.Variable); break;
                case CodePop p: names.Add(p.Variable); break;
                case CodeUndo u: names.Add(u.Variable); ExprWalk.CollectReads(u.Value, names); break;
                case CodeDeclareArray d: ExprWalk.CollectReads(d.Length, names); break;
                case CodeRenewArray r: ExprWalk.CollectReads(r.Length, names); break;
                case CodeAssignElement a: ExprWalk.CollectReads(a.Index, names); ExprWalk.CollectReads(a.Value, names); break;
                case CodePushElement p: ExprWalk.CollectReads(p.Index, names); break;
                case CodePopElement p: ExprWalk.CollectReads(p.Index, names); break;
            }

            foreach (string name in names.Where(locals.ContainsKey))
            {
                if (!into.TryGetValue(name, out List<Occurrence>? list)) into[name] = list = new List<Occurrence>();
                list.Add(new Occurrence(path.ToArray(), i, s));
            }
        }
    }
}
