using System.Collections.Generic;
using AutoDiffGen.Generator.Differentiation;
using AutoDiffGen.Generator.IR;

namespace AutoDiffGen.Generator.Vectorization;

/// <summary>
/// Which variables of the differentiated per-sample code differ between samples: the per-sample
/// parameters, everything computed from them, and everything assigned under a branch whose condition
/// differs between samples. The rest is shared by the whole chunk and stays a scalar.
/// </summary>
internal static class VaryingValues
{
    public static HashSet<string> Find(IEnumerable<string> perSample, IReadOnlyList<CodeStmt> body)
    {
        var varying = new HashSet<string>(perSample);
        // A variable can become varying after a statement that read it as shared ran: repeat until nothing changes.
        while (Pass(body, varying, underVaryingBranch: false)) { }
        return varying;
    }

    public static bool Mentions(Expr e, HashSet<string> varying) => e switch
    {
        Variable v => varying.Contains(v.Name),
        Unary u => Mentions(u.Operand, varying),
        Binary b => Mentions(b.Left, varying) || Mentions(b.Right, varying),
        IR.Conditional c => Mentions(c.Condition, varying) || Mentions(c.WhenTrue, varying) || Mentions(c.WhenFalse, varying),
        Call c => Any(c.Arguments, varying),
        IR.Convert c => Mentions(c.Operand, varying),
        Invoke i => Any(i.Arguments, varying),
        Element el => Mentions(el.Index, varying),
        _ => false,
    };

    private static bool Any(EquatableArray<Expr> arguments, HashSet<string> varying)
    {
        foreach (Expr a in arguments)
        {
            if (Mentions(a, varying)) return true;
        }
        return false;
    }

    private static bool Pass(IReadOnlyList<CodeStmt> block, HashSet<string> varying, bool underVaryingBranch)
    {
        bool changed = false;
        foreach (CodeStmt s in block)
        {
            switch (s)
            {
                case CodeAssign a:
                    changed |= Mark(a.Target, underVaryingBranch || Mentions(a.Value, varying), varying);
                    break;
                case CodeAccumulate a:
                    changed |= Mark(a.Target, underVaryingBranch || Mentions(a.Value, varying), varying);
                    break;
                case CodeSave save:
                    changed |= Mark(save.Saved, underVaryingBranch || varying.Contains(save.Variable), varying);
                    break;
                case CodeRestore restore:
                    changed |= Mark(restore.Variable, underVaryingBranch || varying.Contains(restore.Saved), varying);
                    break;
                case CodeIf f:
                    bool branchVaries = underVaryingBranch || Mentions(f.Condition, varying);
                    changed |= Pass(f.Then, varying, branchVaries);
                    changed |= Pass(f.Else, varying, branchVaries);
                    break;
            }
        }
        return changed;
    }

    private static bool Mark(string name, bool isVarying, HashSet<string> varying) => isVarying && varying.Add(name);
}
