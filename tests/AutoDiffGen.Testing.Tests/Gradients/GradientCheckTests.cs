using System;
using System.Linq;
using System.Numerics;
using Xunit;

namespace AutoDiffGen.Testing.Tests.Gradients;

public sealed class GradientCheckTests
{
    [Fact]
    public void Generated_scalar_gradient_passes_and_data_parameters_get_no_row()
    {
        GradientCheckReport report = GradientChecker.For(typeof(CheckedFunctions), nameof(CheckedFunctions.Scalar)).AssertAt(0.7, 0.3, -1.2);

        Assert.Equal(new[] { "a", "b" }, report.Rows.Select(r => r.Parameter));
        // Independent of the generator: ∂/∂a = x·cos(a·x)·e^b + b², ∂/∂b = sin(a·x)·e^b + 2ab.
        double x = 0.7, a = 0.3, b = -1.2;
        Assert.Equal(x * Math.Cos(a * x) * Math.Exp(b) + b * b, report.Rows[0].FiniteDifference, 1e-9);
        Assert.Equal(Math.Sin(a * x) * Math.Exp(b) + 2 * a * b, report.Rows[1].FiniteDifference, 1e-9);
        // Backward with seed −2.5 added into accumulators pre-filled with 0.5 and 0.75.
        Assert.Equal(0.5 - 2.5 * (x * Math.Cos(a * x) * Math.Exp(b) + b * b), report.Rows[0].BackwardAccumulated!.Value, 1e-12);
        Assert.Equal(0.75 - 2.5 * (Math.Sin(a * x) * Math.Exp(b) + 2 * a * b), report.Rows[1].BackwardAccumulated!.Value, 1e-12);
    }

    [Fact]
    public void Array_parameters_are_checked_element_by_element()
    {
        GradientCheckReport report = GradientChecker.For(typeof(CheckedFunctions), nameof(CheckedFunctions.Dot))
            .AssertAt(new[] { 0.5, -0.25, 1.5 }, new[] { 1.0, 2.0, -0.5 }, 0.1);

        Assert.Equal(new[] { "w[0]", "w[1]", "w[2]", "bias" }, report.Rows.Select(r => r.Parameter));
        double t = Math.Tanh(0.1 + 0.5 - 0.5 - 0.75), dSum = 1 - t * t;
        Assert.Equal(dSum * 2.0, report.Rows[1].Generated, 12);
    }

    [Fact]
    public void Span_parameters_take_arrays_and_integers_are_data()
    {
        GradientCheckReport report = GradientChecker.For(typeof(CheckedFunctions), nameof(CheckedFunctions.SumOfSquares)).AssertAt(new[] { 1.0, -2.0 }, 2);

        // (Σv²)², ∂/∂v0 = 2·Σv²·2v0 = 2·5·2 = 20
        Assert.Equal(20.0, report.Rows[0].Generated, 12);
        Assert.Contains("power = 2 (data)", report.Point);
    }

    [Fact]
    public void Float_methods_are_checked_in_single_precision()
    {
        GradientCheckReport report = GradientChecker.For(typeof(CheckedFunctions), nameof(CheckedFunctions.Cube)).AssertAt(1.5f, 2.0);

        Assert.Equal(3 * 1.5 * 1.5 * 2.0, report.Rows[0].Generated, 5);
        Assert.Contains("1.0e-03", report.Tolerances);
    }

    [Fact]
    public void A_wrong_gradient_fails_with_a_message_naming_the_parameter()
    {
        var e = Assert.Throws<GradientCheckException>(() =>
            GradientChecker.For(typeof(HandWrittenGradients), nameof(HandWrittenGradients.WrongB)).AssertAt(1.5, 2.0));

        Assert.Contains("Gradient check of AutoDiffGen.Testing.Tests.Gradients.HandWrittenGradients.WrongB: FAILED", e.Message);
        Assert.Contains("  - b: generated 2.26 differs from the finite difference 2.25", e.Message);
        Assert.DoesNotContain("  - a:", e.Message);
        Assert.Matches(@"\nb +2 +2\.26 +2\.25\S* .*FAIL\n", e.Message);
        Assert.Matches(@"\na +1\.5 +6 .* ok\n", e.Message);
        Assert.False(e.Report.Rows.Single(r => r.Parameter == "b").Passed);
    }

    [Fact]
    public void A_Backward_that_overwrites_its_accumulator_fails()
    {
        var e = Assert.Throws<GradientCheckException>(() =>
            GradientChecker.For(typeof(HandWrittenGradients), nameof(HandWrittenGradients.Overwrites)).AssertAt(1.5, 2.0));

        // a's accumulator started at 0.5; seed −2.5 · ∂/∂a (6) should have given 0.5 − 15 = −14.5, not −15.
        Assert.Contains("  - a: OverwritesBackward with seed -2.5 left -15 in an accumulator that held 0.5; it should add seed · 6 to give -14.5.", e.Message);
        Assert.DoesNotContain("  - b:", e.Message);
    }

    [Fact]
    public void A_Backward_that_ignores_the_seed_fails()
    {
        var e = Assert.Throws<GradientCheckException>(() =>
            GradientChecker.For(typeof(HandWrittenGradients), nameof(HandWrittenGradients.IgnoresSeed)).AssertAt(1.5, 2.0));

        Assert.Contains("  - b: IgnoresSeedBackward with seed -2.5", e.Message);
        Assert.DoesNotContain("  - a:", e.Message);
    }

    [Fact]
    public void Backward_check_can_be_turned_off()
    {
        GradientCheckReport report = GradientChecker.For(typeof(HandWrittenGradients), nameof(HandWrittenGradients.Overwrites),
            new GradientCheckOptions { CheckBackward = false }).Check(1.5, 2.0);

        Assert.True(report.Passed);
        Assert.All(report.Rows, r => Assert.Null(r.BackwardAccumulated));
    }

    [Fact]
    public void Complex_step_reference_agrees_to_rounding()
    {
        const double x = 0.7;
        GradientCheckReport report = GradientChecker.For(typeof(CheckedFunctions), nameof(CheckedFunctions.Scalar))
            .WithComplexStep(p => Complex.Sin(p[0] * x) * Complex.Exp(p[1]) + p[0] * p[1] * p[1])
            .AssertAt(x, 0.3, -1.2);

        Assert.All(report.Rows, r => Assert.True(r.ComplexStepRelativeError < 1e-14, r.Parameter + ": " + r.ComplexStepRelativeError));
        Assert.Contains("complex step", report.ToString());
    }

    [Fact]
    public void Generated_gradient_of_a_different_function_fails_against_its_complex_step()
    {
        // The complex copy is perturbed in b only (b² → b²·(1 + 1e-6 b)): same value at b = 0 … not here, so
        // the value check flags it as well as the entry for b, while a (whose derivative is unchanged) passes.
        const double x = 0.7;
        var e = Assert.Throws<GradientCheckException>(() => GradientChecker.For(typeof(CheckedFunctions), nameof(CheckedFunctions.Scalar))
            .WithComplexStep(p => Complex.Sin(p[0] * x) * Complex.Exp(p[1]) + p[0] * p[1] * p[1] * (1 + 1e-6 * p[1]))
            .AssertAt(x, 0.3, -1.2));

        Assert.Contains("The complex version of the function returns", e.Message);
        Assert.Contains("  - b: generated", e.Message);
        Assert.Contains("differs from the complex step", e.Message);
    }

    [Fact]
    public void At_a_kink_the_finite_difference_disagrees_and_the_report_says_by_how_much()
    {
        GradientCheckReport report = GradientChecker.For(typeof(CheckedFunctions), nameof(CheckedFunctions.Relu)).Check(0.0);

        Assert.False(report.Passed);
        GradientCheckRow row = Assert.Single(report.Rows);
        Assert.Equal(0.0, row.Generated);
        Assert.Equal(0.5, row.FiniteDifference, 1e-12);
        Assert.Contains("x: generated 0 differs from the finite difference 0.5", report.ToString());
        Assert.True(GradientChecker.For(typeof(CheckedFunctions), nameof(CheckedFunctions.Relu)).Check(0.5).Passed);
    }

    [Fact]
    public void Wrong_arguments_are_reported_before_any_call()
    {
        GradientChecker checker = GradientChecker.For(typeof(CheckedFunctions), nameof(CheckedFunctions.Dot));

        Assert.Contains("takes 3 arguments (w, x, bias), but 2 were given", Assert.Throws<ArgumentException>(() => checker.Check(new[] { 1.0 }, new[] { 1.0 })).Message);
        Assert.Contains("'w' must be a Double[]", Assert.Throws<ArgumentException>(() => checker.Check(new[] { 1f }, new[] { 1.0 }, 0.0)).Message);
    }

    [Fact]
    public void A_method_without_generated_companions_is_explained()
    {
        var e = Assert.Throws<ArgumentException>(() => GradientChecker.For(typeof(Math), nameof(Math.Sqrt)));

        Assert.Contains("has no SqrtGradient(Double, ref Double)", e.Message);
        Assert.Contains("[Differentiable]", e.Message);
    }
}
