using System.Collections.Generic;
using System.Linq;
using AutoDiffGen.Generator.IR;

namespace AutoDiffGen.Generator.Lowering;

/// <summary>Renames scalar variables throughout a statement: every read and every assignment.</summary>
internal static class VariableRenaming
{
    public static Stmt Apply(Stmt s, IReadOnlyDictionary<string, string> renames)
    {
        Expr R(Expr e) => ExprWalk.Rewrite(e, x => x is Variable v && renames.TryGetValue(v.Name, out string? n) ? v with { Name = n } : x);
        EquatableArray<Stmt> B(EquatableArray<Stmt> body) => body.Select(x => Apply(x, renames)).ToEquatableArray();
        return s switch
        {
            Assign a => a with { Target = renames.TryGetValue(a.Target, out string? t) ? t : a.Target, Value = R(a.Value) },
            If f => f with { Condition = R(f.Condition), Then = B(f.Then), Else = B(f.Else) },
            Return r => r with { Value = R(r.Value) },
            AssignElement e => e with { Index = R(e.Index), Value = R(e.Value) },
            DeclareArray d => d with { Length = R(d.Length) },
            CallInto c => c with { Call = (Invoke)R(c.Call) },
            Loop l => l with { Condition = R(l.Condition), Body = B(l.Body) },
            _ => s,
        };
    }
}
