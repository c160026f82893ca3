using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using AutoDiffGen.Generator.IR;
using AutoDiffGen.Generator.Lowering;
using static AutoDiffGen.Generator.Differentiation.Build;

namespace AutoDiffGen.Generator.Differentiation;

/// <summary>Calls of [Differentiable] methods and [BackwardOf] rules: the backward pass calls their Backward.</summary>
internal sealed partial class ReverseMode
{
    /// <summary>
    /// The callee's generated Backward adds g·∂callee/∂argument into one accumulator per differentiable
    /// parameter; each accumulator then flows on into its argument expression.
    /// </summary>
    private void PropagateThroughCallee(Invoke invoke, List<Expr> operands, Expr g, List<CodeStmt> code)
    {
        var accumulators = ImmutableArray.CreateBuilder<string>();
        var byRef = ImmutableArray.CreateBuilder<bool>();
        var received = new List<(Expr Argument, string Accumulator)>();
        for (int i = 0; i < operands.Count; i++)
        {
            if (!invoke.Differentiable[i]) continue;
            if (operands[i] is ArrayRef array)
            {
                // The callee adds into an array's adjoint itself: pass the caller's adjoint span, or,
                // for an array that has none (data), a discard array of the same length.
                accumulators.Add(IsActive(array) || nestedArrays.ContainsKey(array.Array) ? adjoints[array.Array]
                    : AcceptsEmptyGradient(invoke.Backward) ? "default" : Discard(array));
                byRef.Add(false);
                continue;
            }
            string accumulator = names.Numbered("dArg");
            Declare(accumulator, operands[i].Type, isAdjoint: true);
            accumulators.Add(accumulator);
            byRef.Add(true);
            received.Add((operands[i], accumulator));
            // Starts from zero at every call (a loop may run this call many times).
            code.Add(new CodeAssign(accumulator, Num(operands[i].Type, "0")));
        }

        code.Add(new CodeBackwardCall(invoke.Backward, operands.ToImmutableArray(), g, accumulators.ToImmutable(), byRef.ToImmutable()));
        foreach ((Expr argument, string accumulator) in received)
        {
            Propagate(argument, new Variable(argument.Type, accumulator), null, code);
        }
    }

    /// <summary>Arrays without an adjoint passed where a callee differentiates: the discard array each gets.</summary>
    private readonly Dictionary<string, (string Name, NumType Type)> discards = new();

    private string Discard(ArrayRef array)
    {
        if (!discards.TryGetValue(array.Array, out (string Name, NumType Type) discard))
        {
            discard = (names.Fresh("discard" + char.ToUpperInvariant(array.Array.TrimStart('@')[0]) + array.Array.TrimStart('@').Substring(1)), array.Type);
            discards.Add(array.Array, discard);
        }
        return discard.Name;
    }

    /// <summary>Declares each discard array: a parameter's first thing in the method, a local array's
    /// right after the array (its length is known there).</summary>
    private ImmutableArray<CodeStmt> DeclareDiscards(ImmutableArray<CodeStmt> code, bool top)
    {
        var result = ImmutableArray.CreateBuilder<CodeStmt>();
        if (top)
        {
            foreach (KeyValuePair<string, (string Name, NumType Type)> d in discards.Where(d => !arrays.ContainsKey(d.Key)).OrderBy(d => d.Key, StringComparer.Ordinal))
            {
                result.Add(new CodeDeclareArray(d.Value.Name, d.Value.Type, new Length(d.Key)));
            }
        }
        foreach (CodeStmt s in code)
        {
            switch (s)
            {
                case CodeIf f:
                    result.Add(f with { Then = DeclareDiscards(f.Then, top: false), Else = DeclareDiscards(f.Else, top: false) });
                    break;
                case CodeDeclareArray a when discards.TryGetValue(a.Name, out (string Name, NumType Type) d):
                    result.Add(s);
                    result.Add(new CodeDeclareArray(d.Name, d.Type, new Length(a.Name)));
                    break;
                default:
                    result.Add(s);
                    break;
            }
        }
        return result.ToImmutable();
    }
}
