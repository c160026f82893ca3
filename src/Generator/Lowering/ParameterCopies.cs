using System.Collections.Generic;
using System.Linq;
using AutoDiffGen.Generator.IR;

namespace AutoDiffGen.Generator.Lowering;

/// <summary>
/// A parameter the body reassigns is copied into a fresh local on entry, and the body uses the copy.
/// The parameter then keeps its original value, so its gradient accumulates straight into the
/// caller's <c>ref</c>/<c>out</c> output and the backward pass never has to reset it.
/// </summary>
internal static class ParameterCopies
{
    public static (IReadOnlyList<Stmt> Body, IReadOnlyList<LocalIR> NewLocals, IReadOnlyDictionary<string, string> Copies) Apply(MethodIR method, NameAllocator names)
    {
        HashSet<string> assigned = StmtWalk.AssignedIn(method.Body);

        var renames = new Dictionary<string, string>();
        var prologue = new List<Stmt>();
        var locals = new List<LocalIR>();
        foreach (ParamIR p in method.Parameters)
        {
            if (p.Type is not NumType type || !assigned.Contains(p.Name)) continue;
            string copy = names.Fresh(p.Name + "_1");
            renames.Add(p.Name, copy);
            locals.Add(new LocalIR(copy, type));
            prologue.Add(new Assign($"(copy of parameter {p.Name}, which the method reassigns)", copy, new Variable(type, p.Name), IsDeclaration: true));
        }

        if (renames.Count == 0) return (method.Body, locals, renames);
        return (prologue.Concat(method.Body.Select(s => VariableRenaming.Apply(s, renames))).ToList(), locals, renames);
    }
}
