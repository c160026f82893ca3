using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Numerics;

namespace AutoDiffGen.Testing;

/// <summary>
/// Gradient checks in the spirit of <c>torch.autograd.gradcheck</c> and JAX's <c>check_grads</c>: a method's
/// generated <c>MGradient</c> against Richardson-extrapolated central differences (and the complex step, when
/// you supply a complex version of the function), and <c>MBackward</c>'s accumulation and seed scaling
/// against <c>MGradient</c>.
/// <code>
/// GradientChecker.For(typeof(ToyModel), nameof(ToyModel.Loss)).AssertAt(0.5, 1.0, 0.3, 1.2, -0.4, 0.8, 0.5, -0.7, 0.2, 1.5);
/// </code>
/// </summary>
public sealed class GradientChecker
{
    private readonly DifferentiableMethod method;
    private readonly GradientCheckOptions options;
    private readonly Func<IReadOnlyList<object?>, Complex[], Complex>? complexFunction;

    internal GradientChecker(DifferentiableMethod method, GradientCheckOptions options, Func<IReadOnlyList<object?>, Complex[], Complex>? complexFunction = null)
    {
        this.method = method;
        this.options = options;
        this.complexFunction = complexFunction;
    }

    /// <summary>A checker for <paramref name="methodName"/> on <paramref name="type"/> and its generated Gradient and Backward.</summary>
    /// <param name="type">The partial type declaring the method.</param>
    /// <param name="methodName">The method, e.g. <c>nameof(ToyModel.Loss)</c>.</param>
    /// <param name="options">Tolerances; the defaults suit the method's precision.</param>
    /// <exception cref="ArgumentException">The method, or its generated Gradient or Backward, is missing or ambiguous.</exception>
    public static GradientChecker For(Type type, string methodName, GradientCheckOptions? options = null) =>
        new(DifferentiableMethod.Find(type, methodName), options ?? new GradientCheckOptions());

    /// <summary>The same for one of several overloads, chosen by its parameter types.</summary>
    public static GradientChecker For(Type type, string methodName, Type[] parameterTypes, GradientCheckOptions? options = null) =>
        new(DifferentiableMethod.Find(type, methodName, parameterTypes), options ?? new GradientCheckOptions());

    /// <summary>The method under check.</summary>
    public DifferentiableMethod Method => method;

    /// <summary>
    /// Adds a complex-step reference. <paramref name="function"/> is your function written over
    /// <see cref="Complex"/>; it receives the differentiable inputs flattened in declaration order (array
    /// parameters element by element), as the report's rows list them. Data (<c>[NoDiff]</c>) values are
    /// captured by the lambda, or use the overload that also receives the arguments.
    /// </summary>
    public GradientChecker WithComplexStep(Func<Complex[], Complex> function) =>
        new(method, options, (_, z) => function(z));

    /// <summary>The same, receiving the checked point's arguments as well (for its data parameters).</summary>
    public GradientChecker WithComplexStep(Func<IReadOnlyList<object?>, Complex[], Complex> function) =>
        new(method, options, function);

    /// <summary>Other tolerances (see <see cref="GradientCheckOptions"/>).</summary>
    public GradientChecker WithOptions(GradientCheckOptions newOptions) => new(method, newOptions, complexFunction);

    /// <summary>Checks the gradient at one point and throws <see cref="GradientCheckException"/> with the report if it is wrong.</summary>
    /// <param name="arguments">The method's arguments, in order: numbers for scalars, arrays for array and span parameters.</param>
    public GradientCheckReport AssertAt(params object?[] arguments)
    {
        GradientCheckReport report = Check(arguments);
        if (!report.Passed) throw new GradientCheckException(report);
        return report;
    }

    /// <summary>Checks the gradient at one point and returns the report, whether or not it passed.</summary>
    public GradientCheckReport Check(params object?[] arguments)
    {
        method.Prepare(arguments); // argument errors surface before any call
        bool single = method.ReturnsSingle || method.Parameters.Any(p => p.IsSinglePrecision);
        var failures = new List<string>();
        double value = method.Value(arguments);
        (double gradientValue, double[][] gradient) = method.Gradient(arguments);
        if (!SameValue(gradientValue, value))
        {
            failures.Add(method.Name + "Gradient returned " + R(gradientValue) + ", but " + method.Name + " returns " + R(value) + " at this point.");
        }

        double[][] inputs = method.Inputs(arguments);
        double[] complexStep = ComplexStepGradient(arguments, inputs, value, failures);
        (double[][]? accumulated, double[][]? expected) = CheckBackward(arguments, value, gradient, failures, single);

        var rows = new List<GradientCheckRow>();
        int entry = 0;
        for (int i = 0; i < method.Parameters.Count; i++)
        {
            DifferentiableParameter p = method.Parameters[i];
            for (int k = 0; k < inputs[i].Length; k++, entry++)
            {
                string name = p.Role == ParameterRole.Array ? p.Name + "[" + k + "]" : p.Name;
                bool entrySingle = method.ReturnsSingle || p.IsSinglePrecision;
                int parameter = i, element = k;
                double finite = FiniteDifference.Derivative(x => method.Value(method.With(arguments, parameter, element, x)), inputs[i][k], entrySingle);
                double generated = gradient[i][k];
                bool passed = Within(name, generated, finite, "the finite difference", options.FiniteDifferenceTolerance(entrySingle), failures);
                double? complex = complexStep.Length > 0 ? complexStep[entry] : null;
                if (complex is double c) passed &= Within(name, generated, c, "the complex step", options.ComplexStepTolerance(entrySingle), failures);
                bool backwardPassed = accumulated is null || SameWithin(accumulated[i][k], expected![i][k], GradientCheckOptions.ConsistencyTolerance(single));
                if (!backwardPassed)
                {
                    failures.Add(name + ": " + method.Name + "Backward with seed " + R(options.BackwardSeed) + " left " + R(accumulated![i][k]) +
                        " in an accumulator that held " + R(Prefill(entry)) + "; it should add seed · " + R(generated) + " to give " + R(expected![i][k]) + ".");
                }
                rows.Add(new GradientCheckRow(name, inputs[i][k], generated, finite, complex,
                    accumulated?[i][k], expected?[i][k], backwardPassed, passed && backwardPassed));
            }
        }
        return new GradientCheckReport(method.FullName, DescribePoint(arguments), value, rows, failures, Tolerances(single));
    }

    private double[] ComplexStepGradient(IReadOnlyList<object?> arguments, double[][] inputs, double value, List<string> failures)
    {
        if (complexFunction is null) return Array.Empty<double>();
        double[] flat = inputs.SelectMany(x => x).ToArray();
        Func<Complex[], Complex> f = z => complexFunction(arguments, z);
        // A complex copy of a different function would make every entry look wrong; say so instead.
        Complex atPoint = f(flat.Select(x => (Complex)x).ToArray());
        if (!SameWithin(atPoint.Real, value, (1e-12, 1e-300)))
        {
            failures.Add("The complex version of the function returns " + R(atPoint.Real) + " at this point, but " + method.Name + " returns " + R(value) + ": it is not the same function, so its complex step is no reference.");
        }
        return Enumerable.Range(0, flat.Length).Select(j => ComplexStep.Derivative(f, flat, j)).ToArray();
    }

    /// <summary>
    /// MBackward twice: with seed 1 on zeroed accumulators it must give MGradient's outputs; with another seed on
    /// pre-filled accumulators it must add seed · gradient (it accumulates, never overwrites). Both return M's value.
    /// </summary>
    private (double[][]? Accumulated, double[][]? Expected) CheckBackward(IReadOnlyList<object?> arguments, double value, double[][] gradient, List<string> failures, bool single)
    {
        if (!options.CheckBackward) return (null, null);
        var tolerance = GradientCheckOptions.ConsistencyTolerance(single);
        double[][] zeros = gradient.Select(g => new double[g.Length]).ToArray();
        (double unitValue, double[][] unit) = method.Backward(arguments, 1.0, zeros);
        for (int i = 0; i < gradient.Length; i++)
        {
            for (int k = 0; k < gradient[i].Length; k++)
            {
                if (!SameWithin(unit[i][k], gradient[i][k], tolerance))
                {
                    failures.Add(EntryName(i, k) + ": " + method.Name + "Backward with seed 1 on zeroed accumulators gives " + R(unit[i][k]) + ", but " + method.Name + "Gradient gives " + R(gradient[i][k]) + ".");
                }
            }
        }

        double seed = options.BackwardSeed;
        int entry = 0;
        double[][] before = gradient.Select(g => g.Select(_ => Prefill(entry++)).ToArray()).ToArray();
        (double seededValue, double[][] after) = method.Backward(arguments, seed, before);
        double[][] expected = before.Select((b, i) => b.Select((start, k) => start + seed * gradient[i][k]).ToArray()).ToArray();
        foreach ((double returned, string how) in new[] { (unitValue, "seed 1"), (seededValue, "seed " + R(seed)) })
        {
            if (!SameValue(returned, value))
            {
                failures.Add(method.Name + "Backward with " + how + " returned " + R(returned) + ", but " + method.Name + " returns " + R(value) + " (the value is never scaled by the seed).");
            }
        }
        return (after, expected);
    }

    /// <summary>Distinct start values, so an accumulator that is overwritten or swapped with another shows.</summary>
    private static double Prefill(int entry) => 0.5 + 0.25 * entry;

    private string EntryName(int parameter, int element) =>
        method.Parameters[parameter].Role == ParameterRole.Array ? method.Parameters[parameter].Name + "[" + element + "]" : method.Parameters[parameter].Name;

    private static bool Within(string name, double generated, double reference, string what, (double Relative, double Absolute) tolerance, List<string> failures)
    {
        if (SameWithin(generated, reference, tolerance)) return true;
        double error = Math.Abs(generated - reference);
        failures.Add(name + ": generated " + R(generated) + " differs from " + what + " " + R(reference) + " by " + E(error) +
            " (relative " + E(GradientCheckRow.Relative(error, reference)) + "), more than " + E(tolerance.Absolute) + " + " + E(tolerance.Relative) + "·|reference|.");
        return false;
    }

    private static bool SameWithin(double actual, double expected, (double Relative, double Absolute) tolerance) =>
        actual.Equals(expected) || Math.Abs(actual - expected) <= tolerance.Absolute + tolerance.Relative * Math.Abs(expected);

    // The contract: the generated forward pass evaluates the user's expressions in the user's order.
    private static bool SameValue(double actual, double expected) => SameWithin(actual, expected, (1e-14, 0));

    private string DescribePoint(IReadOnlyList<object?> arguments) =>
        string.Join(", ", method.Parameters.Select((p, i) => p.Name + " = " + Describe(arguments[i]) + (p.Role == ParameterRole.Data ? " (data)" : "")));

    private string Tolerances(bool single)
    {
        var fd = options.FiniteDifferenceTolerance(single);
        string text = "pass: |generated − reference| ≤ " + E(fd.Absolute) + " + " + E(fd.Relative) + "·|reference| (finite differences)";
        if (complexFunction is not null)
        {
            var cs = options.ComplexStepTolerance(single);
            text += ", ≤ " + E(cs.Absolute) + " + " + E(cs.Relative) + "·|reference| (complex step)";
        }
        return text;
    }

    internal static string Describe(object? value) => value switch
    {
        null => "null",
        double d => R(d),
        float f => f.ToString("R", CultureInfo.InvariantCulture),
        Array a => "[" + string.Join(", ", a.Cast<object?>().Select(Describe)) + "]",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static string R(double value) => GradientCheckReport.R(value);

    private static string E(double value) => value.ToString("0.0e+00", CultureInfo.InvariantCulture);
}
