using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using AutoDiffGen.Generator.IR;
using static AutoDiffGen.Generator.Differentiation.Build;

namespace AutoDiffGen.Generator.Differentiation;

/// <summary>
/// Vector operations of the runtime (<c>AutoDiffGen.Vec</c>) writing into a local array: the forward pass makes
/// the call, the backward pass calls its pullback with the result, the result's adjoint array and one gradient
/// span per differentiable input (the input's adjoint array or gradient output, or <c>default</c> when it has none).
/// </summary>
internal sealed partial class ReverseMode
{
    private const string VecPrefix = "global::" + Parsing.BodyLowering.VecType + ".";

    /// <summary>
    /// The Vec pullbacks take an empty gradient span as "not wanted", so data arrays need no discard array
    /// (generated Backward methods and the StableMath ones check the length, and still get one).
    /// </summary>
    private static bool AcceptsEmptyGradient(string backward) => backward.StartsWith(VecPrefix, System.StringComparison.Ordinal);

    private void CallIntoCode(CallInto c, List<CodeStmt> forward, List<CodeStmt> backward)
    {
        NumType type = arrays[c.Output];
        var output = new ArrayRef(type, c.Output);
        forward.Add(new CodeComment(c.Source));
        forward.Add(new CodeCall(c.Call.Method, c.Call.Arguments.Append(output).ToImmutableArray()));
        if (!type.IsFloating() || !activity.IsActive(c.Output)) return;

        var gradients = new List<Expr>();
        for (int i = 0; i < c.Call.Arguments.Count; i++)
        {
            if (!c.Call.Differentiable[i]) continue;
            gradients.Add(c.Call.Arguments[i] is ArrayRef input && IsActive(input)
                ? new ArrayRef(input.Type, adjoints[input.Array])
                : new Constant(type, "default"));
        }
        if (gradients.All(g => g is Constant)) return;

        // Nothing before the call reads the output (the parser checks it), so its adjoint needs no reset after.
        backward.Add(new CodeComment("∂ " + c.Source));
        backward.Add(new CodeCall(c.Call.Backward, c.Call.Arguments
            .Append(output)
            .Append(new ArrayRef(type, adjoints[c.Output]))
            .Concat(gradients)
            .ToImmutableArray()));
    }
}
