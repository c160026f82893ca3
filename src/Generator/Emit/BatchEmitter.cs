using System.Collections.Generic;
using System.Linq;
using AutoDiffGen.Generator.Differentiation;
using AutoDiffGen.Generator.IR;
using AutoDiffGen.Generator.Lowering;
using AutoDiffGen.Generator.Model;
using AutoDiffGen.Generator.Vectorization;

namespace AutoDiffGen.Generator.Emit;

/// <summary>
/// Writes <c>MBatchGradient</c> and <c>MBatchBackward</c> for a method with [PerSample] parameters:
/// the differentiated per-sample code run over chunks of samples with span kernels
/// (<see cref="ChunkCompiler"/>), or, when the body has no span form, a loop over <c>MBackward</c>.
/// </summary>
internal static class BatchEmitter
{
    /// <summary>Samples per chunk: a chunk's buffers (8 KiB each for double) stay in the L1/L2 caches.
    /// Fixed, so the order in which per-chunk sums are added does not depend on anything but the batch.</summary>
    public const int ChunkLength = 1024;

    /// <summary>The chunk loop is a long-running kernel: compiled fully optimised at its first call rather
    /// than starting unoptimised (tier 0) and waiting to be promoted, which a training loop of a few hundred
    /// calls would spend much of its time in.</summary>
    private const string Optimized = "[global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]";

    /// <summary>The method's two differentiated bodies, computed once per emission: MGradient's (seed 1) and MBackward's.</summary>
    private sealed record Bodies(GradientBody Gradient, GradientBody Backward)
    {
        public static Bodies Of(MethodIR m) => new(ReverseMode.Differentiate(m, seedParameter: false), ReverseMode.Differentiate(m, seedParameter: true));

        public GradientBody For(bool seedParameter) => seedParameter ? Backward : Gradient;
    }

    /// <summary>Why the batched form of <paramref name="method"/> cannot use span kernels, or null when it can.</summary>
    /// <param name="gradient">The method differentiated for MGradient (seed 1).</param>
    /// <param name="backward">The method differentiated for MBackward.</param>
    public static string? NotVectorizableReason(MethodIR method, GradientBody gradient, GradientBody backward) =>
        NotVectorizableReason(method, new Bodies(gradient, backward));

    private static string? NotVectorizableReason(MethodIR method, Bodies bodies)
    {
        try
        {
            foreach (bool seed in new[] { false, true })
            {
                ChunkCompiler.Compile(method, bodies.For(seed), Names(method, bodies), "i");
            }
            return null;
        }
        catch (NotVectorizableException e)
        {
            return e.Message;
        }
    }

    public static void Write(SourceWriter w, MethodSpec spec, string generatedCode)
    {
        MethodIR m = spec.Method;
        string t = m.ReturnType.Keyword();
        var bodies = Bodies.Of(m);
        bool vectorized = NotVectorizableReason(m, bodies) is null;

        IEnumerable<string> outputs = Differentiable(m).Select(p => (p.IsArray || p.IsPerSample ? SpanOf(p) : "out " + p.TypeSyntax) + " " + p.GradientName);
        w.Line("/// <summary>");
        w.Line("/// Returns the sum of <c>" + m.Name + "(…)</c> over the samples (one per element of the [PerSample] spans) and sets each");
        w.Line("/// <c>d…</c> output to the derivative of that sum: summed over the samples for a shared parameter, per sample for a [PerSample] one.");
        w.Line("/// </summary>");
        w.Line(generatedCode);
        w.Line(Optimized);
        using (w.Block(spec.Accessibility + (spec.IsStatic ? " static " : " ") + t + " " + GeneratedNames.BatchGradient(m.Name) + spec.TypeParameters + "(" + Signature(m, outputs) + ")" + spec.Constraints))
        {
            WriteChecks(w, m);
            foreach (ParamIR p in Differentiable(m))
            {
                w.Line(p.IsArray || p.IsPerSample ? p.GradientName + ".Clear();" : p.GradientName + " = " + p.Type!.Value.Literal("0") + ";");
            }
            if (vectorized) WriteChunks(w, m, bodies, seedParameter: false);
            else WriteSampleLoop(w, m, bodies, m.ReturnType.Literal("1"));
        }

        w.Line();
        IEnumerable<string> accumulators = new[] { t + " " + ReverseMode.SeedName }
            .Concat(Differentiable(m).Select(p => (p.IsArray || p.IsPerSample ? SpanOf(p) : "ref " + p.TypeSyntax) + " " + p.GradientName));
        w.Line("/// <summary>");
        w.Line("/// Returns the sum of <c>" + m.Name + "(…)</c> over the samples and adds <c>seed</c> times its derivative into each <c>d…</c>");
        w.Line("/// accumulator: summed over the samples for a shared parameter, per sample for a [PerSample] one.");
        w.Line("/// </summary>");
        w.Line(generatedCode);
        w.Line(Optimized);
        using (w.Block(spec.Accessibility + (spec.IsStatic ? " static " : " ") + t + " " + GeneratedNames.BatchBackward(m.Name) + spec.TypeParameters + "(" + Signature(m, accumulators) + ")" + spec.Constraints))
        {
            WriteChecks(w, m);
            if (vectorized) WriteChunks(w, m, bodies, seedParameter: true);
            else WriteSampleLoop(w, m, bodies, ReverseMode.SeedName);
        }

        // Shared array gradients would be written by several chunks at once: no parallel overloads for them.
        if (m.Parameters.Any(p => p.IsArray && p.IsDifferentiable)) return;
        w.Line();
        WriteParallel(w, spec, bodies, generatedCode, backward: false);
        w.Line();
        WriteParallel(w, spec, bodies, generatedCode, backward: true);
    }

    /// <summary>
    /// The overload that runs the chunks on several cores: each chunk is one call of the span overload
    /// on that chunk's samples, whose sums are kept per chunk and added in chunk order afterwards, so the
    /// result is bit-identical to the span overload's whatever the number of threads.
    /// </summary>
    private static void WriteParallel(SourceWriter w, MethodSpec spec, Bodies bodies, string generatedCode, bool backward)
    {
        MethodIR m = spec.Method;
        NumType type = m.ReturnType;
        string t = type.Keyword();
        NameAllocator names = Names(m, bodies);
        string options = names.Fresh("options");
        List<ParamIR> shared = Differentiable(m).Where(p => !p.IsPerSample).ToList();
        IEnumerable<string> outputs = (backward ? new[] { t + " " + ReverseMode.SeedName } : new string[0])
            .Concat(Differentiable(m).Select(p => (p.IsPerSample ? "global::System.Memory<" + t + ">" : (backward ? "ref " : "out ") + p.TypeSyntax) + " " + p.GradientName))
            .Append("global::AutoDiffGen.BatchOptions " + options);
        string parameters = string.Join(", ", m.Parameters.Select(p => (p.IsPerSample ? "global::System.ReadOnlyMemory<" + t + ">" : p.TypeSyntax) + " " + p.Name).Concat(outputs));
        string member = backward ? GeneratedNames.BatchBackward(m.Name) : GeneratedNames.BatchGradient(m.Name);

        w.Line("/// <summary>");
        w.Line("/// <see cref=\"" + member + "(" + string.Join(", ", m.Parameters.Select(p => p.IsPerSample ? "global::System.ReadOnlySpan{" + t + "}" : Cref(p.TypeSyntax))
            .Concat(backward ? new[] { t } : new string[0])
            .Concat(Differentiable(m).Select(p => p.IsPerSample ? "global::System.Span{" + t + "}" : (backward ? "ref " : "out ") + Cref(p.TypeSyntax)))) + ")\"/> with its chunks of samples");
        w.Line("/// computed on several cores; the result is bit-identical to that overload's for any <paramref name=\"" + options + "\"/>.");
        w.Line("/// </summary>");
        w.Line(generatedCode);
        using (w.Block(spec.Accessibility + (spec.IsStatic ? " static " : " ") + t + " " + member + "(" + parameters + ")"))
        {
            List<ParamIR> perSample = m.Parameters.Where(p => p.IsPerSample).ToList();
            string first = perSample[0].Name;
            string count = names.Fresh("count"), chunks = names.Fresh("chunks"), sums = names.Fresh("sums"), total = names.Fresh("total");
            string c = names.Fresh("c"), start = names.Fresh("start"), n = names.Fresh("n"), at = names.Fresh("at");
            int width = 1 + shared.Count;
            string chunk = ChunkLength.ToString(System.Globalization.CultureInfo.InvariantCulture);
            string widthText = width.ToString(System.Globalization.CultureInfo.InvariantCulture);

            w.Line("global::System.ArgumentNullException.ThrowIfNull(" + options + ");");
            WriteChecks(w, m, name => name + ".Span");
            if (!backward)
            {
                foreach (ParamIR p in shared) w.Line(p.GradientName + " = " + type.Literal("0") + ";");
            }
            w.Line("int " + count + " = " + first + ".Length;");
            w.Line("int " + chunks + " = (" + count + " + " + (ChunkLength - 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + ") / " + chunk + ";");
            w.Line("// Per chunk: its value, then its contribution to each shared gradient.");
            w.Line(t + "[] " + sums + " = global::System.Buffers.ArrayPool<" + t + ">.Shared.Rent(" + chunks + " * " + widthText + ");");
            w.Line("global::System.Array.Clear(" + sums + ", 0, " + chunks + " * " + widthText + ");");
            w.Line("global::AutoDiffGen.Batching.BatchRunner.For(" + chunks + ", " + options + ", " + c + " =>");
            w.Line("{");
            using (Indent(w))
            {
                w.Line("int " + start + " = " + c + " * " + chunk + ";");
                w.Line("int " + n + " = global::System.Math.Min(" + chunk + ", " + count + " - " + start + ");");
                w.Line("int " + at + " = " + c + " * " + widthText + ";");
                int k = 0;
                IEnumerable<string> arguments = m.Parameters.Select(p => p.IsPerSample ? p.Name + ".Span.Slice(" + start + ", " + n + ")" : p.Name)
                    .Concat(backward ? new[] { ReverseMode.SeedName } : new string[0])
                    .Concat(Differentiable(m).Select(p => p.IsPerSample
                        ? p.GradientName + ".Span.Slice(" + start + ", " + n + ")"
                        : (backward ? "ref " : "out ") + sums + "[" + at + " + " + (++k).ToString(System.Globalization.CultureInfo.InvariantCulture) + "]"));
                w.Line(sums + "[" + at + "] = " + member + "(" + string.Join(", ", arguments) + ");");
            }
            w.Line("});");
            w.Line(t + " " + total + " = " + type.Literal("0") + ";");
            using (w.Block("for (int " + c + " = 0; " + c + " < " + chunks + "; " + c + "++)"))
            {
                w.Line(total + " += " + sums + "[" + c + " * " + widthText + "];");
                for (int k = 0; k < shared.Count; k++)
                {
                    w.Line(shared[k].GradientName + " += " + sums + "[" + c + " * " + widthText + " + " + (k + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + "];");
                }
            }
            w.Line("global::System.Buffers.ArrayPool<" + t + ">.Shared.Return(" + sums + ");");
            w.Line("return " + total + ";");
        }
    }

    /// <summary>A type as a cref writes it: generic arguments in braces.</summary>
    private static string Cref(string type) => type.Replace('<', '{').Replace('>', '}');

    private static System.IDisposable Indent(SourceWriter w) => w.Indented();

    /// <summary>Every per-sample span has one value per sample; a per-sample gradient must not share memory with an input.</summary>
    /// <param name="span">Turns a parameter name into its span (<c>x.Span</c> for the Memory overloads).</param>
    private static void WriteChecks(SourceWriter w, MethodIR m, System.Func<string, string>? span = null)
    {
        span ??= name => name;
        List<ParamIR> perSample = m.Parameters.Where(p => p.IsPerSample).ToList();
        string count = perSample[0].Name + ".Length";
        foreach (ParamIR p in perSample.Skip(1)) w.Line(ChunkCompiler.Kernels + ".CheckLength(" + count + ", " + p.Name + ".Length, \"" + p.Name + "\");");
        foreach (ParamIR p in perSample.Where(p => p.IsDifferentiable))
        {
            w.Line(ChunkCompiler.Kernels + ".CheckLength(" + count + ", " + p.GradientName + ".Length, \"" + p.GradientName + "\");");
            foreach (ParamIR input in perSample.Where(i => i.Type == p.Type))
            {
                GradientEmitter.WriteOverlapCheck(w, p, input, span(p.GradientName), span(input.Name));
            }
        }
    }

    /// <summary>The batch as chunks of span kernels; per-chunk sums are added to the outputs in chunk order.</summary>
    private static void WriteChunks(SourceWriter w, MethodIR m, Bodies bodies, bool seedParameter)
    {
        NameAllocator names = Names(m, bodies);
        string index = names.Fresh("i");
        ChunkProgram program = ChunkCompiler.Compile(m, bodies.For(seedParameter), names, index);
        (IReadOnlyDictionary<string, int> slots, int slotCount) = BufferSlots.Assign(program);
        string count = names.Fresh("count"), width = names.Fresh("width"), scratch = names.Fresh("scratch");
        string total = names.Fresh("total"), start = names.Fresh("start"), n = names.Fresh("n");
        NumType type = m.ReturnType;
        string t = type.Keyword();
        string chunk = ChunkLength.ToString(System.Globalization.CultureInfo.InvariantCulture);

        w.Line("int " + count + " = " + m.Parameters.First(p => p.IsPerSample).Name + ".Length;");
        // Rounded up so that every buffer starts on the scratch block's 64-byte alignment (see BatchScratch).
        int align = type == NumType.Single ? 16 : 8;
        w.Line("int " + width + " = (global::System.Math.Min(" + count + ", " + chunk + ") + " + (align - 1).ToString(System.Globalization.CultureInfo.InvariantCulture)
            + ") & ~" + (align - 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + ";");
        w.Line("// The chunk's per-sample values: " + slotCount + " buffers of " + width + " samples, in this thread's scratch block, reused from chunk to chunk and call to call.");
        w.Line("global::System.Span<" + t + "> " + scratch + " = global::AutoDiffGen.Batching.BatchScratch.Rent<" + t + ">(" + slotCount + " * " + width + ");");
        w.Line(t + " " + total + " = " + type.Literal("0") + ";");
        using (w.Block("for (int " + start + " = 0; " + start + " < " + count + "; " + start + " += " + chunk + ")"))
        {
            w.Line("int " + n + " = global::System.Math.Min(" + chunk + ", " + count + " - " + start + ");");
            foreach (ParamIR p in m.Parameters.Where(p => p.IsPerSample))
            {
                w.Line("global::System.ReadOnlySpan<" + t + "> " + program.Slices[p.Name] + " = " + p.Name + ".Slice(" + start + ", " + n + ");");
                if (program.Slices.TryGetValue(p.GradientName, out string? gradient) && p.IsDifferentiable)
                {
                    w.Line("global::System.Span<" + t + "> " + gradient + " = " + p.GradientName + ".Slice(" + start + ", " + n + ");");
                }
            }
            foreach (string buffer in program.Buffers.Where(slots.ContainsKey))
            {
                int slot = slots[buffer];
                string offset = slot == 0 ? "0" : slot.ToString(System.Globalization.CultureInfo.InvariantCulture) + " * " + width;
                w.Line("global::System.Span<" + t + "> " + buffer + " = " + scratch + ".Slice(" + offset + ", " + n + ");");
            }
            foreach (string partial in program.Partials.Values.Append(program.Total))
            {
                w.Line(t + " " + partial + " = " + type.Literal("0") + ";");
            }
            // Values shared by the chunk's samples; an adjoint among them starts at zero for every chunk, as for every sample.
            foreach (KeyValuePair<string, NumType> local in program.SharedLocals.OrderBy(l => l.Key, System.StringComparer.Ordinal))
            {
                w.Line(local.Value.Keyword() + " " + local.Key + " = default;");
            }
            var writer = new OpWriter(w, type, n, index, slots);
            w.Line();
            writer.Ops(program.Ops);

            w.Line();
            w.Line("// The chunk's sums, added in chunk order.");
            w.Line(total + " += " + program.Total + ";");
            foreach (KeyValuePair<string, string> partial in program.Partials.OrderBy(p => m.Parameters.ToList().FindIndex(q => q.GradientName == p.Key)))
            {
                w.Line(partial.Key + " += " + partial.Value + ";");
            }
        }
        w.Line("return " + total + ";");
    }

    /// <summary>No span form: the scalar backward pass, one sample at a time (reported as ADGEN0031).</summary>
    private static void WriteSampleLoop(SourceWriter w, MethodIR m, Bodies bodies, string seed)
    {
        NameAllocator names = Names(m, bodies);
        string total = names.Fresh("total"), k = names.Fresh("k");
        ParamIR first = m.Parameters.First(p => p.IsPerSample);
        w.Line(m.ReturnType.Keyword() + " " + total + " = " + m.ReturnType.Literal("0") + ";");
        using (w.Block("for (int " + k + " = 0; " + k + " < " + first.Name + ".Length; " + k + "++)"))
        {
            IEnumerable<string> arguments = m.Parameters.Select(p => p.IsPerSample ? p.Name + "[" + k + "]" : p.Name)
                .Append(seed)
                .Concat(Differentiable(m).Select(p => p.IsArray ? p.GradientName : "ref " + p.GradientName + (p.IsPerSample ? "[" + k + "]" : "")));
            w.Line(total + " += " + GeneratedNames.Backward(m.Name) + "(" + string.Join(", ", arguments) + ");");
        }
        w.Line("return " + total + ";");
    }

    /// <summary>Names the batched members may not use: the user's, the scalar gradient's, the parameters and outputs.</summary>
    private static NameAllocator Names(MethodIR m, Bodies bodies) => new(m.ReservedNames
        .Concat(m.Parameters.SelectMany(p => new[] { p.Name, p.GradientName }))
        .Concat(m.Locals.Select(l => l.Name))
        .Concat(bodies.Backward.Locals.Keys)
        .Concat(bodies.Gradient.Locals.Keys)
        .Append(ReverseMode.SeedName));

    private static IEnumerable<ParamIR> Differentiable(MethodIR m) => m.Parameters.Where(p => p.IsDifferentiable);

    private static string SpanOf(ParamIR p) => "global::System.Span<" + p.Type!.Value.Keyword() + ">";

    /// <summary>A [PerSample] parameter is a read-only span of samples in the batched signatures.</summary>
    private static string Signature(MethodIR m, IEnumerable<string> extra) =>
        string.Join(", ", m.Parameters.Select(p => (p.IsPerSample ? "global::System.ReadOnlySpan<" + p.Type!.Value.Keyword() + ">" : p.TypeSyntax) + " " + p.Name).Concat(extra));
}
