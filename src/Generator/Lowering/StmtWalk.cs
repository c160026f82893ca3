using System.Collections.Generic;
using System.Linq;
using AutoDiffGen.Generator.IR;

namespace AutoDiffGen.Generator.Lowering;

/// <summary>Generic traversals of IR statements.</summary>
internal static class StmtWalk
{
    /// <summary>The statement lists nested directly in <paramref name="s"/>.</summary>
    public static IEnumerable<EquatableArray<Stmt>> Bodies(Stmt s) => s switch
    {
        If f => new[] { f.Then, f.Else },
        Loop l => new[] { l.Body },
        _ => Enumerable.Empty<EquatableArray<Stmt>>(),
    };

    /// <summary>Every statement in <paramref name="body"/>, nested ones included, in order.</summary>
    public static IEnumerable<Stmt> All(IEnumerable<Stmt> body)
    {
        foreach (Stmt s in body)
        {
            yield return s;
            foreach (EquatableArray<Stmt> nested in Bodies(s))
            {
                foreach (Stmt inner in All(nested)) yield return inner;
            }
        }
    }

    /// <summary>Every variable assigned in <paramref name="body"/>, and every local array an element of which is
    /// written or a vector operation writes into.</summary>
    public static HashSet<string> AssignedIn(IEnumerable<Stmt> body) =>
        new(All(body).OfType<Assign>().Select(a => a.Target)
            .Concat(All(body).OfType<AssignElement>().Select(e => e.Array))
            .Concat(All(body).OfType<CallInto>().Select(c => c.Output)));
}
