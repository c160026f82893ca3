using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using AutoDiffGen.Generator.IR;
using AutoDiffGen.Generator.Lowering;

namespace AutoDiffGen.Generator.Differentiation;

/// <summary>
/// Removes backward statements whose adjoint is zero on every way to reach them: adjoint code is
/// linear in the adjoints it reads, so such a statement adds 0, unless a partial derivative is
/// infinite or NaN, and then it would add NaN. <c>r = Math.Sqrt(x); if (x &lt;= 0) return 0; return r;</c>
/// at x &lt; 0 must have gradient 0, not 0·NaN: on that path nothing flows into r, so its
/// adjoint block disappears. It also removes work the path does not need.
/// </summary>
internal static class ZeroAdjointElision
{
    public static ImmutableArray<CodeStmt> Apply(ImmutableArray<CodeStmt> code, IReadOnlyDictionary<string, LocalInfo> locals)
    {
        var adjoints = new HashSet<string>(locals.Where(l => l.Value.IsAdjoint).Select(l => l.Key));
        var nonZero = new HashSet<string>();
        return DropEmptyComments(Walk(code, adjoints, nonZero));
    }

    /// <summary>Filters <paramref name="block"/>; <paramref name="nonZero"/> holds the adjoints that may be non-zero here, and is updated.</summary>
    private static ImmutableArray<CodeStmt> Walk(ImmutableArray<CodeStmt> block, HashSet<string> adjoints, HashSet<string> nonZero)
    {
        var kept = ImmutableArray.CreateBuilder<CodeStmt>();
        foreach (CodeStmt s in block)
        {
            switch (s)
            {
                case CodeAssign a when adjoints.Contains(a.Target):
                    if (IsZero(a.Value, adjoints, nonZero))
                    {
                        nonZero.Remove(a.Target);
                        if (a.Value is Constant) kept.Add(s); // an explicit reset keeps the variable defined
                    }
                    else
                    {
                        nonZero.Add(a.Target);
                        kept.Add(s);
                    }
                    break;
                case CodeAccumulate a:
                    if (IsZero(a.Value, adjoints, nonZero)) break;
                    nonZero.Add(a.Target);
                    kept.Add(s);
                    break;
                case CodeAccumulateElement a:
                    if (!IsZero(a.Value, adjoints, nonZero)) kept.Add(s);
                    break;
                case CodeBackwardCall c:
                    if (IsZero(c.Seed, adjoints, nonZero)) break;
                    foreach (string accumulator in c.Accumulators) nonZero.Add(accumulator);
                    kept.Add(s);
                    break;
                case CodeIf f:
                    var whenTrue = new HashSet<string>(nonZero);
                    var whenFalse = new HashSet<string>(nonZero);
                    ImmutableArray<CodeStmt> then = Walk(f.Then, adjoints, whenTrue);
                    ImmutableArray<CodeStmt> @else = Walk(f.Else, adjoints, whenFalse);
                    nonZero.UnionWith(whenTrue);
                    nonZero.UnionWith(whenFalse);
                    if (then.Any(IsWork) || @else.Any(IsWork)) kept.Add(f with { Then = then, Else = @else });
                    break;
                case CodeLoop l:
                    kept.Add(l with { Body = Walk(l.Body, adjoints, nonZero) });
                    break;
                case CodeReverseLoop r:
                    // A later iteration sees what an earlier one added: start from everything the body writes.
                    // The loop may also run zero times, so afterwards anything non-zero before stays so.
                    var inLoop = new HashSet<string>(nonZero);
                    inLoop.UnionWith(Written(r.Body).Where(adjoints.Contains));
                    kept.Add(r with { Body = Walk(r.Body, adjoints, inLoop) });
                    nonZero.UnionWith(inLoop);
                    break;
                default:
                    kept.Add(s);
                    break;
            }
        }
        return kept.ToImmutable();
    }

    private static IEnumerable<string> Written(ImmutableArray<CodeStmt> block)
    {
        foreach (CodeStmt s in block)
        {
            switch (s)
            {
                case CodeAssign a: yield return a.Target; break;
                case CodeAccumulate a: yield return a.Target; break;
                case CodeBackwardCall c: foreach (string acc in c.Accumulators) yield return acc; break;
                case CodeIf f: foreach (string w in Written(f.Then).Concat(Written(f.Else))) yield return w; break;
                case CodeReverseLoop r: foreach (string w in Written(r.Body)) yield return w; break;
            }
        }
    }

    /// <summary>Zero when it is a zero constant, or reads adjoints and all of them are zero.</summary>
    private static bool IsZero(Expr e, HashSet<string> adjoints, HashSet<string> nonZero)
    {
        if (e is Constant c) return c.Text == c.Type.Literal("0");
        var reads = new HashSet<string>();
        ExprWalk.CollectReads(e, reads);
        reads.IntersectWith(adjoints);
        return reads.Count > 0 && !reads.Overlaps(nonZero);
    }

    private static bool IsWork(CodeStmt s) => s is not CodeComment;

    /// <summary>A "∂ statement" comment whose adjoint code was all removed goes too.</summary>
    private static ImmutableArray<CodeStmt> DropEmptyComments(ImmutableArray<CodeStmt> block)
    {
        var kept = ImmutableArray.CreateBuilder<CodeStmt>();
        for (int i = 0; i < block.Length; i++)
        {
            CodeStmt s = block[i];
            if (s is CodeComment c && c.Text.StartsWith("∂ ", System.StringComparison.Ordinal)
                && (i + 1 == block.Length || block[i + 1] is CodeComment || block[i + 1] is CodeReturn))
            {
                continue;
            }
            kept.Add(s switch
            {
                CodeIf f => f with { Then = DropEmptyComments(f.Then), Else = DropEmptyComments(f.Else) },
                CodeReverseLoop r => r with { Body = DropEmptyComments(r.Body) },
                _ => s,
            });
        }
        return kept.ToImmutable();
    }
}
