using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using AutoDiffGen.Generator.IR;
using AutoDiffGen.Generator.Lowering;
using static AutoDiffGen.Generator.Differentiation.Build;

namespace AutoDiffGen.Generator.Differentiation;

/// <summary>Local arrays: declarations (top-level, or reused when nested in a loop or branch) and element writes.</summary>
internal sealed partial class ReverseMode
{
    private void DeclareArrayCode(DeclareArray d, List<CodeStmt> forward, List<CodeStmt> backward)
    {
        forward.Add(new CodeComment(d.Source));
        string? adjoint = null;
        // A nested array always gets one when it holds floating-point values: also the discard array a
        // callee adds into when the array is passed to it as data.
        bool wantsAdjoint = d.ElementType.IsFloating() && (activity.IsActive(d.Name) || d.IsNested);
        if (wantsAdjoint && !adjoints.TryGetValue(d.Name, out adjoint))
        {
            adjoint = names.Fresh("d" + char.ToUpperInvariant(d.Name.TrimStart('@')[0]) + d.Name.TrimStart('@').Substring(1));
            adjoints.Add(d.Name, adjoint);
            arrayAdjoints.Add(adjoint);
        }
        if (!d.IsNested)
        {
            forward.Add(new CodeDeclareArray(d.Name, d.ElementType, d.Length));
            if (adjoint is not null) forward.Add(new CodeDeclareArray(adjoint, d.ElementType, new Length(d.Name)));
            return;
        }

        // Declared in a loop or branch: one array, declared at the top of the method and reused. In a loop
        // each new declaration keeps the previous contents on the tape; the backward pass puts them back.
        nestedArrays[d.Name] = (d.ElementType, adjoint);
        string index = names.Fresh("e");
        if (loopDepth > 0) tape ??= names.Fresh("tape");
        string? kept = loopDepth > 0 ? tape : null;
        forward.Add(new CodeRenewArray(d.Name, adjoint, d.ElementType, d.Length, kept, index));
        if (kept is not null)
        {
            backward.Add(new CodeComment("∂ " + d.Source));
            backward.Add(new CodeRestoreArray(d.Name, adjoint, d.ElementType, kept, index));
        }
    }

    /// <summary>Local arrays declared in a loop or branch, with their adjoint arrays: declared at the top of the method.</summary>
    private readonly Dictionary<string, (NumType Type, string? Adjoint)> nestedArrays = new();

    private IEnumerable<CodeStmt> NestedArrayVariables() => nestedArrays.OrderBy(a => a.Key, StringComparer.Ordinal)
        .SelectMany(a => new[] { a.Key, a.Value.Adjoint }.OfType<string>().Select(name => new CodeDeclareArrayVariable(name, a.Value.Type)));

    /// <summary>A new temporary for the value an element write stores (one per write: each has its own adjoint).</summary>
    private string ElementValue(AssignElement e)
    {
        string temporary = names.Fresh(e.Array.TrimStart('@') + "Value");
        Declare(temporary, e.Value.Type, isAdjoint: false);
        if (e.Value.Type.IsFloating() && activity.IsActive(e.Array) && activity.IsActive(e.Value)) activity.AddActiveTemporary(temporary);
        return temporary;
    }

    /// <summary>
    /// <c>a[i] = t</c>: the old element is kept (a local copy, or the tape in loops) and put back by the
    /// backward pass, which first moves the element's adjoint into t's and clears it (the old value did
    /// not reach the result through this element).
    /// </summary>
    private void AssignElementCode(AssignElement e, string temporary, List<CodeStmt> forward, List<CodeStmt> backward)
    {
        NumType type = arrays[e.Array];
        CodeStmt? restore = null;
        if (!e.IsInitializer)
        {
            if (loopDepth > 0)
            {
                tape ??= names.Fresh("tape");
                forward.Add(new CodePushElement(tape, e.Array, e.Index, type));
                restore = new CodePopElement(tape, e.Array, e.Index, type);
            }
            else
            {
                string saved = names.Fresh(e.Array.TrimStart('@') + "_saved");
                Declare(saved, type, isAdjoint: false);
                forward.Add(new CodeAssign(saved, new Element(type, e.Array, e.Index)));
                restore = new CodeAssignElement(e.Array, e.Index, new Variable(type, saved));
            }
        }
        forward.Add(new CodeAssignElement(e.Array, e.Index, new Variable(type, temporary)));

        if (type.IsFloating() && activity.IsActive(e.Array))
        {
            string adjoint = adjoints[e.Array];
            backward.Add(new CodeComment("∂ " + e.Source));
            if (activity.IsActive(temporary)) backward.Add(new CodeAccumulate(Adjoint(temporary), new Element(type, adjoint, e.Index)));
            if (!e.IsInitializer) backward.Add(new CodeAssignElement(adjoint, e.Index, Num(type, "0")));
        }
        if (restore is not null) backward.Add(restore);
    }
}
