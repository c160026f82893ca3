using System.Collections.Generic;
using System.Linq;
using AutoDiffGen.Generator.Diagnostics;
using AutoDiffGen.Generator.IR;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AutoDiffGen.Generator.Parsing;

/// <summary>
/// Calls of the runtime's <c>AutoDiffGen.Vec</c> primitives. A scalar-valued one (<c>Vec.Dot(a, b)</c>) is an
/// expression whose backward pass calls its pullback like a [Differentiable] callee's Backward. A vector-valued
/// one is a statement writing into a local array (<c>Vec.Relu(z, h);</c>, a <see cref="CallInto"/>); its pullback
/// reads that array as the call left it, so the array must be fresh and stay untouched: this file records every
/// use of a local array, in source order, and reports the uses that would break that (ADGEN0040–0043).
/// </summary>
internal sealed partial class BodyLowering
{
    public const string VecType = "AutoDiffGen.Vec";

    /// <summary>How many loops enclose the statement being lowered (branches do not count: a call in a branch runs at most once).</summary>
    private int loops;

    private enum ArrayUse { Read, Write, Output }

    /// <summary>Every read, element write and vector-operation output of a local array, in source order, with where it is written.</summary>
    private readonly List<(string Array, ArrayUse Use, Location Where, string Callee)> arrayUses = new();

    private void RecordArrayUse(string array, ArrayUse use, SyntaxNode where, string callee = "") =>
        arrayUses.Add((array, use, where.GetLocation(), callee));

    private static bool IsVec(IMethodSymbol method) => method.ContainingType.ToDisplayString() == VecType;

    /// <summary>
    /// The pullback of a Vec function, when it has one of the expected shape: the function's parameters (for a
    /// vector-valued one, its result among them), a seed or the result's adjoint, one span per differentiable input.
    /// </summary>
    private static bool HasPullback(IMethodSymbol method)
    {
        if (method.Name.EndsWith("Backward", System.StringComparison.Ordinal)) return false;
        int inputs = method.ReturnsVoid ? method.Parameters.Length - 1 : method.Parameters.Length;
        int gradients = method.Parameters.Take(inputs).Count(Attributes.IsDifferentiable);
        int expected = method.Parameters.Length + 1 + gradients;
        return method.ContainingType.GetMembers(method.Name + "Backward").OfType<IMethodSymbol>().Any(b => b.Parameters.Length == expected);
    }

    /// <summary>A scalar-valued Vec call in an expression: an <see cref="Invoke"/> of its pullback.</summary>
    private Expr VecInvocation(IInvocationOperation call, NumType type)
    {
        if (!HasPullback(call.TargetMethod))
        {
            Report(DiagnosticDescriptors.NoDerivativeForCall, call.Syntax.GetLocation(), "Vec." + call.TargetMethod.Name,
                "it has no pullback; call the function itself (docs/vector-ops.md lists them)");
            return new Constant(type, "default");
        }
        return CalleeInvocation(call, type, Qualified(call.TargetMethod) + "Backward");
    }

    /// <summary><c>Vec.F(inputs…, output);</c> as a statement: a <see cref="CallInto"/>.</summary>
    private void VecStatement(IInvocationOperation call, string source, List<Stmt> into)
    {
        IMethodSymbol method = call.TargetMethod;
        string shown = "Vec." + method.Name;
        IArgumentOperation[] arguments = call.Arguments.OrderBy(a => a.Parameter?.Ordinal ?? 0).ToArray();
        if (!method.ReturnsVoid || arguments.Length == 0 || !HasPullback(method)
            || method.Parameters.Take(arguments.Length - 1).Any(p => Attributes.IsDifferentiable(p) && TypeMap.ElementOf(p.Type) is null))
        {
            Report(DiagnosticDescriptors.UnsupportedStatement, call.Syntax.GetLocation(),
                "'" + shown + "' cannot be used as a statement here; only the vector operations that write into a result span are (docs/vector-ops.md)");
            return;
        }
        if (loops > 0) Report(DiagnosticDescriptors.VectorOpInLoop, call.Syntax.GetLocation(), shown);

        IArgumentOperation outputArgument = arguments[arguments.Length - 1];
        // double[] → Span<double> is a built-in conversion from C# 14 on, the implicit operator before: look through both.
        IOperation outputValue = outputArgument.Value is IConversionOperation { OperatorMethod: null } or IConversionOperation { IsImplicit: true }
            ? ((IConversionOperation)outputArgument.Value).Operand
            : outputArgument.Value;
        if (outputValue is not ILocalReferenceOperation local || !arrayLocals.TryGetValue(local.Local, out string? output))
        {
            Report(DiagnosticDescriptors.VectorOpOutputNotLocalArray, outputArgument.Syntax.GetLocation(), shown, Text(outputArgument.Syntax));
            return;
        }

        IArgumentOperation[] inputs = arguments.Take(arguments.Length - 1).ToArray();
        int usesBefore = arrayUses.Count;
        Expr Argument(IArgumentOperation a) => a.Parameter is { } p && TypeMap.ElementOf(p.Type) is NumType element ? ArrayArgument(a.Value, element) : Expression(a.Value);
        Expr[] values = inputs.Select(Argument).ToArray();
        if (values.Any(v => v is ArrayRef r && r.Array == output))
        {
            Report(DiagnosticDescriptors.VectorOpOutputIsInput, outputArgument.Syntax.GetLocation(), Text(outputArgument.Syntax), shown);
            // Already reported: not again as a read before the call (ADGEN0042).
            for (int k = arrayUses.Count - 1; k >= usesBefore; k--)
            {
                if (arrayUses[k].Array == output) arrayUses.RemoveAt(k);
            }
        }
        RecordArrayUse(output, ArrayUse.Output, outputArgument.Syntax, shown);

        NumType elementType = TypeMap.ElementOf(method.Parameters[arguments.Length - 1].Type) ?? NumType.Double;
        bool[] differentiable = method.Parameters.Take(inputs.Length).Select(Attributes.IsDifferentiable).ToArray();
        var invoke = new Invoke(elementType, Qualified(method), values.ToEquatableArray(), differentiable.ToEquatableArray(), Qualified(method) + "Backward");
        CalleeCalls.Add((invoke, inputs, method.Name, method.Parameters.Take(inputs.Length).Select(p => p.Name).ToArray()));
        into.Add(new CallInto(source, invoke, output));
    }

    /// <summary>Reports each use of a vector operation's output array that would make its pullback read the wrong values.</summary>
    private void CheckVectorOutputs()
    {
        var reported = new HashSet<Location>();
        for (int k = 0; k < arrayUses.Count; k++)
        {
            (string array, ArrayUse use, _, string callee) = arrayUses[k];
            if (use != ArrayUse.Output) continue;
            for (int other = 0; other < arrayUses.Count; other++)
            {
                (string otherArray, ArrayUse otherUse, Location where, string otherCallee) = arrayUses[other];
                if (other == k || otherArray != array) continue;
                string? why = otherUse switch
                {
                    ArrayUse.Write => "its elements must not be written or initialised (before the call the values are overwritten, after it the pullback would read changed values); use another local array",
                    ArrayUse.Read when other < k => "it must not be read before the call (it holds only zeros there); use another local array",
                    ArrayUse.Output when other > k => "'" + otherCallee + "' must not write into it again; use a new local array for each result",
                    _ => null,
                };
                if (why is not null && reported.Add(where)) Report(DiagnosticDescriptors.VectorOpOutputUsedElsewhere, where, array, callee, why);
            }
        }
    }
}
