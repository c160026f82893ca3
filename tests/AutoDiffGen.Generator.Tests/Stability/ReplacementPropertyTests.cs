using System;
using System.Collections.Generic;
using System.Linq;
using AutoDiffGen.Generator.Diagnostics;
using AutoDiffGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace AutoDiffGen.Generator.Tests.Stability;

/// <summary>
/// The Replacement property of every stability diagnostic is what a code fix would write over the
/// diagnostic's span: it must be C# that compiles there, written with the user's names, and that computes
/// the same value as the user's expression at an ordinary point.
/// </summary>
public sealed class ReplacementPropertyTests
{
    /// <summary>(parameters, body expression, argument values): each expression triggers the rewrite named in the comment.</summary>
    public static TheoryData<string, string, string, double[]> Cases => new()
    {
        { "R01", "double logit", "1.0 / (1.0 + Math.Exp(-logit))", new[] { 0.7 } },
        { "R01b", "double logit", "Math.Exp(logit) / (1 + Math.Exp(logit))", new[] { 0.7 } },
        { "R01d", "double logit", "1 - 1.0 / (1.0 + Math.Exp(-logit))", new[] { 0.7 } },
        { "R01c", "double logit", "logit / (1 + Math.Exp(-logit))", new[] { 0.7 } },
        { "R02", "double logit", "Math.Log(1.0 / (1.0 + Math.Exp(-logit)))", new[] { 0.7 } },
        { "R03", "double score", "Math.Log(1 + Math.Exp(score))", new[] { 0.7 } },
        { "R04", "double logit", "Math.Log(1 - 1.0 / (1.0 + Math.Exp(-logit)))", new[] { 0.7 } },
        { "R06", "double left, double right", "Math.Log(Math.Exp(left) + Math.Exp(right))", new[] { 0.7, 1.3 } },
        { "R06b", "double left, double mid, double right", "Math.Log(Math.Exp(left) + Math.Exp(mid) + Math.Exp(right))", new[] { 0.7, -0.4, 1.3 } },
        { "R06c", "double left, double right", "Math.Log(1 + Math.Exp(left) + Math.Exp(right))", new[] { 0.7, -0.4 } },
        { "R08", "double left, double right", "Math.Exp(left) / (Math.Exp(left) + Math.Exp(right))", new[] { 0.7, 1.3 } },
        { "R11", "double rate", "Math.Log(1 + rate)", new[] { 0.7 } },
        { "R11b", "double prob", "Math.Log(1 - prob)", new[] { 0.3 } },
        { "R12", "double rate", "Math.Exp(rate) - 1", new[] { 0.7 } },
        { "R13", "double logp", "Math.Log(1 - Math.Exp(logp))", new[] { -0.7 } },
        { "R14", "double big, double small", "Math.Log(Math.Exp(big) - Math.Exp(small))", new[] { 1.3, 0.7 } },
        { "R15", "double soft", "Math.Log(Math.Exp(soft) - 1)", new[] { 0.7 } },
        { "R16", "double odds, double rate", "Math.Log(odds * rate)", new[] { 0.7, 1.3 } },
        { "R17", "double east, double north", "Math.Sqrt(east * east + north * north)", new[] { 0.7, 1.3 } },
        { "R17b", "double east, double north, double up", "Math.Sqrt(east * east + north * north + up * up)", new[] { 0.7, 1.3, -0.4 } },
        { "R17c", "double east", "Math.Sqrt(east * east + 1e-8)", new[] { 0.7 } },
        { "R18", "double area", "Math.Pow(Math.Sqrt(area), 2)", new[] { 0.7 } },
        { "R19", "double mass", "mass * Math.Log(mass)", new[] { 0.7 } },
        { "R20", "double weight, double prob", "weight * Math.Log(prob)", new[] { 0.7, 0.3 } },
        { "R20b", "double weight, double rate", "weight * Math.Log(1 + rate)", new[] { 0.7, 0.3 } },
        { "R21", "double u", "(Math.Exp(u) - Math.Exp(-u)) / (Math.Exp(u) + Math.Exp(-u))", new[] { 0.7 } },
        { "R21b", "double u", "(Math.Exp(2 * u) - 1) / (Math.Exp(2 * u) + 1)", new[] { 0.7 } },
        { "R21c", "double u", "(1 - Math.Exp(-u)) / (1 + Math.Exp(-u))", new[] { 0.7 } },
        { "R22", "double u", "Math.Log(Math.Cosh(u))", new[] { 0.7 } },
        { "R23", "double t", "Math.Log(1 + t * t)", new[] { 0.7 } },
        { "R24", "double t", "Math.Sqrt(1 + t) - 1", new[] { 0.7 } },
        { "R25", "double angle", "1 - Math.Cos(angle)", new[] { 0.7 } },
        { "R26", "double angle", "Math.Sin(angle) / angle", new[] { 0.7 } },
        { "R27", "double dist", "Math.Log(Math.Exp(-0.5 * dist * dist) / Math.Sqrt(2 * Math.PI))", new[] { 0.7 } },
        { "R27b", "double dist", "Math.Log(0.4 * Math.Exp(-dist))", new[] { 0.7 } },
        { "R28", "double left, double right", "Math.Exp(left) / Math.Exp(right)", new[] { 0.7, 1.3 } },
        { "R28b", "double left, double right", "Math.Exp(left) * Math.Exp(right)", new[] { 0.7, 1.3 } },
        { "R33", "double side", "Math.Pow(side + 1, 3) + Math.Pow(side, 0.5) + Math.Pow(side, -0.5) + Math.Pow(side, 0)", new[] { 0.7 } },
        { "T2", "double offset", "Math.Sqrt(offset * offset)", new[] { -0.7 } },
        { "Local", "double logit", "Local(logit)", new[] { 0.7 } },
    };

    internal static string Source(string parameters, string expression) => expression == "Local(logit)"
        ? """
          using System;
          using AutoDiffGen;
          public static partial class C
          {
              [Differentiable]
              public static double F(double logit)
              {
                  double prob = 1.0 / (1.0 + Math.Exp(-logit));
                  return Math.Log(prob) + prob;
              }
          }
          """
        : $$"""
          using System;
          using AutoDiffGen;
          public static partial class C
          {
              [Differentiable]
              public static double F({{parameters}}) => {{expression}};
          }
          """;

    [Theory]
    [MemberData(nameof(Cases))]
    public void Replacement_compiles_uses_the_users_names_and_keeps_the_value(string rule, string parameters, string expression, double[] at)
    {
        string source = Source(parameters, expression);
        GeneratorRun run = GeneratorHarness.Run(source);
        Diagnostic[] stability = run.Diagnostics.Where(d => d.Descriptor.Category == "AutoDiffGen.Stability").ToArray();
        Assert.True(stability.Length > 0, rule + ": no stability diagnostic for " + expression);
        double original = Evaluate(source, at);
        string[] names = parameters.Split(',').Select(p => p.Trim().Split(' ')[1]).ToArray();
        foreach (Diagnostic d in stability)
        {
            Assert.True(d.Properties.TryGetValue(StabilityDescriptors.ReplacementProperty, out string? replacement) && replacement is not null,
                rule + ": " + d.Id + " has no Replacement property");
            // Pow(x, 0) is replaced by the literal 1: no name to keep.
            bool literal = double.TryParse(replacement, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _);
            Assert.True(literal || names.Any(n => replacement!.Contains(n, StringComparison.Ordinal)),
                rule + ": replacement '" + replacement + "' uses none of the user's names " + string.Join(", ", names));
            TextSpan span = d.Location.SourceSpan;
            string fixedSource = source.Substring(0, span.Start) + "(" + replacement + ")" + source.Substring(span.End);
            double value = Evaluate(fixedSource, at, rule + " after replacing '" + source.Substring(span.Start, span.Length) + "' by '" + replacement + "'");
            Assert.True(Math.Abs(value - original) <= 1e-13 * Math.Abs(original),
                rule + ": replacement '" + replacement + "' gives " + value.ToString("R") + ", the user's expression " + original.ToString("R"));
        }
    }

    /// <summary>Compiles the user's code alone (no generator) and calls C.F.</summary>
    internal static double Evaluate(string source, double[] at, string what = "the original source")
    {
        var compilation = GeneratorHarness.CreateCompilation(source);
        Diagnostic[] errors = compilation.GetDiagnostics().Where(e => e.Severity == DiagnosticSeverity.Error).ToArray();
        Assert.True(errors.Length == 0, what + " does not compile:\n" + string.Join("\n", errors.Select(GeneratorHarness.Describe)));
        return (double)AssemblyRunner.Load(compilation).Call("C", "F", at.Cast<object?>().ToArray())!;
    }
}
