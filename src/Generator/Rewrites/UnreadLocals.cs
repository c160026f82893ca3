using System.Collections.Generic;
using System.Linq;
using AutoDiffGen.Generator.IR;
using AutoDiffGen.Generator.Lowering;

namespace AutoDiffGen.Generator.Rewrites;

/// <summary>
/// Drops the declarations a rewrite left unread: after <c>Math.Log(p)</c> became <c>LogSigmoid(z)</c>,
/// <c>double p = Sigmoid(z);</c> is computed for nothing. Expressions have no side effects, so a local
/// assigned once and read nowhere can go; repeated until nothing changes (p may have been the only
/// reader of another local).
/// </summary>
internal static class UnreadLocals
{
    public static List<Stmt> Remove(List<Stmt> body)
    {
        while (true)
        {
            var reads = new HashSet<string>();
            var assignments = new Dictionary<string, int>();
            foreach (Stmt s in StmtWalk.All(body))
            {
                foreach (Expr e in StabilityRewriter.Expressions(s)) ExprWalk.CollectReads(e, reads);
                if (s is Assign a) assignments[a.Target] = assignments.TryGetValue(a.Target, out int n) ? n + 1 : 1;
                if (s is AssignElement el) reads.Add(el.Array);
            }
            bool Unread(Stmt s) => s is Assign { IsDeclaration: true } a && assignments[a.Target] == 1 && !reads.Contains(a.Target);
            if (!StmtWalk.All(body).Any(Unread)) return body;
            body = Without(body, Unread);
        }
    }

    private static List<Stmt> Without(IEnumerable<Stmt> body, System.Func<Stmt, bool> drop) =>
        body.Where(s => !drop(s)).Select(s => s switch
        {
            If f => f with { Then = Without(f.Then, drop).ToEquatableArray(), Else = Without(f.Else, drop).ToEquatableArray() },
            Loop l => l with { Body = Without(l.Body, drop).ToEquatableArray() },
            _ => s,
        }).ToList();
}
