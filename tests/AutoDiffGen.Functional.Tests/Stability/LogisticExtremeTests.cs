using System.Collections.Generic;
using AutoDiffGen.Functional.Tests.Rules;
using Xunit;
using F = AutoDiffGen.Functional.Tests.Stability.LogisticFunctions;

namespace AutoDiffGen.Functional.Tests.Stability;

/// <summary>
/// R01–R05 at the extreme inputs of stability-catalog.md §3. Expected numbers are the catalogue's mpmath
/// columns ("exact value", "exact derivative"), copied here; "→ 0 in double" is written 0.
/// </summary>
public class LogisticExtremeTests
{
    private static readonly Dictionary<string, (Gradient1 Rewritten, Gradient1 Twin)> Methods = new()
    {
        ["Sigmoid"] = (F.SigmoidGradient, F.SigmoidOffGradient),
        ["SigmoidOfExp"] = (F.SigmoidOfExpGradient, F.SigmoidOfExpOffGradient),
        ["LogSigmoid"] = (F.LogSigmoidGradient, F.LogSigmoidOffGradient),
        ["Softplus"] = (F.SoftplusGradient, F.SoftplusOffGradient),
        ["SoftplusExpFirst"] = (F.SoftplusExpFirstGradient, F.SoftplusExpFirstOffGradient),
        ["LogOneMinusSigmoid"] = (F.LogOneMinusSigmoidGradient, F.LogOneMinusSigmoidOffGradient),
    };

    /// <summary>Rows where the catalogue's naive column fails: the twin must fail too.</summary>
    public static TheoryData<string, double, double, double> Failing => new()
    {
        // R01 table, 1st form: x = −710 → 4.47628622567513e−309 (value and derivative); x = −800 → 3.67e−348 (→ 0).
        { "Sigmoid", -710, 4.47628622567513e-309, 4.47628622567513e-309 },
        { "Sigmoid", -800, 0, 0 },
        // R01 table, 2nd form: x = 710 → 1, derivative 4.47628622567513e−309.
        { "SigmoidOfExp", 710, 1, 4.47628622567513e-309 },
        // R02 table.
        { "LogSigmoid", -800, -800, 1 },
        { "LogSigmoid", 40, -4.248354255291589e-18, 4.248354255291589e-18 },
        // R03 table.
        { "Softplus", 800, 800, 1 },
        { "Softplus", 710, 710, 1 },
        { "Softplus", -40, 4.248354255291589e-18, 4.248354255291589e-18 },
        { "SoftplusExpFirst", 800, 800, 1 },
        { "SoftplusExpFirst", -40, 4.248354255291589e-18, 4.248354255291589e-18 },
        // R04 table: x = 40 → −40 − 4.2e−18 (= −40 in double), −1.
        { "LogOneMinusSigmoid", 40, -40, -1 },
        { "LogOneMinusSigmoid", -40, -4.248354255291589e-18, -4.248354255291589e-18 },
    };

    /// <summary>Rows the naive form already gets right (kept to show the rewrite does not lose them).</summary>
    public static TheoryData<string, double, double, double> Passing => new()
    {
        // R01 table, derivative at x = 40: 4.248354255291589e−18; value 1 − 4.2e−18 (= 1 in double).
        { "Sigmoid", 40, 1, 4.248354255291589e-18 },
        { "SigmoidOfExp", -710, 4.47628622567513e-309, 4.47628622567513e-309 },
    };

    [Theory]
    [MemberData(nameof(Failing))]
    [MemberData(nameof(Passing))]
    public void Exact_value_and_derivative(string name, double x, double value, double derivative) =>
        Exact.Point(Methods[name].Rewritten, x, value, derivative, name);

    [Theory]
    [MemberData(nameof(Failing))]
    public void Rewrites_off_twin_fails(string name, double x, double value, double derivative) =>
        Exact.TwinFails(Methods[name].Twin, x, value, derivative, name + "Off");

    // R05 table: (z, y) → exact value, exact d/dz. z = 38: 1 − 3.1e−17, which is 1 in double.
    [Theory]
    [InlineData(40, 0, 40, 1)]
    [InlineData(38, 0, 38, 1)]
    [InlineData(-800, 1, 800, -1)]
    [InlineData(-40, 1, 40, -1)]
    public void Cross_entropy_exact(double z, double y, double value, double dZ)
    {
        Exact.Point((double a, out double d) => F.CrossEntropyGradient(a, y, out d), z, value, dZ, "CrossEntropy");
        // With a differentiable label the value and ∂z are the same; ∂y = log(1-σ(z)) - log σ(z) = -z.
        double v = F.CrossEntropySoftGradient(z, y, out double dz, out double dy);
        Exact.Equal(value, v, "CrossEntropySoft value", z);
        Exact.Equal(dZ, dz, "CrossEntropySoft dZ", z);
        Exact.Equal(-z, dy, "CrossEntropySoft dY", z);
    }

    [Theory]
    [InlineData(40, 0, 40, 1)]
    [InlineData(38, 0, 38, 1)]
    [InlineData(-800, 1, 800, -1)]
    public void Cross_entropy_rewrites_off_twin_fails(double z, double y, double value, double dZ) =>
        Exact.TwinFails((double a, out double d) => F.CrossEntropyOffGradient(a, y, out d), z, value, dZ, "CrossEntropyOff");
}
