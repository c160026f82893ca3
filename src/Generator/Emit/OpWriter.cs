using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using AutoDiffGen.Generator.IR;
using AutoDiffGen.Generator.Vectorization;

namespace AutoDiffGen.Generator.Emit;

/// <summary>Writes the steps of a chunk program as C#: one span kernel call or element loop per step.</summary>
internal sealed class OpWriter
{
    private readonly SourceWriter w;
    private readonly NumType type;
    private readonly string count;
    private readonly string index;
    private readonly IReadOnlyDictionary<string, int> slots;

    public OpWriter(SourceWriter w, NumType type, string count, string index, IReadOnlyDictionary<string, int> slots)
    {
        this.w = w;
        this.type = type;
        this.count = count;
        this.index = index;
        this.slots = slots;
    }

    public void Ops(ImmutableArray<ChunkOp> ops)
    {
        for (int i = 0; i < ops.Length; i++) Op(ops[i], first: i == 0);
    }

    private void Op(ChunkOp op, bool first)
    {
        string t = type.Keyword();
        switch (op)
        {
            case CommentOp c:
                if (!first) w.Line();
                w.Line("// " + c.Text);
                break;
            case KernelOp k:
                w.Line(k.Host + "." + k.Method + "<" + t + ">(" + string.Join(", ", k.Inputs.Select(Text).Append(k.Destination)) + ");");
                break;
            case ElementOp e:
                using (w.Block("for (int " + index + " = 0; " + index + " < " + count + "; " + index + "++)"))
                {
                    w.Line(e.Destination + "[" + index + "] = " + ExprPrinter.Print(e.Value) + ";");
                }
                break;
            case FillOp f:
                w.Line(f.Buffer + ".Fill(" + ExprPrinter.Print(f.Value) + ");");
                break;
            case ClearOp c:
                w.Line(c.Buffer + ".Clear();");
                break;
            case CopyOp c:
                // Sharing memory with its source (a value used for the last time): nothing to copy.
                if (!(slots.TryGetValue(c.Source, out int from) && slots.TryGetValue(c.Destination, out int to) && from == to))
                {
                    w.Line(c.Source + ".CopyTo(" + c.Destination + ");");
                }
                break;
            case ScalarOp s:
                w.Line(s.Target + (s.Accumulate ? " += " : " = ") + ExprPrinter.Print(s.Value) + ";");
                break;
            case ReduceOp r:
                w.Line(r.Target + " += " + Reduction(r) + ";");
                break;
            case ScalarIfOp f:
                using (w.Block("if (" + ExprPrinter.Print(f.Condition) + ")")) Ops(f.Then);
                if (!f.Else.IsEmpty)
                {
                    using (w.Block("else")) Ops(f.Else);
                }
                break;
        }
    }

    private string Reduction(ReduceOp r)
    {
        string t = type.Keyword();
        string tp = ChunkCompiler.TensorPrimitives, kernels = ChunkCompiler.Kernels;
        return r.Kind switch
        {
            ReductionKind.Sum => tp + ".Sum<" + t + ">(" + r.Buffers[0] + ")",
            ReductionKind.Dot => tp + ".Dot<" + t + ">(" + r.Buffers[0] + ", " + r.Buffers[1] + ")",
            ReductionKind.ScaledSum => Factor(r.Scale!) + " * " + tp + ".Sum<" + t + ">(" + r.Buffers[0] + ")",
            ReductionKind.Count => Factor(r.Scale!) + " * " + "(" + t + ")" + count,
            ReductionKind.SumWhere => kernels + ".SumWhere<" + t + ">(" + r.Buffers[0] + ", " + r.Buffers[1] + ")",
            _ => Factor(r.Scale!) + " * " + kernels + ".CountWhere<" + t + ">(" + r.Buffers[0] + ")",
        };
    }

    private static string Factor(Expr e) => e is Variable or Constant { Compound: false } ? ExprPrinter.Print(e) : "(" + ExprPrinter.Print(e) + ")";

    private static string Text(Operand o) => o switch
    {
        BufferOperand b => b.Name,
        ScalarOperand s => ExprPrinter.Print(s.Value),
        _ => throw new System.InvalidOperationException(),
    };
}
