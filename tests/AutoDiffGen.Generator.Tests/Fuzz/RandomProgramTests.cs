using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Numerics;
using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace AutoDiffGen.Generator.Tests.Fuzz;

/// <summary>
/// Seeded random programs through the real generator, in-process: every generated gradient must
/// compile without warnings and agree with the complex-step derivative of the same program.
/// A failure prints the seed and the program, so it can be replayed as a regular test.
/// </summary>
public sealed class RandomProgramTests
{
    private const int ProgramsPerBatch = 250;

    // 8 × 250 = 2000 programs per run, each checked at 3 points.
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(7)]
    [InlineData(8)]
    public void Generated_gradients_match_complex_step(int batch)
    {
        var source = new StringBuilder("using System;\nusing System.Numerics;\npublic static partial class Programs\n{\n    static double Re(Complex z) => z.Real;\n").Append(RandomProgram.Helper);
        var programs = new Dictionary<string, string>();
        for (int i = 0; i < ProgramsPerBatch; i++)
        {
            int seed = batch * 100_000 + i;
            string name = "P" + seed;
            (string real, string complex) = RandomProgram.Create(seed, name);
            programs[name] = real;
            source.Append(real).Append(complex);
        }
        source.Append("}\n");
        // The generator of programs must keep producing every construct it claims to cover.
        foreach (string construct in new[] { "break;", "continue;", "new double[3]", "switch (", "return", "for (", "if (", "Helper(", ") = (", "(double p)", "goto skip", "+= Math.Exp(", "*= 1.25 + ", "= Math.Sqrt(s" })
        {
            Assert.Contains(programs.Values, p => p.Contains(construct, StringComparison.Ordinal));
        }

        Type type = CompileWithGenerator(source.ToString()).GetType("Programs")!;
        var points = new Random(batch);
        var failures = new List<string>();
        int skipped = 0;
        foreach ((string name, string text) in programs)
        {
            for (int k = 0; k < 3; k++)
            {
                double[] x = Enumerable.Range(0, RandomProgram.Parameters).Select(_ => points.NextDouble() * 4 - 2).ToArray();
                string? failure = Check(type, name, x);
                if (ReferenceEquals(failure, Skipped)) skipped++;
                else if (failure is not null) failures.Add(failure + "\n" + text);
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} mismatches; first:\n{failures.FirstOrDefault()}");
        // The points skipped as overflowing or ill-conditioned must stay few, or the check would prove little.
        Assert.True(skipped < ProgramsPerBatch * 3 / 5, $"{skipped} of {ProgramsPerBatch * 3} points skipped");
    }

    private static string? Check(Type type, string name, double[] x)
    {
        MethodInfo forward = type.GetMethod(name)!;
        MethodInfo gradient = type.GetMethod(name + "Gradient")!;
        MethodInfo backward = type.GetMethod(name + "Backward")!;
        MethodInfo complex = type.GetMethod(name + "C")!;

        double value = (double)forward.Invoke(null, x.Cast<object>().ToArray())!;
        object[] args = x.Cast<object>().Concat(new object[] { 0.0, 0.0, 0.0 }).ToArray();
        double gradientValue = (double)gradient.Invoke(null, args)!;
        double[] grad = args.Skip(3).Select(a => (double)a).ToArray();

        const double seed = 1.75;
        object[] backArgs = x.Cast<object>().Concat(new object[] { seed, 0.5, -0.25, 2.0 }).ToArray();
        double backwardValue = (double)backward.Invoke(null, backArgs)!;

        if (!double.IsFinite(value)) return Skipped; // a rare program overflows; nothing to compare
        // A point where the value moves by more than the tolerance when the inputs move by 1e-13 is one where a rounding
        // difference (a stability rewrite's Pow(x, 3) as x·x·x feeding Math.Sin of a 1e9 argument) decides the digits
        // compared: it proves nothing either way.
        object[] nearbyValue = x.Select(v => (object)(v + 1e-13 * Math.Max(1.0, Math.Abs(v)))).ToArray();
        if (!Close(value, (double)forward.Invoke(null, nearbyValue)!)) return Skipped;
        // Where a stability rewrite applied (Pow(x, 0.5) → Sqrt(x), log(1+x) → Log1p(x), …) the generated value is the
        // stable form's: the same to within rounding, not bit for bit (and a rounding difference inside Math.Sin(1e6·…)
        // grows, so the tolerance is the one gradients get).
        if (gradientValue != backwardValue || !Close(value, gradientValue))
        {
            return $"{name}: value {value} but Gradient {gradientValue}, Backward {backwardValue}";
        }

        const double h = 1e-25;
        double[] accumulated = { 0.5, -0.25, 2.0 };
        for (int i = 0; i < x.Length; i++)
        {
            object[] z = x.Select((v, j) => (object)new Complex(v, j == i ? h : 0)).ToArray();
            Complex twin = (Complex)complex.Invoke(null, z)!;
            double reference = twin.Imaginary / h;
            if (!double.IsFinite(reference)) return Skipped; // the reference itself overflowed (values grow fast in loops)
            // Complex functions round differently from Math: at a point next to a branch boundary the twin can
            // take the other branch. Its real part then differs from the value; such a point proves nothing.
            if (!Close(value, twin.Real)) return Skipped;
            // Nor does a point where the derivative itself is ill-conditioned: where it moves by more than the
            // tolerance when the inputs move by 1e-13, the rounding differences between Math and Complex (Math.Pow vs
            // Complex.Pow feeding Math.Sin of a 1e9 argument) decide the last digits checked. (Program P100110 at such a
            // point: the generated and complex-step derivatives were 6e-9 apart, and both 2e-4 from mpmath's exact one.)
            object[] nearby = x.Select((v, j) => (object)new Complex(v + 1e-13 * Math.Max(1.0, Math.Abs(v)), j == i ? h : 0)).ToArray();
            if (!Close(reference, ((Complex)complex.Invoke(null, nearby)!).Imaginary / h)) return Skipped;
            if (!Close(reference, grad[i])) return $"{name} at ({string.Join(", ", x)}): d/dx{i} generated {grad[i]:R}, complex step {reference:R}";
            double expectedBack = accumulated[i] + seed * reference;
            if (!Close(expectedBack, (double)backArgs[4 + i])) return $"{name}: Backward accumulator {i} is {backArgs[4 + i]}, expected {expectedBack:R}";
        }
        return null;
    }

    /// <summary>What <see cref="Check"/> returns for a point that proves nothing (counted: most points must be checked).</summary>
    private const string Skipped = "skipped";

    private static bool Close(double expected, double actual) =>
        Math.Abs(expected - actual) <= 1e-9 * Math.Max(1.0, Math.Abs(expected));

    private static Assembly CompileWithGenerator(string source)
    {
        CSharpParseOptions parse = CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest);
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Select(p => MetadataReference.CreateFromFile(p))
            .Append(MetadataReference.CreateFromFile(typeof(DifferentiableAttribute).Assembly.Location));
        CSharpCompilation compilation = CSharpCompilation.Create("Fuzz" + Guid.NewGuid().ToString("N"),
            new[] { CSharpSyntaxTree.ParseText(source, parse, path: "Programs.cs") }, references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, optimizationLevel: OptimizationLevel.Release, nullableContextOptions: NullableContextOptions.Enable));

        GeneratorDriver driver = CSharpGeneratorDriver.Create(new[] { new DifferentiableGenerator().AsSourceGenerator() }, parseOptions: parse);
        driver.RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out var generatorDiagnostics);
        Assert.Empty(generatorDiagnostics.Where(d => d.Severity > DiagnosticSeverity.Info));

        var problems = output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning && d.Location.SourceTree?.FilePath != "Programs.cs").ToList();
        Assert.True(problems.Count == 0, "generated code has diagnostics:\n" + string.Join("\n", problems.Take(10)));

        using var stream = new MemoryStream();
        var result = output.Emit(stream);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(10)));
        stream.Position = 0;
        return new AssemblyLoadContext("fuzz", isCollectible: true).LoadFromStream(stream);
    }
}
