using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using AutoDiffGen.Generator.Differentiation;
using AutoDiffGen.Generator.IR;
using AutoDiffGen.Generator.Lowering;

namespace AutoDiffGen.Generator.Vectorization;

/// <summary>
/// Turns a differentiated per-sample body (straight-line code and branches) into span kernels over a
/// chunk of samples: a value that differs between samples becomes a buffer and each operation on it a
/// TensorPrimitives call (or an element loop where none fits); a value shared by all samples stays a
/// scalar; a shared parameter's gradient becomes a reduction (Σ, dot product); a branch on a per-sample
/// condition becomes a mask, under which assignments and contributions select rather than multiply.
/// Throws <see cref="NotVectorizableException"/> for what has no span form (loops, arrays, calls of
/// other [Differentiable] methods).
/// </summary>
internal sealed class ChunkCompiler
{
    public const string TensorPrimitives = "global::System.Numerics.Tensors.TensorPrimitives";
    public const string Kernels = "global::AutoDiffGen.Batching.BatchKernels";

    private readonly NumType type;
    private readonly HashSet<string> varying;
    private readonly Dictionary<string, string> slices = new();
    private readonly Dictionary<string, string> partials = new();
    private readonly Dictionary<string, NumType> sharedLocals = new();
    private readonly IReadOnlyDictionary<string, LocalInfo> locals;
    private readonly HashSet<string> perSampleOutputs = new();
    private readonly HashSet<string> booleanBuffers = new();
    private readonly List<string> buffers = new();
    private readonly HashSet<string> assigned = new();
    private readonly HashSet<string> needsClear = new();
    private readonly NameAllocator names;
    private readonly string index;
    private readonly string total;

    private ChunkCompiler(MethodIR method, GradientBody body, NameAllocator names, string index)
    {
        type = method.ReturnType;
        locals = body.Locals;
        this.names = names;
        this.index = index;
        total = names.Fresh("valueChunk");
        foreach (ParamIR p in method.Parameters)
        {
            if (p.IsArray) throw new NotVectorizableException("the array parameter '" + p.Name + "'");
            if (p.IsPerSample)
            {
                slices[p.Name] = names.Fresh(p.Name + "Chunk");
                if (p.IsDifferentiable)
                {
                    slices[p.GradientName] = names.Fresh(p.GradientName + "Chunk");
                    perSampleOutputs.Add(p.GradientName);
                }
            }
            else if (p.IsDifferentiable)
            {
                partials[p.GradientName] = names.Fresh(p.GradientName + "Chunk");
            }
        }
        varying = VaryingValues.Find(method.Parameters.Where(p => p.IsPerSample).SelectMany(p => p.IsDifferentiable ? new[] { p.Name, p.GradientName } : new[] { p.Name }),
            body.Statements);
        foreach (string v in varying)
        {
            if (slices.ContainsKey(v)) continue;
            NumType t = locals.TryGetValue(v, out LocalInfo? info) ? info.Type : type;
            if (t == NumType.Boolean) booleanBuffers.Add(v);
            else if (t != type) throw new NotVectorizableException("the " + t.Keyword() + " value '" + v + "', which differs between samples");
        }
    }

    /// <summary>The chunk program of <paramref name="body"/>, a differentiated body of <paramref name="method"/>.</summary>
    /// <param name="index">The element-loop index name.</param>
    public static ChunkProgram Compile(MethodIR method, GradientBody body, NameAllocator names, string index)
    {
        if (body.Tape is not null) throw new NotVectorizableException("a loop");
        var compiler = new ChunkCompiler(method, body, names, index);
        ImmutableArray<CodeStmt> statements = body.Statements;
        if (statements.IsEmpty || statements[statements.Length - 1] is not CodeReturn last)
        {
            throw new NotVectorizableException("a return inside a branch");
        }
        var ops = new List<ChunkOp>();
        compiler.Block(statements.Take(statements.Length - 1), mask: null, ops);
        compiler.Reduce(compiler.total, last.Value, mask: null, ops);
        // A buffer first written by an accumulation, or under a mask or a shared branch, starts at zero
        // (the scalar code declares it as 0): cleared at the chunk's start, as the scalar code does.
        ops.InsertRange(0, compiler.buffers.Where(compiler.needsClear.Contains).Select(b => (ChunkOp)new ClearOp(b)));
        return new ChunkProgram(ops.ToImmutableArray(), compiler.buffers.ToImmutableArray(), compiler.slices, compiler.partials,
            compiler.sharedLocals, compiler.total);
    }

    // ---- statements ----------------------------------------------------------------------------

    private void Block(IEnumerable<CodeStmt> block, string? mask, List<ChunkOp> ops)
    {
        foreach (CodeStmt s in block)
        {
            switch (s)
            {
                case CodeComment c:
                    ops.Add(new CommentOp(c.Text));
                    break;
                case CodeAssign a:
                    Assign(a.Target, a.Value, mask, ops);
                    break;
                case CodeSave save:
                    Assign(save.Saved, new Variable(TypeOf(save.Variable), save.Variable), mask, ops);
                    break;
                case CodeRestore restore:
                    Assign(restore.Variable, new Variable(TypeOf(restore.Saved), restore.Saved), mask, ops);
                    break;
                case CodeAccumulate a:
                    Accumulate(a.Target, a.Value, mask, ops);
                    break;
                case CodeIf f:
                    If(f, mask, ops);
                    break;
                case CodeReturn:
                    throw new NotVectorizableException("a return inside a branch");
                case CodeThrow:
                    throw new NotVectorizableException("a throw");
                case CodeBackwardCall c:
                    throw new NotVectorizableException("the call of " + c.Backward);
                case CodeCall c:
                    throw new NotVectorizableException("the vector operation " + c.Method);
                default:
                    throw new NotVectorizableException(s is CodeLoop or CodeReverseLoop ? "a loop" : "a local array");
            }
        }
    }

    private void Assign(string target, Expr value, string? mask, List<ChunkOp> ops)
    {
        if (partials.ContainsKey(target) || IsPerSampleOutput(target))
        {
            // MGradient's first contribution to an output is an assignment; the batch sums into zeroed outputs.
            Accumulate(target, value, mask, ops);
            return;
        }
        if (!varying.Contains(target))
        {
            SharedLocal(target);
            ops.Add(new ScalarOp(target, Shared(value), Accumulate: false));
            return;
        }
        string destination = Buffer(target);
        if (mask is null)
        {
            Into(value, destination, ops);
            assigned.Add(destination);
            return;
        }
        Written(destination);
        Operand operand = Evaluate(value, ops);
        ops.Add(new KernelOp(Kernels, "AssignWhere", ImmutableArray.Create<Operand>(new BufferOperand(mask), operand), destination, ReadsDestination: true));
    }

    private void Accumulate(string target, Expr value, string? mask, List<ChunkOp> ops)
    {
        if (partials.TryGetValue(target, out string? partial))
        {
            Reduce(partial, value, mask, ops);
            return;
        }
        if (!varying.Contains(target) && !IsPerSampleOutput(target))
        {
            SharedLocal(target);
            ops.Add(new ScalarOp(target, Shared(value), Accumulate: true));
            return;
        }
        string destination = Buffer(target);
        if (mask is null && buffers.Contains(destination) && !assigned.Contains(destination))
        {
            // The first contribution to an adjoint that starts at zero: 0 + v is v.
            Into(value, destination, ops);
            assigned.Add(destination);
            return;
        }
        Written(destination);
        if (mask is not null)
        {
            Operand contribution = Evaluate(value, ops);
            ops.Add(new KernelOp(Kernels, "AddWhere", ImmutableArray.Create(new BufferOperand(mask), contribution), destination, ReadsDestination: true));
            return;
        }
        if (value is Binary { Op: BinaryOp.Multiply } product && Varies(product))
        {
            // d += a·b in one pass: MultiplyAdd(a, b, d) computes a·b + d.
            (Operand a, Operand b) = BufferFirst(Evaluate(product.Left, ops), Evaluate(product.Right, ops));
            ops.Add(new KernelOp(TensorPrimitives, "MultiplyAdd", ImmutableArray.Create(a, b, new BufferOperand(destination)), destination, ReadsDestination: true));
            return;
        }
        Operand added = Evaluate(value, ops);
        if (ops.Count > 0 && ops[ops.Count - 1] is CopyOp copy && copy.Destination == destination)
        {
            // d = a; d += b (the two contributions of a product's square) is d = a + b.
            ops[ops.Count - 1] = new KernelOp(TensorPrimitives, "Add", ImmutableArray.Create<Operand>(new BufferOperand(copy.Source), added), destination);
            return;
        }
        ops.Add(new KernelOp(TensorPrimitives, "Add", ImmutableArray.Create<Operand>(new BufferOperand(destination), added), destination, ReadsDestination: true));
    }

    /// <summary><paramref name="target"/> += the sum of <paramref name="value"/> over the chunk's samples (under <paramref name="mask"/>).</summary>
    private void Reduce(string target, Expr value, string? mask, List<ChunkOp> ops)
    {
        if (mask is not null)
        {
            ops.Add(Varies(value)
                ? new ReduceOp(target, ReductionKind.SumWhere, ImmutableArray.Create(mask, BufferOf(Evaluate(value, ops))), null)
                : new ReduceOp(target, ReductionKind.CountWhere, ImmutableArray.Create(mask), Shared(value)));
            return;
        }
        if (!Varies(value))
        {
            ops.Add(new ReduceOp(target, ReductionKind.Count, ImmutableArray<string>.Empty, Shared(value)));
            return;
        }
        if (value is Binary { Op: BinaryOp.Multiply } product)
        {
            (Operand a, Operand b) = BufferFirst(Evaluate(product.Left, ops), Evaluate(product.Right, ops));
            ops.Add(b is BufferOperand bb
                ? new ReduceOp(target, ReductionKind.Dot, ImmutableArray.Create(BufferOf(a), bb.Name), null)
                : new ReduceOp(target, ReductionKind.ScaledSum, ImmutableArray.Create(BufferOf(a)), ((ScalarOperand)b).Value));
            return;
        }
        ops.Add(new ReduceOp(target, ReductionKind.Sum, ImmutableArray.Create(BufferOf(Evaluate(value, ops))), null));
    }

    private void If(CodeIf f, string? mask, List<ChunkOp> ops)
    {
        if (!Varies(f.Condition))
        {
            var then = new List<ChunkOp>();
            var otherwise = new List<ChunkOp>();
            // Under a shared branch a buffer may be written on one side only: it keeps the scalar code's zero start.
            var before = new HashSet<string>(assigned);
            Block(f.Then, mask, then);
            Block(f.Else, mask, otherwise);
            foreach (string b in then.Concat(otherwise).SelectMany(o => o.Writes))
            {
                if (!before.Contains(b) && buffers.Contains(b)) needsClear.Add(b);
            }
            ops.Add(new ScalarIfOp(Shared(f.Condition), then.ToImmutableArray(), otherwise.ToImmutableArray()));
            return;
        }
        Expr outer = mask is null ? new Constant(NumType.Boolean, "true") : MaskRead(mask);
        Expr condition = f.Condition;
        string thenMask;
        if (mask is null && condition is Variable flag && booleanBuffers.Contains(Name(flag.Name)))
        {
            // The backward pass branches on the flag the forward pass kept: it is the mask already.
            thenMask = Read(flag.Name);
        }
        else
        {
            thenMask = NewBuffer("mask", boolean: true);
            ops.Add(Element(thenMask, And(outer, condition)));
        }
        Block(f.Then, thenMask, ops);
        if (!f.Else.IsEmpty)
        {
            string elseMask = NewBuffer("mask", boolean: true);
            ops.Add(Element(elseMask, And(outer, new Unary(NumType.Boolean, UnaryOp.LogicalNot, condition))));
            Block(f.Else, elseMask, ops);
        }
    }

    private static Expr And(Expr outer, Expr condition) =>
        outer is Constant { Text: "true" } ? condition : new Binary(NumType.Boolean, BinaryOp.ConditionalAnd, outer, condition);

    private static Expr MaskRead(string mask) => new Variable(NumType.Boolean, mask);

    // ---- expressions ---------------------------------------------------------------------------

    /// <summary>A varying value as a buffer (a new temporary unless it is a variable already), a shared one as a scalar.</summary>
    private Operand Evaluate(Expr e, List<ChunkOp> ops)
    {
        if (!Varies(e)) return new ScalarOperand(Shared(e));
        if (e is Variable v && !booleanBuffers.Contains(Name(v.Name))) return new BufferOperand(Read(v.Name));
        string temporary = NewBuffer("tmp", boolean: false);
        Into(e, temporary, ops);
        return new BufferOperand(temporary);
    }

    /// <summary>Computes the varying value <paramref name="e"/> into <paramref name="destination"/>.</summary>
    private void Into(Expr e, string destination, List<ChunkOp> ops)
    {
        if (!Varies(e) && !booleanBuffers.Contains(destination) && e.Type == type)
        {
            ops.Add(new FillOp(destination, Shared(e)));
            return;
        }
        if (booleanBuffers.Contains(destination) || e.Type != type)
        {
            ops.Add(Element(destination, e));
            return;
        }
        switch (e)
        {
            case Variable v when !booleanBuffers.Contains(Name(v.Name)):
                ops.Add(new CopyOp(Read(v.Name), destination));
                return;
            case Unary { Op: UnaryOp.Plus } u:
                Into(u.Operand, destination, ops);
                return;
            case Unary { Op: UnaryOp.Negate, Operand: Binary { Op: BinaryOp.Multiply } product } when product.Type == type:
                (Operand a, Operand b) = BufferFirst(Evaluate(product.Left, ops), Evaluate(product.Right, ops));
                if (b is ScalarOperand s)
                {
                    // -(a·s) = a·(-s) exactly.
                    Kernel(TensorPrimitives, "Multiply", destination, ops, a, new ScalarOperand(new Unary(type, UnaryOp.Negate, s.Value)));
                }
                else
                {
                    Kernel(TensorPrimitives, "Multiply", destination, ops, a, b);
                    Kernel(TensorPrimitives, "Negate", destination, ops, new BufferOperand(destination));
                }
                return;
            case Unary { Op: UnaryOp.Negate } u when u.Operand.Type == type:
                Kernel(TensorPrimitives, "Negate", destination, ops, Evaluate(u.Operand, ops));
                return;
            case Binary arithmetic when arithmetic.Left.Type == type && arithmetic.Right.Type == type && Arithmetic(arithmetic, destination, ops):
                return;
            case Call c when SpanFunction(c) is string function:
                Operand[] arguments = c.Arguments.Select(a => Evaluate(a, ops)).ToArray();
                if (c.Function is Primitive.Max or Primitive.Min) arguments = Ordered(arguments);
                if (arguments[0] is BufferOperand && arguments.Skip(1).All(a => a is ScalarOperand || c.Function is Primitive.Max or Primitive.Min))
                {
                    Kernel(TensorPrimitives, function, destination, ops, arguments);
                    return;
                }
                break;
        }
        ops.Add(Element(destination, e));
    }

    private bool Arithmetic(Binary b, string destination, List<ChunkOp> ops)
    {
        switch (b.Op)
        {
            case BinaryOp.Add:
                Binary? product = MultiplyOf(b.Left) ?? MultiplyOf(b.Right);
                if (product is not null)
                {
                    Expr addend = ReferenceEquals(product, b.Left) ? b.Right : b.Left;
                    (Operand x, Operand y) = BufferFirst(Evaluate(product.Left, ops), Evaluate(product.Right, ops));
                    Operand z = Evaluate(addend, ops);
                    // (x·y) + z, rounded twice as the scalar code is; BatchKernels has the one form TensorPrimitives lacks.
                    Kernel(y is ScalarOperand && z is ScalarOperand ? Kernels : TensorPrimitives, "MultiplyAdd", destination, ops, x, y, z);
                    return true;
                }
                (Operand l, Operand r) = BufferFirst(Evaluate(b.Left, ops), Evaluate(b.Right, ops));
                Kernel(TensorPrimitives, "Add", destination, ops, l, r);
                return true;
            case BinaryOp.Multiply:
                (Operand p, Operand q) = BufferFirst(Evaluate(b.Left, ops), Evaluate(b.Right, ops));
                Kernel(TensorPrimitives, "Multiply", destination, ops, p, q);
                return true;
            case BinaryOp.Subtract:
            case BinaryOp.Divide:
                // Both have (span, span), (span, scalar) and (scalar, span) forms.
                Kernel(TensorPrimitives, b.Op == BinaryOp.Subtract ? "Subtract" : "Divide", destination, ops, Evaluate(b.Left, ops), Evaluate(b.Right, ops));
                return true;
            default:
                return false;
        }
    }

    /// <summary>A varying product, which a multiply-add can absorb.</summary>
    private Binary? MultiplyOf(Expr e) => e is Binary { Op: BinaryOp.Multiply } m && m.Left.Type == type && m.Right.Type == type && Varies(m) ? m : null;

    /// <summary>The TensorPrimitives function computing this call element-wise with the same meaning as System.Math's.</summary>
    private string? SpanFunction(Call c)
    {
        if (c.Arguments.Any(a => a.Type != type)) return null;
        return c.Function switch
        {
            Primitive.Sin => "Sin",
            Primitive.Cos => "Cos",
            Primitive.Exp => "Exp",
            Primitive.Log when c.Arguments.Count == 1 => "Log",
            Primitive.Sqrt => "Sqrt",
            Primitive.Tanh => "Tanh",
            Primitive.Abs => "Abs",
            Primitive.Pow => "Pow",
            Primitive.Max => "Max",
            Primitive.Min => "Min",
            _ => null,
        };
    }

    private void Kernel(string host, string method, string destination, List<ChunkOp> ops, params Operand[] inputs) =>
        ops.Add(new KernelOp(host, method, inputs.ToImmutableArray(), destination));

    /// <summary>An element loop: <paramref name="destination"/>[i] = <paramref name="e"/> with every buffer read at i.</summary>
    private ElementOp Element(string destination, Expr e)
    {
        var inputs = new List<string>();
        Expr value = Indexed(e, inputs);
        if (value.Type == NumType.Boolean)
        {
            value = new IR.Conditional(type, value, new Constant(type, type.Literal("1")), new Constant(type, type.Literal("0")));
        }
        else if (value.Type != type)
        {
            value = new IR.Convert(type, value, IsExplicit: true);
        }
        return new ElementOp(destination, value, inputs.Distinct().ToImmutableArray());
    }

    private Expr Indexed(Expr e, List<string> inputs)
    {
        switch (e)
        {
            case Variable v when varying.Contains(v.Name) || booleanBuffers.Contains(v.Name):
                string name = Read(v.Name);
                inputs.Add(name);
                var element = new Element(type, name, new Variable(NumType.Int32, index));
                return booleanBuffers.Contains(name) ? new Binary(NumType.Boolean, BinaryOp.NotEqual, element, new Constant(type, type.Literal("0"))) : element;
            case Variable:
            case Constant:
                return e;
            case Unary u:
                return u with { Operand = Indexed(u.Operand, inputs) };
            case Binary b:
                return b with { Left = Indexed(b.Left, inputs), Right = Indexed(b.Right, inputs) };
            case IR.Conditional c:
                return c with { Condition = Indexed(c.Condition, inputs), WhenTrue = Indexed(c.WhenTrue, inputs), WhenFalse = Indexed(c.WhenFalse, inputs) };
            case Call c:
                return c with { Arguments = c.Arguments.Select(a => Indexed(a, inputs)).ToEquatableArray() };
            case IR.Convert c:
                return c with { Operand = Indexed(c.Operand, inputs) };
            default:
                throw new NotVectorizableException(Describe(e));
        }
    }

    /// <summary>A shared value as written in the chunk (checked for constructs with no batched form).</summary>
    private Expr Shared(Expr e)
    {
        Indexed(e, new List<string>());
        return e;
    }

    private static string Describe(Expr e) => e switch
    {
        Invoke i => "the call of " + i.Method,
        IR.Element or ArrayRef or Length => "an array",
        _ => "the expression " + Emit.ExprPrinter.Print(e),
    };

    // ---- names and buffers ---------------------------------------------------------------------

    private bool Varies(Expr e) => VaryingValues.Mentions(e, varying) || VaryingValues.Mentions(e, booleanBuffers);

    private bool IsPerSampleOutput(string name) => perSampleOutputs.Contains(name);

    /// <summary>The span a varying variable is read from; a scratch buffer read before anything assigned it holds zero, as the scalar local would.</summary>
    private string Read(string variable)
    {
        string name = Buffer(variable);
        if (buffers.Contains(name) && !assigned.Contains(name)) needsClear.Add(name);
        return name;
    }

    /// <summary>The span a variable lives in: its chunk slice (a per-sample parameter or gradient), or a scratch buffer.</summary>
    private string Name(string variable) => slices.TryGetValue(variable, out string? slice) ? slice : variable;

    private string Buffer(string variable)
    {
        if (slices.TryGetValue(variable, out string? slice)) return slice;
        if (!buffers.Contains(variable)) buffers.Add(variable);
        return variable;
    }

    private string NewBuffer(string prefix, bool boolean)
    {
        string name = names.Numbered(prefix);
        buffers.Add(name);
        if (boolean) booleanBuffers.Add(name);
        assigned.Add(name);
        return name;
    }

    /// <summary>A buffer about to be read-modified: if nothing has assigned all of it yet, it must start at zero.</summary>
    private void Written(string buffer)
    {
        if (buffers.Contains(buffer) && assigned.Add(buffer)) needsClear.Add(buffer);
    }

    private void SharedLocal(string name)
    {
        if (!sharedLocals.ContainsKey(name)) sharedLocals[name] = TypeOf(name);
    }

    private NumType TypeOf(string variable) => locals.TryGetValue(variable, out LocalInfo? info) ? info.Type : type;

    private static string BufferOf(Operand o) => ((BufferOperand)o).Name;

    /// <summary>Kernels take the span first: a·s as (a, s). Exact, as + and · are commutative in IEEE arithmetic.</summary>
    private static (Operand, Operand) BufferFirst(Operand a, Operand b) => a is ScalarOperand && b is BufferOperand ? (b, a) : (a, b);

    private static Operand[] Ordered(Operand[] arguments) =>
        arguments.Length == 2 && arguments[0] is ScalarOperand && arguments[1] is BufferOperand ? new[] { arguments[1], arguments[0] } : arguments;
}
