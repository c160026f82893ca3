using AutoDiffGen.Generator.Tests.Infrastructure;
using Xunit;

namespace AutoDiffGen.Generator.Tests.Batching;

/// <summary>[PerSample] problems on the parameter, and the not-vectorised warning on the method.</summary>
public sealed class BatchDiagnosticTests
{
    [Fact]
    public void ADGEN0030_per_sample_parameter_that_is_not_a_scalar_of_the_method_type() => DiagnosticMarkup.Verify("""
        using System;
        using AutoDiffGen;
        public static partial class C
        {
            [Differentiable]
            public static double F({|ADGEN0030:[PerSample] double[] x|}, double w) => w * x[0];

            [Differentiable]
            public static double G({|ADGEN0030:[PerSample] int k|}, double w) => w * k;

            [Differentiable]
            public static double H({|ADGEN0030:[PerSample] float x|}, double w) => w * x;

            [Differentiable]
            public static float K({|ADGEN0030:[PerSample] double x|}, float w) => w * (float)x;
        }
        """);

    [Fact]
    public void ADGEN0031_loop_array_or_call_on_the_method_identifier() => DiagnosticMarkup.Verify("""
        using System;
        using AutoDiffGen;
        public static partial class C
        {
            [Differentiable]
            public static double {|ADGEN0031:Loop|}([PerSample] double x, double w, int n)
            {
                double s = x;
                for (int i = 0; i < n; i++) s = s * w;
                return s;
            }

            [Differentiable]
            public static double {|ADGEN0031:Lookup|}([PerSample, NoDiff] double x, double[] w) => w[0] * x;

            [Differentiable]
            public static double Square(double v) => v * v;

            [Differentiable]
            public static double {|ADGEN0031:Calls|}([PerSample, NoDiff] double x, double w) => Square(w * x);

            // Straight-line code and branches: vectorised, no warning.
            [Differentiable]
            public static double Vectorised([PerSample, NoDiff] double x, double w) => x > 0 ? w * x : -w * x;
        }
        """);

    [Fact]
    public void ADGEN0031_message_names_the_construct_and_the_scalar_backward()
    {
        var result = GeneratorHarness.Run("""
            using AutoDiffGen;
            public static partial class C
            {
                [Differentiable]
                public static double Loop([PerSample] double x, double w, int n)
                {
                    double s = x;
                    for (int i = 0; i < n; i++) s = s * w;
                    return s;
                }
            }
            """);
        var diagnostic = Assert.Single(result.Diagnostics, d => d.Id == "ADGEN0031");
        Assert.Equal("The batched members of 'Loop' call LoopBackward once per sample instead of using span kernels, because of a loop",
            diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void ADGEN0008_batched_member_name_taken() => DiagnosticMarkup.Verify("""
        using System;
        using AutoDiffGen;
        public static partial class C
        {
            [Differentiable]
            public static double {|ADGEN0008:F|}([PerSample] double x, double w) => w * x;

            public static double FBatchGradient() => 0;
        }
        """);
}
