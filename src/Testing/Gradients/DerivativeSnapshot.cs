using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text;

namespace AutoDiffGen.Testing;

/// <summary>
/// Snapshot-tests a method's value and generated gradient at chosen points: the first run writes
/// <c>{TestFile}.{TestMethod}.received.txt</c> next to the test and fails; once accepted as
/// <c>.verified.txt</c>, later runs compare numbers within a relative tolerance.
/// <code>
/// DerivativeSnapshot.For(typeof(ToyModel), nameof(ToyModel.Loss)).At(0.5, 1.0, 0.3, …).At(-0.5, 0.2, …).Verify();
/// </code>
/// </summary>
public sealed class DerivativeSnapshot
{
    private readonly DifferentiableMethod method;
    private readonly IReadOnlyList<object?[]> points;
    private readonly double relativeTolerance;
    private readonly double absoluteTolerance;

    private DerivativeSnapshot(DifferentiableMethod method, IReadOnlyList<object?[]> points, double relativeTolerance, double absoluteTolerance)
    {
        this.method = method;
        this.points = points;
        this.relativeTolerance = relativeTolerance;
        this.absoluteTolerance = absoluteTolerance;
    }

    /// <summary>A snapshot of <paramref name="methodName"/> on <paramref name="type"/>, with no points yet.</summary>
    /// <exception cref="ArgumentException">The method or its generated Gradient is missing or ambiguous.</exception>
    public static DerivativeSnapshot For(Type type, string methodName, Type[]? parameterTypes = null) =>
        new(DifferentiableMethod.Find(type, methodName, parameterTypes), Array.Empty<object?[]>(), 1e-10, 0);

    /// <summary>Adds a point: the method's arguments, in order (arrays for array and span parameters).</summary>
    public DerivativeSnapshot At(params object?[] arguments)
    {
        method.Prepare(arguments);
        return new(method, points.Append(arguments).ToArray(), relativeTolerance, absoluteTolerance);
    }

    /// <summary>
    /// Numbers match when |received − verified| ≤ absolute + relative·|verified|. The default, relative 1e-10
    /// and absolute 0, absorbs the last-bit differences of <c>Math</c> functions between machines.
    /// </summary>
    public DerivativeSnapshot WithTolerance(double relative, double absolute = 0) => new(method, points, relative, absolute);

    /// <summary>The snapshot text: per point, the arguments, the value and every gradient output, in round-trip (<c>R</c>) format.</summary>
    public string Text()
    {
        if (points.Count == 0) throw new InvalidOperationException("No points: add at least one with At(…).");
        var text = new StringBuilder();
        text.Append(method.FullName).Append('\n');
        for (int n = 0; n < points.Count; n++)
        {
            object?[] arguments = points[n];
            (double value, double[][] gradient) = method.Gradient(arguments);
            text.Append('\n').Append("Point ").Append(n + 1).Append(":\n");
            for (int i = 0; i < method.Parameters.Count; i++)
            {
                DifferentiableParameter p = method.Parameters[i];
                text.Append("  ").Append(p.Name).Append(" = ").Append(GradientChecker.Describe(arguments[i]))
                    .Append(p.Role == ParameterRole.Data ? " (data)" : "").Append('\n');
            }
            text.Append("  value = ").Append(Number(value)).Append('\n');
            for (int i = 0; i < method.Parameters.Count; i++)
            {
                DifferentiableParameter p = method.Parameters[i];
                if (p.Role == ParameterRole.Data) continue;
                string formatted = p.Role == ParameterRole.Scalar ? Number(gradient[i][0]) : "[" + string.Join(", ", gradient[i].Select(Number)) + "]";
                text.Append("  ").Append(p.OutputName).Append(" = ").Append(formatted).Append('\n');
            }
        }
        return text.ToString();
    }

    /// <summary>
    /// Compares with <c>{TestFile}.{TestMethod}.verified.txt</c> next to the calling test. On a difference (or a
    /// first run) writes <c>.received.txt</c> and throws <see cref="SnapshotMismatchException"/> naming each
    /// differing number; <c>ADGEN_ACCEPT_SNAPSHOTS=1</c> accepts, except on build servers.
    /// </summary>
    public void Verify([CallerFilePath] string testFile = "", [CallerMemberName] string testMethod = "") =>
        Verify(SnapshotLocation.ForTest(testFile, testMethod), environment: null);

    /// <summary>The same at an explicit location, reading the accept variable through <paramref name="environment"/> (tests of the kit pass a fake).</summary>
    public void Verify(SnapshotLocation location, Func<string, string?>? environment)
    {
        var file = new SnapshotFile("", "txt", Text()) { Comparer = new NumericTextComparer(relativeTolerance, absoluteTolerance).Compare };
        new SnapshotVerifier(location.Directory, environment).Verify(location.BaseName, new[] { file });
    }

    // Doubles only: a float output was widened exactly, and "R" of the double round-trips it too.
    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
