using System.Linq;
using System.Runtime.CompilerServices;
using AutoDiffGen.Generator.Tests.Infrastructure;
using Xunit;

namespace AutoDiffGen.Generator.Tests.Stability;

/// <summary>
/// Every rewrite of StabilityPatterns.All in generated code, a few per snapshot, with its info diagnostics
/// in the .verified.txt next to the .cs: the StableMath call must replace the textbook formula in both
/// Gradient and Backward, and its derivative must be the stable closed form.
/// </summary>
public sealed class StabilitySnapshots
{
    /// <summary>
    /// SnapshotTest.Run without its second-run-is-cached check, which every method with a stability
    /// diagnostic fails (KnownRewriteBugs.Methods_with_stability_diagnostics_are_not_cached); everything else
    /// is the same: no warnings or errors from the generator, the output compiles cleanly, snapshot.
    /// </summary>
    private static void Run(string source, [CallerFilePath] string file = "", [CallerMemberName] string test = "")
    {
        GeneratorRun run = GeneratorHarness.Run(source);
        Assert.True(run.Problems.IsEmpty, "Unexpected generator diagnostics:\n" + string.Join("\n", run.Problems.Select(GeneratorHarness.Describe)));
        Assert.NotEmpty(run.Sources);
        GeneratorHarness.AssertCompilesCleanly(run.Output);
        Snapshot.Verify(run, file: file, test: test);
    }

    private static string Method(string parameters, string body, string type = "double") => $$"""
        using System;
        using AutoDiffGen;

        namespace Samples;

        public static partial class Stable
        {
            [Differentiable]
            public static {{type}} F({{parameters}})
            {
        {{body}}
            }
        }
        """;

    // R01 (both forms), R02 through a local, R03, R04.
    [Fact]
    public void Logistic() => Run(Method("double x, double y", """
                double p = 1.0 / (1.0 + Math.Exp(-x));
                double q = Math.Exp(y) / (1 + Math.Exp(y));
                return Math.Log(p) + q + Math.Log(1 + Math.Exp(y)) + Math.Log(1 - q);
        """));

    // R05, the label as data.
    [Fact]
    public void CrossEntropy() => Run(Method("double z, [NoDiff] double y", """
                double p = 1.0 / (1.0 + Math.Exp(-z));
                return -(y * Math.Log(p) + (1 - y) * Math.Log(1 - p));
        """));

    // R06, R11 (both forms), R12 (both forms), R13, R14, R15, R16.
    [Fact]
    public void LogSpace() => Run(Method("double a, double b", """
                double s = Math.Log(Math.Exp(a) + Math.Exp(b)) + Math.Log(Math.Exp(a) - Math.Exp(b));
                double t = Math.Log(1 + a) + Math.Log(1 - b) + (Math.Exp(a) - 1) * (1 - Math.Exp(b));
                return s + t + Math.Log(1 - Math.Exp(b)) + Math.Log(Math.Exp(a) - 1) + Math.Log(a * b);
        """));

    // R06 and R17 with three terms (nested) and with a constant term, R01 with any numerator and as 1 − σ, R21 with
    // one exponential, R08 as a two-term
    // softmax and its log (R27 then gives the log-softmax).
    [Fact]
    public void NaryAndTwoTermSoftmax() => Run(Method("double a, double b", """
                double lse = Math.Log(Math.Exp(a) + Math.Exp(b) + Math.Exp(2 * a));
                double norm = Math.Sqrt(a * a + b * b + (a - b) * (a - b));
                double s = 1.0 / (1.0 + Math.Exp(-b));
                double more = Math.Sqrt(a * a + 1e-8) + a / (1 + Math.Exp(-b)) + s * (1 - s);
                more += (Math.Exp(2 * b) - 1) / (Math.Exp(2 * b) + 1) + Math.Log(1 + Math.Exp(a) + Math.Exp(b));
                return lse + norm + more + Math.Exp(a) / (Math.Exp(a) + Math.Exp(b)) + Math.Log(Math.Exp(b) / (Math.Exp(a) + Math.Exp(b)));
        """));

    // R17, R18 (both forms), T2, R19, R20 (xlogy and xlog1py), R21.
    [Fact]
    public void RootsAndProductsWithLogs() => Run(Method("double x, double y", """
                double h = Math.Sqrt(x * x + y * y) + Math.Sqrt(y) * Math.Sqrt(y) + Math.Pow(Math.Sqrt(x), 2) + Math.Sqrt(x * x);
                double l = x * Math.Log(x) + y * Math.Log(x) + x * Math.Log(1 + y);
                return h + l + (Math.Exp(x) - Math.Exp(-x)) / (Math.Exp(x) + Math.Exp(-x));
        """));

    // R22, R23, R24, R25, R26, R27 (three forms), R28 (both forms).
    [Fact]
    public void CancellationAndRange() => Run(Method("double x, double y", """
                double u = Math.Log(Math.Cosh(x)) + Math.Log(1 + x * x) + (Math.Sqrt(1 + y) - 1) + (1 - Math.Cos(x)) + Math.Sin(y) / y;
                double v = Math.Log(Math.Exp(-0.5 * x * x) / Math.Sqrt(2 * Math.PI)) + Math.Log(Math.Exp(y)) + Math.Log(0.4 * Math.Exp(-y));
                return u + v + Math.Exp(x) / Math.Exp(y) + Math.Exp(x) * Math.Exp(y);
        """));

    // R33, every constant exponent it canonicalises, and two it leaves (2.5, a variable).
    [Fact]
    public void Powers() => Run(Method("double x, double y", """
                double a = Math.Pow(x, 0) + Math.Pow(x, 1) + Math.Pow(x, 2) + Math.Pow(x, 3) + Math.Pow(x, 4);
                double b = Math.Pow(x, 0.5) + Math.Pow(x, 1.5) + Math.Pow(x, -0.5) + Math.Pow(x, -1.0) + Math.Pow(x, -2.0);
                return a + b + Math.Pow(x, 2.5) + Math.Pow(x, y);
        """));

    // Float spellings: MathF and f literals give the float overloads of StableMath.
    [Fact]
    public void Float() => Run(Method("float x, float y", """
                float p = 1f / (1f + MathF.Exp(-x));
                return MathF.Log(p) + MathF.Log(1f + MathF.Exp(y)) + MathF.Log(1f + x) + MathF.Sqrt(x * x + y * y) + MathF.Pow(y, 2f);
        """, "float"));

    // Rewrites off: the same logistic formulas, differentiated as written, and no diagnostics file.
    [Fact]
    public void RewritesOff() => Run(Method("double x, double y", """
                double p = 1.0 / (1.0 + Math.Exp(-x));
                return Math.Log(p) + Math.Log(1 + Math.Exp(y)) + Math.Pow(x, 2);
        """).Replace("[Differentiable]", "[Differentiable(StabilityRewrites = false)]"));

    /// <summary>R07 with its redo: the loop as written, then, only for a plain sum outside [2⁻¹², MaxValue], the
    /// loop again from its start (its counter and the weight it changes declared again), max-shifted.</summary>
    [Fact]
    public void LogSumExpLoopRunsAgainOnlyOutOfRange() => Run(Method("double[] x", """
        double s = 0;
        double w = 1;
        for (int i = 0; i < x.Length; i++)
        {
            s += Math.Exp(w * x[i]);
            w *= 0.5;
        }
        return Math.Log(s);
        """));

    /// <summary>R07 where the loop writes a local array, which a second run would write again: streaming throughout.</summary>
    [Fact]
    public void LogSumExpLoopThatCannotRunAgainStreams() => Run(Method("double[] x", """
        double[] copy = new double[x.Length];
        double s = 0;
        for (int i = 0; i < x.Length; i++)
        {
            copy[i] = x[i];
            s += Math.Exp(x[i]);
        }
        return Math.Log(s) + copy[0];
        """));

    /// <summary>R18 in a loop: as written, then, only for a plain sum of squares outside [2⁻⁹⁶⁹, MaxValue] or 0,
    /// again with every term scaled by 2∓⁶⁰⁰; the root's rule gives 0 at 0.</summary>
    [Fact]
    public void NormLoopRunsAgainScaledOnlyOutOfRange() => Run(Method("double[] x", """
        double s = 0;
        for (int i = 0; i < x.Length; i++) s += x[i] * x[i];
        return Math.Sqrt(s);
        """));

    /// <summary>R16 in a loop: as written, watching each partial product; then, only when one left the normal
    /// numbers or the product is not a normal positive number, again as a sum of logs with the sign apart.</summary>
    [Fact]
    public void LogOfProductLoopRunsAgainAsSumOfLogsOnlyOutOfRange() => Run(Method("double[] x", """
        double p = 1;
        for (int i = 0; i < x.Length; i++) p *= x[i];
        return Math.Log(p);
        """));

    [Fact]
    public void SoftmaxCrossEntropyLoop() => Run("""
        using System;
        using AutoDiffGen;

        namespace Samples;

        public static partial class Stable
        {
            [Differentiable]
            public static double F(double[] z, [NoDiff] double[] y)
            {
                double s = 0;
                for (int i = 0; i < z.Length; i++) s += Math.Exp(z[i]);
                double loss = 0;
                for (int i = 0; i < z.Length; i++)
                {
                    double p = Math.Exp(z[i]) / s;
                    loss -= y[i] * Math.Log(p);
                }
                return loss;
            }
        }
        """);
}
