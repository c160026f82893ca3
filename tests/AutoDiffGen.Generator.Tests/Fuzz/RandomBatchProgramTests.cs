using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.Loader;
using System.Text;
using AutoDiffGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;
using Xunit;

namespace AutoDiffGen.Generator.Tests.Fuzz;

/// <summary>
/// Seeded random [PerSample] programs through the real generator, in-process: every program must get
/// span kernels (no ADGEN0031), and its batched members must agree with its scalar gradient summed
/// over the samples — FBatchGradient, FBatchBackward (non-trivial seed, non-zero accumulators) and
/// the parallel overloads (two threads) — to 1e-12 relative to the sum of the per-sample magnitudes
/// for the value and the shared gradients, and to 1e-12 relative per sample for dY. Samples are chosen
/// where the scalar gradient is finite, so the batch must be finite too. A failure prints the program's
/// name (its seed), the batch size, the shared parameters and the program.
/// The parallel overloads must be bit-identical to the span overloads.
/// </summary>
public sealed class RandomBatchProgramTests
{
    private const int ProgramsPerBatch = 50;

    /// <summary>Empty, one sample, a partial chunk, exactly one chunk, a chunk and a half, several chunks.</summary>
    private static readonly int[] Sizes = { 0, 1, 5, 1024, 1500, 3000 };

    private const int Outputs = 4; // dY, dW0, dW1, dW2

    private delegate double Scalar(double x, double y, double w0, double w1, double w2, double[] gradient);
    private delegate double Batch(double[] x, double[] y, double[] w, double[] dY, double[] dW);
    private delegate double BatchBack(double[] x, double[] y, double[] w, double seed, double[] dY, double[] dW);
    private delegate double Parallel(double[] x, double[] y, double[] w, double[] dY, double[] dW, BatchOptions options);
    private delegate double ParallelBack(double[] x, double[] y, double[] w, double seed, double[] dY, double[] dW, BatchOptions options);

    // 4 × 50 = 200 programs per run, each at 6 batch sizes (5530 samples), with fresh shared parameters per size.
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Batched_members_match_the_summed_scalar_gradient(int batch)
    {
        var source = new StringBuilder("using System;\npublic static partial class Programs\n{\n");
        var programs = new Dictionary<string, string>();
        var covered = new HashSet<string>();
        for (int i = 0; i < ProgramsPerBatch; i++)
        {
            int seed = batch * 100_000 + i;
            string name = "F" + seed;
            (string text, IReadOnlySet<string> constructs) = RandomBatchProgram.Create(seed, name);
            programs[name] = text;
            covered.UnionWith(constructs);
            source.Append(text).Append(Wrappers(name));
        }
        source.Append("}\n");
        // The generator of programs must keep producing every construct it claims to cover.
        Assert.Empty(RandomBatchProgram.AllConstructs.Except(covered));

        Type type = CompileWithGenerator(source.ToString(), programs);
        var failures = new List<string>();
        int checkedSamples = 0, skipped = 0;
        foreach ((string name, string text) in programs)
        {
            string? failure = Check(type, name, new Random(int.Parse(name.AsSpan(1), System.Globalization.CultureInfo.InvariantCulture)), ref checkedSamples, ref skipped);
            if (failure is not null) failures.Add(failure + "\n" + text);
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {programs.Count} programs mismatch; first:\n{failures.FirstOrDefault()}");
        // Samples are redrawn where the scalar gradient is not finite; a size is skipped only if that keeps happening.
        Assert.True(skipped <= programs.Count * Sizes.Length / 20, $"{skipped} (program, size) pairs skipped for non-finite scalar gradients");
        Assert.True(checkedSamples > programs.Count * 5000, $"only {checkedSamples} samples checked");
    }

    /// <summary>Array-taking wrappers, compiled next to each program: spans cannot go through reflection.</summary>
    private static string Wrappers(string f) => $$"""
            public static double {{f}}_Scalar(double x, double y, double w0, double w1, double w2, double[] g) => {{f}}Gradient(x, y, w0, w1, w2, out g[0], out g[1], out g[2], out g[3]);
            public static double {{f}}_Batch(double[] x, double[] y, double[] w, double[] dY, double[] dW) => {{f}}BatchGradient(x, y, w[0], w[1], w[2], dY, out dW[0], out dW[1], out dW[2]);
            public static double {{f}}_BatchBack(double[] x, double[] y, double[] w, double seed, double[] dY, double[] dW) => {{f}}BatchBackward(x, y, w[0], w[1], w[2], seed, dY, ref dW[0], ref dW[1], ref dW[2]);
            public static double {{f}}_Parallel(double[] x, double[] y, double[] w, double[] dY, double[] dW, global::AutoDiffGen.BatchOptions o) => {{f}}BatchGradient(x, y, w[0], w[1], w[2], dY, out dW[0], out dW[1], out dW[2], o);
            public static double {{f}}_ParallelBack(double[] x, double[] y, double[] w, double seed, double[] dY, double[] dW, global::AutoDiffGen.BatchOptions o) => {{f}}BatchBackward(x, y, w[0], w[1], w[2], seed, dY, ref dW[0], ref dW[1], ref dW[2], o);

        """;

    private static T Bind<T>(Type type, string method) where T : Delegate => type.GetMethod(method)!.CreateDelegate<T>();

    private static readonly BatchOptions TwoThreads = new() { MaxDegreeOfParallelism = 2 };

    private static string? Check(Type type, string name, Random random, ref int checkedSamples, ref int skipped)
    {
        Scalar scalar = Bind<Scalar>(type, name + "_Scalar");
        Batch batch = Bind<Batch>(type, name + "_Batch");
        BatchBack batchBack = Bind<BatchBack>(type, name + "_BatchBack");
        Parallel parallel = Bind<Parallel>(type, name + "_Parallel");
        ParallelBack parallelBack = Bind<ParallelBack>(type, name + "_ParallelBack");

        foreach (int count in Sizes)
        {
            // Fresh shared parameters per size, so shared branches go both ways.
            double[] w = { Uniform(random, 1.5), Uniform(random, 1.5), Uniform(random, 1.5) };
            double[] xs = new double[count], ys = new double[count], values = new double[count];
            double[][] gradients = new double[count][];
            bool complete = true;
            for (int i = 0; i < count && complete; i++)
            {
                // Inputs where the scalar gradient is finite (a rare program overflows for some samples):
                // there the batch must be finite too, whatever its untaken branches computed.
                complete = false;
                for (int attempt = 0; attempt < 20 && !complete; attempt++)
                {
                    xs[i] = Sample(random);
                    ys[i] = Sample(random);
                    var g = new double[Outputs];
                    values[i] = scalar(xs[i], ys[i], w[0], w[1], w[2], g);
                    gradients[i] = g;
                    complete = double.IsFinite(values[i]) && g.All(double.IsFinite);
                }
            }
            if (!complete)
            {
                skipped++;
                continue;
            }
            checkedSamples += count;
            string at = $"{name}, {count} samples, w = ({string.Join(", ", w.Select(v => v.ToString("R")))})";

            // Σ over the samples of the scalar value and shared gradients, and Σ of their magnitudes.
            // A sample's dW may itself be a difference of contributions much larger than it (v·w0 with v = a - cos(w0)
            // gives a - cos(w0) + w0·sin(w0) ≈ 0.02 from terms ≈ 1.4), which the batch sums separately, so the
            // scale gets a floor from the sizes of the values the program computes: 1e-13 · Σ max(1, |f|).
            double valueSum = 0, valueMagnitude = 0;
            double[] sum = new double[Outputs - 1], magnitude = new double[Outputs - 1];
            for (int i = 0; i < count; i++)
            {
                valueSum += values[i];
                // The same floor for the value: a value that is a small difference (log(x) next to x = 1 against a
                // constant) carries the last-bit difference between TensorPrimitives' and Math's kernels, greatly enlarged.
                valueMagnitude += Math.Abs(values[i]) + 0.1 * Math.Max(1, Math.Abs(values[i]));
                for (int k = 0; k < Outputs - 1; k++) magnitude[k] += 0.1 * Math.Max(1, Math.Abs(values[i]));
                for (int k = 0; k < Outputs - 1; k++)
                {
                    sum[k] += gradients[i][k + 1];
                    magnitude[k] += Math.Abs(gradients[i][k + 1]);
                }
            }

            // MBatchGradient: sets dY (whatever it held) and the summed dW.
            double[] dY = Enumerable.Repeat(double.NaN, count).ToArray();
            double[] dW = { double.NaN, double.NaN, double.NaN };
            double total = batch(xs, ys, w, dY, dW);
            string? failure = Close(valueSum, total, valueMagnitude, "BatchGradient value")
                ?? Shared(sum, dW, magnitude, start: null, seed: 1, "BatchGradient")
                ?? PerSample(xs, ys, values, gradients, dY, start: null, seed: 1, "BatchGradient");
            if (failure is not null) return at + ": " + failure;

            double[] parallelDY = Enumerable.Repeat(double.NaN, count).ToArray();
            double[] parallelDW = { double.NaN, double.NaN, double.NaN };
            double parallelTotal = parallel(xs, ys, w, parallelDY, parallelDW, TwoThreads);
            // Bit-identical to the span overload (docs/batching.md): the same chunks at the same alignment.
            failure = Identical(total, parallelTotal, "parallel BatchGradient value")
                ?? Identical(dW, parallelDW, "parallel BatchGradient dW")
                ?? Identical(dY, parallelDY, "parallel BatchGradient dY");
            if (failure is not null) return at + ": " + failure;

            // MBatchBackward: adds seed times the gradient into non-zero accumulators.
            double seed = 0.5 + 2 * random.NextDouble();
            if (random.Next(2) == 0) seed = -seed;
            double[] startY = Enumerable.Range(0, count).Select(_ => Uniform(random, 1)).ToArray();
            double[] startW = { 0.5, -0.25, 2.0 };
            double[] accY = (double[])startY.Clone(), accW = (double[])startW.Clone();
            double backTotal = batchBack(xs, ys, w, seed, accY, accW);
            failure = Close(valueSum, backTotal, valueMagnitude, "BatchBackward value")
                ?? Shared(sum, accW, magnitude, startW, seed, "BatchBackward")
                ?? PerSample(xs, ys, values, gradients, accY, startY, seed, "BatchBackward");
            if (failure is not null) return at + $", seed {seed:R}: " + failure;

            double[] parallelY = (double[])startY.Clone(), parallelW = (double[])startW.Clone();
            double parallelBackTotal = parallelBack(xs, ys, w, seed, parallelY, parallelW, TwoThreads);
            failure = Identical(backTotal, parallelBackTotal, "parallel BatchBackward value")
                ?? Identical(accW, parallelW, "parallel BatchBackward dW")
                ?? Identical(accY, parallelY, "parallel BatchBackward dY");
            if (failure is not null) return at + $", seed {seed:R}: " + failure;
        }
        return null;
    }

    private static string? Identical(double expected, double actual, string what) =>
        BitConverter.DoubleToInt64Bits(expected) == BitConverter.DoubleToInt64Bits(actual) ? null
            : what + $": {actual:R} is not bit-identical to the span overload's {expected:R}";

    private static string? Identical(double[] expected, double[] actual, string what)
    {
        for (int i = 0; i < expected.Length; i++)
        {
            if (Identical(expected[i], actual[i], what + "[" + i + "]") is string failure) return failure;
        }
        return null;
    }

    private static string? Shared(double[] sum, double[] batch, double[] magnitude, double[]? start, double seed, string member)
    {
        for (int k = 0; k < sum.Length; k++)
        {
            double expected = (start?[k] ?? 0) + seed * sum[k];
            double scale = Math.Abs(start?[k] ?? 0) + Math.Abs(seed) * magnitude[k];
            string? failure = Close(expected, batch[k], scale, member + " dW" + k);
            if (failure is not null) return failure;
        }
        return null;
    }

    private static string? PerSample(double[] xs, double[] ys, double[] values, double[][] gradients, double[] batch, double[]? start, double seed, string member)
    {
        for (int i = 0; i < batch.Length; i++)
        {
            double term = seed * gradients[i][0];
            double expected = (start?[i] ?? 0) + term;
            double scale = Math.Abs(start?[i] ?? 0) + Math.Abs(term);
            // A per-sample derivative that cancels to about zero is held to an absolute floor.
            if (!(Math.Abs(batch[i] - expected) <= 1e-12 * scale + 1e-14 * Math.Abs(seed) * Math.Max(1, Math.Max(Math.Abs(values[i]), Math.Abs(gradients[i][0])))))
            {
                return $"{member} dY[{i}] (x = {xs[i]:R}, y = {ys[i]:R}) is {batch[i]:R}, expected {expected:R} (scalar dY {gradients[i][0]:R})";
            }
        }
        return null;
    }

    /// <summary>|batch − Σ| ≤ 1e-12 · Σ|term|: a sum that cancels cannot promise more than its terms' rounding.</summary>
    private static string? Close(double expected, double actual, double scale, string what) =>
        Math.Abs(actual - expected) <= 1e-12 * scale + 1e-300 ? null : $"{what} is {actual:R}, expected {expected:R} (Σ|term| {scale:R})";

    /// <summary>Mostly uniform on [-2.5, 2.5]; sometimes exactly 0 (the boundary of the guarded branches) or ±1.</summary>
    private static double Sample(Random random) => random.Next(50) switch
    {
        0 => 0.0,
        1 => 1.0,
        2 => -1.0,
        _ => Uniform(random, 2.5),
    };

    private static double Uniform(Random random, double half) => (random.NextDouble() * 2 - 1) * half;

    private static Type CompileWithGenerator(string source, Dictionary<string, string> programs)
    {
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation(source);
        compilation = compilation.WithOptions(compilation.Options.WithOptimizationLevel(OptimizationLevel.Release));
        // No step tracking: a few hundred methods, one run, nothing incremental to check.
        GeneratorDriver driver = CSharpGeneratorDriver.Create(new[] { new DifferentiableGenerator().AsSourceGenerator() }, parseOptions: GeneratorHarness.ParseOptions);
        GeneratorRun run = GeneratorHarness.Run(compilation, driver); // asserts the generator did not throw
        // Warnings too: these shapes must all vectorise, so no ADGEN0031 (nor anything else).
        Diagnostic[] problems = run.Problems.ToArray();
        Assert.True(problems.Length == 0, "the generator reported:\n" + string.Join("\n", problems.Take(10).Select(GeneratorHarness.Describe)) +
            "\nin:\n" + string.Join("\n", programs.Where(p => problems.Any(d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)
                .Contains("'" + p.Key + "'", StringComparison.Ordinal))).Take(3).Select(p => p.Value)));

        // One emit, whose diagnostics are the compilation's: the generated code has no warnings (the random
        // user code may have unused locals, so its own are not counted).
        using var stream = new MemoryStream();
        EmitResult result = run.Output.Emit(stream);
        var generated = result.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning && d.Location.SourceTree?.FilePath != "Test0.cs").ToList();
        Assert.True(result.Success && generated.Count == 0, "generated code has diagnostics:\n" + string.Join("\n", generated.Take(10).Select(GeneratorHarness.Describe)));
        stream.Position = 0;
        return new AssemblyLoadContext("batch-fuzz", isCollectible: true).LoadFromStream(stream).GetType("Programs", throwOnError: true)!;
    }
}
