using System.Collections.Immutable;
using AutoDiffGen.Generator.IR;

namespace AutoDiffGen.Generator.Vectorization;

/// <summary>An argument of a span kernel: a per-sample buffer, or one value shared by all samples.</summary>
internal abstract record Operand;

/// <summary>A span holding one value per sample of the chunk.</summary>
internal sealed record BufferOperand(string Name) : Operand;

/// <summary>A scalar expression, evaluated once per chunk (a shared parameter, a constant, …).</summary>
internal sealed record ScalarOperand(Expr Value) : Operand;

/// <summary>
/// One step of a chunk's computation. The differentiated per-sample code (forward and backward pass)
/// becomes a list of these: each per-sample value is a span over the chunk, each statement one or
/// more span kernels. <see cref="Reads"/> and <see cref="Writes"/> name the buffers involved, so that
/// buffers whose values are dead can share memory (see <see cref="BufferSlots"/>).
/// </summary>
internal abstract record ChunkOp
{
    public virtual ImmutableArray<string> Reads => ImmutableArray<string>.Empty;

    public virtual ImmutableArray<string> Writes => ImmutableArray<string>.Empty;
}

/// <summary>The user's statement that the following steps compute or differentiate.</summary>
internal sealed record CommentOp(string Text) : ChunkOp;

/// <summary><c>Host.Method&lt;T&gt;(inputs…, Destination)</c>: a TensorPrimitives or BatchKernels span kernel.
/// <see cref="ReadsDestination"/>: the kernel reads the destination's old values (a masked assignment, an accumulation).</summary>
internal sealed record KernelOp(string Host, string Method, ImmutableArray<Operand> Inputs, string Destination, bool ReadsDestination = false) : ChunkOp
{
    public override ImmutableArray<string> Reads => Buffers(Inputs).AddRange(ReadsDestination ? ImmutableArray.Create(Destination) : ImmutableArray<string>.Empty);

    public override ImmutableArray<string> Writes => ImmutableArray.Create(Destination);

    internal static ImmutableArray<string> Buffers(ImmutableArray<Operand> operands)
    {
        ImmutableArray<string>.Builder names = ImmutableArray.CreateBuilder<string>();
        foreach (Operand o in operands)
        {
            if (o is BufferOperand b) names.Add(b.Name);
        }
        return names.ToImmutable();
    }
}

/// <summary><c>for (i…) Destination[i] = Value;</c> where <see cref="Value"/> reads buffers element by
/// element (<see cref="Inputs"/>): for operations that have no span kernel (conditionals, comparisons,
/// StableMath functions). Each sample evaluates only its own branch of a conditional.</summary>
internal sealed record ElementOp(string Destination, Expr Value, ImmutableArray<string> Inputs) : ChunkOp
{
    public override ImmutableArray<string> Reads => Inputs;

    public override ImmutableArray<string> Writes => ImmutableArray.Create(Destination);
}

/// <summary>Sets a buffer to zero: an adjoint whose first contribution is an accumulation or a masked one.</summary>
internal sealed record ClearOp(string Buffer) : ChunkOp
{
    public override ImmutableArray<string> Writes => ImmutableArray.Create(Buffer);
}

/// <summary><c>Buffer.Fill(Value)</c>: a per-sample variable set to a value shared by all samples.</summary>
internal sealed record FillOp(string Buffer, Expr Value) : ChunkOp
{
    public override ImmutableArray<string> Writes => ImmutableArray.Create(Buffer);
}

/// <summary><c>Source.CopyTo(Destination)</c>; nothing when both share memory.</summary>
internal sealed record CopyOp(string Source, string Destination) : ChunkOp
{
    public override ImmutableArray<string> Reads => ImmutableArray.Create(Source);

    public override ImmutableArray<string> Writes => ImmutableArray.Create(Destination);
}

/// <summary><c>Target = Value;</c> or <c>Target += Value;</c> on a value shared by all samples.</summary>
internal sealed record ScalarOp(string Target, Expr Value, bool Accumulate) : ChunkOp;

/// <summary>How a shared gradient receives the chunk's per-sample contributions.</summary>
internal enum ReductionKind
{
    /// <summary>Σ Buffers[0].</summary>
    Sum,
    /// <summary>Σ Buffers[0]·Buffers[1].</summary>
    Dot,
    /// <summary>Scale · Σ Buffers[0].</summary>
    ScaledSum,
    /// <summary>Scale times the number of samples (a contribution that is the same for every sample).</summary>
    Count,
    /// <summary>Σ Buffers[1] over the samples whose mask Buffers[0] is set.</summary>
    SumWhere,
    /// <summary>Scale times the number of samples whose mask Buffers[0] is set.</summary>
    CountWhere,
}

/// <summary><c>Target += reduction;</c>: a shared gradient (or the summed value) receives the chunk's contributions.</summary>
internal sealed record ReduceOp(string Target, ReductionKind Kind, ImmutableArray<string> Buffers, Expr? Scale) : ChunkOp
{
    public override ImmutableArray<string> Reads => Buffers;
}

/// <summary>A branch on a shared value: every sample takes the same side.</summary>
internal sealed record ScalarIfOp(Expr Condition, ImmutableArray<ChunkOp> Then, ImmutableArray<ChunkOp> Else) : ChunkOp
{
    public override ImmutableArray<string> Reads => Collect(true);

    public override ImmutableArray<string> Writes => Collect(false);

    private ImmutableArray<string> Collect(bool reads)
    {
        ImmutableArray<string>.Builder names = ImmutableArray.CreateBuilder<string>();
        foreach (ChunkOp op in Then) names.AddRange(reads ? op.Reads : op.Writes);
        foreach (ChunkOp op in Else) names.AddRange(reads ? op.Reads : op.Writes);
        return names.ToImmutable();
    }
}

/// <summary>Why a method's batched form cannot use span kernels (it then loops over the scalar <c>MBackward</c>).</summary>
internal sealed class NotVectorizableException : System.Exception
{
    public NotVectorizableException(string construct) : base(construct) { }
}
