using System.Collections.Generic;
using System.Linq;
using AutoDiffGen.Generator.IR;
using AutoDiffGen.Generator.Lowering;

namespace AutoDiffGen.Generator.Rewrites;

/// <summary>
/// Locals a pattern may look through: <c>double p = 1/(1+Math.Exp(-z)); … Math.Log(p)</c> is a
/// log-sigmoid of z. That is sound only when <c>Math.Log(p)</c> may be replaced by a formula of z, which
/// needs p and z to hold, at the use, the values they had at p's definition. So a local qualifies when
/// its declaration is its only assignment, and its definition is dropped as soon as the rewriter, walking
/// the statements in order, reaches one that may assign something the definition reads (parameters that
/// are never assigned, elements of array parameters and other qualifying locals never change). A plain
/// assignment drops it after the statement (its value is read first); a loop or branch before (a use
/// inside may follow the assignment). C#'s scoping does the rest: every use of p lies in p's scope,
/// after its declaration, and re-entering that scope (the next iteration of a loop) re-runs it.
/// </summary>
internal sealed class StableDefinitions
{
    private readonly HashSet<string> singleAssignment = new();
    private readonly HashSet<string> arrayParameters;
    private readonly Dictionary<string, Expr> definitions = new();

    public StableDefinitions(IEnumerable<ParamIR> parameters, IReadOnlyList<Stmt> body)
    {
        var assignments = new Dictionary<string, int>();
        var declared = new HashSet<string>();
        foreach (Assign a in StmtWalk.All(body).OfType<Assign>())
        {
            assignments[a.Target] = assignments.TryGetValue(a.Target, out int n) ? n + 1 : 1;
            if (a.IsDeclaration) declared.Add(a.Target);
        }
        foreach (ParamIR p in parameters.Where(p => !p.IsArray && !assignments.ContainsKey(p.Name))) singleAssignment.Add(p.Name);
        foreach (KeyValuePair<string, int> a in assignments.Where(a => a.Value == 1 && declared.Contains(a.Key))) singleAssignment.Add(a.Key);
        arrayParameters = new HashSet<string>(parameters.Where(p => p.IsArray).Select(p => p.Name));
    }

    /// <summary>Called at each declaration, with its (already rewritten) value.</summary>
    public void Declare(string name, Expr value)
    {
        if (singleAssignment.Contains(name)) definitions[name] = value;
    }

    /// <summary>Drops every definition that reads one of <paramref name="assigned"/>: from here on it may
    /// no longer hold the value it had at its declaration.</summary>
    public void Invalidate(ISet<string> assigned)
    {
        if (assigned.Count == 0) return;
        foreach (string name in definitions.Where(d => Reads(d.Value, assigned)).Select(d => d.Key).ToList()) definitions.Remove(name);
    }

    private bool Reads(Expr e, ISet<string> assigned) => ExprWalk.Any(e, x => x switch
    {
        Variable v => !singleAssignment.Contains(v.Name) && assigned.Contains(v.Name),
        Element el => !arrayParameters.Contains(el.Array) && assigned.Contains(el.Array),
        ArrayRef a => !arrayParameters.Contains(a.Array) && assigned.Contains(a.Array),
        _ => false,
    });

    /// <summary>What <paramref name="e"/> stands for: the definition of a qualifying local, looked through repeatedly.</summary>
    public Expr See(Expr e)
    {
        while (e is Variable v && definitions.TryGetValue(v.Name, out Expr? value)) e = value;
        return e;
    }
}
