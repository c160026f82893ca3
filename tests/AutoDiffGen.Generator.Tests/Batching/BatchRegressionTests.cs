using System;
using System.Linq;
using AutoDiffGen.Generator.Tests.Infrastructure;
using Xunit;

namespace AutoDiffGen.Generator.Tests.Batching;

/// <summary>
/// Batched-member bugs found by the random batch-program fuzz (Fuzz/RandomBatchProgramTests) that make
/// the generator fail, so they cannot live in AutoDiffGen.Functional.Tests/Batching/BatchRegressionTests
/// (an ADGEN9999 error there would stop that whole project from compiling): run in-process instead.
/// </summary>
public sealed class BatchRegressionTests
{
    private delegate double Batch(double[] y, double w, double[] dY, double[] dW);
    private delegate double Scalar(double y, double w, double[] g);

    /// <summary>
    /// A ternary on a shared condition whose untaken-for-w side is a per-sample parameter: the backward
    /// pass adds dV into dY inside a shared branch as that branch's first operation, and
    /// ChunkCompiler.Accumulate looked at ops[ops.Count - 1] of the branch's still empty op list:
    /// ADGEN9999 "ArgumentOutOfRangeException: Index was out of range" (ChunkCompiler.cs, Accumulate). Fixed.
    /// Found by RandomBatchProgramTests (programs F100074, F300045, F300047, F300069 of the first run).
    /// </summary>
    [Fact]
    public void Ternary_on_a_shared_condition_with_a_per_sample_side() => AssertMatchesScalar("""
        double v = w > 0 ? w : y;
        return v * v;
        """);

    /// <summary>
    /// The same bug with a shared local on the ternary's side: v is shared, but its adjoint is per-sample
    /// (the result is divided by a per-sample value), so dV += dT inside the shared branch crashes the same way.
    /// Found by RandomBatchProgramTests (program F1200054, seeds 9–12).
    /// </summary>
    [Fact]
    public void Ternary_on_a_shared_condition_with_a_shared_local_side() => AssertMatchesScalar("""
        double v = w * 2.0;
        v = (w > 0.5 ? w : v) + v;
        return v / (1.5 + y * y);
        """);

    /// <summary>
    /// The same bug with a shared adjoint: the result's adjoint is the seed, so y's contribution in the
    /// shared branch is the shared 1.5 · seed, added into dY with no operation before it.
    /// Found by RandomBatchProgramTests (program F1700019, seeds 17–20).
    /// </summary>
    [Fact]
    public void Ternary_on_a_shared_condition_with_a_scaled_per_sample_side() => AssertMatchesScalar("""
        return w > 0 ? 1.5 * y : 0.5;
        """);

    private static void AssertMatchesScalar(string body)
    {
        GeneratorRun run = GeneratorHarness.Run($$"""
            using System;
            using AutoDiffGen;
            public static partial class C
            {
                [Differentiable]
                public static double F([PerSample] double y, double w)
                {
                    {{body}}
                }

                public static double Batch(double[] y, double w, double[] dY, double[] dW) => FBatchGradient(y, w, dY, out dW[0]);
                public static double Scalar(double y, double w, double[] g) => FGradient(y, w, out g[0], out g[1]);
            }
            """);
        Assert.True(run.Problems.IsEmpty, string.Join("\n", run.Problems.Select(GeneratorHarness.Describe)));
        GeneratorHarness.AssertCompilesCleanly(run.Output);
        Type type = AssemblyRunner.Load(run.Output).Type("C");
        var batch = type.GetMethod("Batch")!.CreateDelegate<Batch>();
        var scalar = type.GetMethod("Scalar")!.CreateDelegate<Scalar>();

        double[] ys = Enumerable.Range(0, 1500).Select(i => Math.Sin(i * 0.37) * 2).ToArray();
        foreach (double w in new[] { 0.7, -0.7 })
        {
            double[] dY = new double[ys.Length], dW = new double[1];
            double total = batch(ys, w, dY, dW);
            double sum = 0, dWSum = 0;
            for (int i = 0; i < ys.Length; i++)
            {
                var g = new double[2];
                sum += scalar(ys[i], w, g);
                dWSum += g[1];
                Assert.Equal(g[0], dY[i], 1e-12);
            }
            Assert.Equal(sum, total, 1e-9);
            Assert.Equal(dWSum, dW[0], 1e-9);
        }
    }
}
