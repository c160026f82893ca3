using System.Collections.Generic;
using System.Linq;
using AutoDiffGen.Generator.Differentiation;
using AutoDiffGen.Generator.IR;

namespace AutoDiffGen.Generator.Lowering;

/// <summary>
/// Activity analysis: a variable is <em>active</em> when it both depends on a differentiable parameter
/// (varied) and influences the returned value (useful). Only active values get adjoints, so a
/// [NoDiff] input, an int counter or a dead local costs nothing in the backward pass.
/// The analysis is per variable, not per program point: conservative, and exact for code without
/// reassignment.
/// </summary>
internal sealed class Activity
{
    private readonly HashSet<string> varied = new();
    private readonly HashSet<string> useful = new();

    public Activity(IEnumerable<ParamIR> parameters, IReadOnlyList<Stmt> body)
    {
        foreach (ParamIR p in parameters.Where(p => p.IsDifferentiable)) varied.Add(p.Name);

        // An element write a[i] = v is, for activity, an assignment to the whole array a; a vector operation
        // Vec.F(inputs…, a) one of the call's value (an Invoke over its inputs) to a.
        List<Assign> assigns = StmtWalk.All(body).OfType<Assign>()
            .Concat(StmtWalk.All(body).OfType<AssignElement>().Select(e => new Assign(e.Source, e.Array, e.Value, IsDeclaration: false)))
            .Concat(StmtWalk.All(body).OfType<CallInto>().Select(c => new Assign(c.Source, c.Output, c.Call, IsDeclaration: false)))
            .ToList();
        List<Expr> returns = StmtWalk.All(body).OfType<Return>().Select(r => r.Value).ToList();

        for (bool changed = true; changed;)
        {
            changed = false;
            foreach (Assign a in assigns)
            {
                if (!varied.Contains(a.Target) && IsVaried(a.Value)) changed |= varied.Add(a.Target);
            }
        }

        foreach (Expr r in returns) AddVariedReads(r, useful);
        for (bool changed = true; changed;)
        {
            changed = false;
            foreach (Assign a in assigns.Where(a => useful.Contains(a.Target) && varied.Contains(a.Target)))
            {
                int before = useful.Count;
                AddVariedReads(a.Value, useful);
                changed |= useful.Count != before;
            }
        }
    }

    public bool IsActive(string variable) => varied.Contains(variable) && useful.Contains(variable);

    /// <summary>Declares a generated temporary active (it holds an active subexpression's value).</summary>
    public void AddActiveTemporary(string name)
    {
        varied.Add(name);
        useful.Add(name);
    }

    /// <summary>True when the expression's value depends on an active variable through differentiable operations.</summary>
    public bool IsActive(Expr e) => e switch
    {
        Variable v => IsActive(v.Name),
        Constant => false,
        Call c => c.Type.IsFloating() && DerivativeRules.Get(c.Function).IsDifferentiable && c.Arguments.Any(IsActive),
        Invoke c => c.Type.IsFloating() && c.Arguments.Where((a, i) => c.Differentiable[i]).Any(IsActive),
        Element el => el.Type.IsFloating() && IsActive(el.Array),
        ArrayRef a => a.Type.IsFloating() && IsActive(a.Array),
        Length => false,
        _ => e.Type.IsFloating() && ExprWalk.Children(e).Any(IsActive),
    };

    private bool IsVaried(Expr e) => e switch
    {
        Variable v => varied.Contains(v.Name),
        Constant => false,
        Call c => c.Type.IsFloating() && DerivativeRules.Get(c.Function).IsDifferentiable && c.Arguments.Any(IsVaried),
        Invoke c => c.Type.IsFloating() && c.Arguments.Where((a, i) => c.Differentiable[i]).Any(IsVaried),
        Element el => el.Type.IsFloating() && varied.Contains(el.Array),
        ArrayRef a => a.Type.IsFloating() && varied.Contains(a.Array),
        Length => false,
        _ => e.Type.IsFloating() && ExprWalk.Children(e).Any(IsVaried),
    };

    private void AddVariedReads(Expr e, HashSet<string> into)
    {
        var reads = new HashSet<string>();
        ExprWalk.CollectReads(e, reads);
        foreach (string name in reads.Where(varied.Contains)) into.Add(name);
    }
}
