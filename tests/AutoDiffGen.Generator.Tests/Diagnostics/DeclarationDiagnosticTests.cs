using System.Globalization;
using System.Linq;
using AutoDiffGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace AutoDiffGen.Generator.Tests.Diagnostics;

/// <summary>Problems with a [Differentiable] method's declaration, each on the exact syntax the user must change.</summary>
public sealed class DeclarationDiagnosticTests
{
    [Fact]
    public void ADGEN0001_instance_method_with_per_sample_parameters_on_its_identifier() => DiagnosticMarkup.Verify("""
        using AutoDiffGen;
        public partial struct C
        {
            public double Scale;

            [Differentiable]
            public double {|ADGEN0001:F|}([PerSample] double x, double w) => Scale * w * x;

            [Differentiable]
            public double G(double x, double w) => Scale * w * x; // no [PerSample]: an instance method is fine
        }
        """);

    [Fact]
    public void ADGEN0002_non_partial_type_on_its_identifier() => DiagnosticMarkup.Verify("""
        using AutoDiffGen;
        public static class {|ADGEN0002:C|}
        {
            [Differentiable]
            public static double F(double x) => x * x;
        }
        """);

    [Fact]
    public void ADGEN0002_non_partial_containing_type_on_its_identifier() => DiagnosticMarkup.Verify("""
        using AutoDiffGen;
        namespace N;
        public class {|ADGEN0002:Outer|}
        {
            public partial class Middle
            {
                public static partial class Inner
                {
                    [Differentiable]
                    public static double F(double x) => x * x;
                }
            }
        }
        """);

    [Fact]
    public void ADGEN0003_unsupported_return_type_on_the_type_syntax() => DiagnosticMarkup.Verify("""
        using AutoDiffGen;
        public static partial class C
        {
            [Differentiable]
            public static {|ADGEN0003:int|} F(double x) => (int)x;

            [Differentiable]
            public static {|ADGEN0003:void|} G(double x) { }

            // Checking goes on after the first problem, so the body's decimal value is reported too.
            [Differentiable]
            public static {|ADGEN0003:decimal|} H(double x) => {|ADGEN0006:(decimal)x|};
        }
        """);

    [Fact]
    public void ADGEN0004_by_reference_parameters_on_the_parameter() => DiagnosticMarkup.Verify("""
        using AutoDiffGen;
        public static partial class C
        {
            [Differentiable]
            public static double F(ref double x, in double z) => x * x * z; // scalars by ref and in: supported

            [Differentiable]
            public static double G({|ADGEN0004:ref double[] x|}) => x[0];

            [Differentiable]
            public static double P([PerSample] double s, {|ADGEN0004:ref double w|}) => s * w;

            [Differentiable]
            public static double H(double y, {|ADGEN0004:out double x|})
            {
                x = y;
                return y * y;
            }
        }
        """);

    [Fact]
    public void ADGEN0004_params_and_unsupported_arrays_on_the_parameter() => DiagnosticMarkup.Verify("""
        using System;
        using AutoDiffGen;
        public static partial class C
        {
            [Differentiable]
            public static double F(double y, {|ADGEN0004:double[,] xs|}) => y;

            [Differentiable]
            public static double G(double y, {|ADGEN0004:params double[] xs|}) => y;

            [Differentiable]
            public static double H(double y, {|ADGEN0004:ReadOnlySpan<decimal> xs|}) => y;

            [Differentiable]
            public static double K(double y, {|ADGEN0004:double[][] xs|}) => y;
        }
        """);

    [Fact]
    public void Messages_name_what_to_change()
    {
        GeneratorRun run = DiagnosticMarkup.Verify("""
            using AutoDiffGen;
            public static partial class C
            {
                [Differentiable]
                public static double {|ADGEN0008:Loss|}(double {|ADGEN0010:x|}, [NoDiff] double dX) => x * dX;

                public static int LossGradient;
            }
            """);

        string Message(string id) => run.Diagnostics.Single(d => d.Id == id).GetMessage(CultureInfo.InvariantCulture);
        Assert.Equal("Cannot generate 'LossGradient': type 'C' already has a member with that name", Message("ADGEN0008"));
        Assert.Equal("Parameter 'x' clashes with the generated parameter 'dX'", Message("ADGEN0010"));
        Assert.All(run.Diagnostics, d => Assert.Equal(DiagnosticSeverity.Error, d.Severity));
    }

    [Fact]
    public void ADGEN0008_generated_member_name_taken_on_the_method_identifier() => DiagnosticMarkup.Verify("""
        using AutoDiffGen;
        public static partial class C
        {
            [Differentiable]
            public static double {|ADGEN0008:Loss|}(double x) => x * x;

            public static int LossGradient;

            [Differentiable]
            public static double {|ADGEN0008:Cost|}(double x) => x * x;

            public static void CostBackward() { }
        }
        """);

    [Fact]
    public void ADGEN0009_type_parameter_in_a_value_type_on_that_type() => DiagnosticMarkup.Verify("""
        using AutoDiffGen;
        public static partial class C
        {
            [Differentiable]
            public static double F<T>(double x) => x * x;

            [Differentiable]
            public static {|ADGEN0003:{|ADGEN0009:T|}|} G<T>({|ADGEN0009:T|} x, double y, {|ADGEN0009:System.Collections.Generic.List<T>|} z) => x;
        }
        """);

    [Fact]
    public void ADGEN0009_per_sample_parameters_of_a_generic_method_on_the_type_parameter_list() => DiagnosticMarkup.Verify("""
        using AutoDiffGen;
        public static partial class C
        {
            [Differentiable]
            public static double H{|ADGEN0009:<T>|}([PerSample] double x, double w) => x * w;
        }
        """);

    [Fact]
    public void ADGEN0010_parameter_named_seed_on_its_identifier() => DiagnosticMarkup.Verify("""
        using AutoDiffGen;
        public static partial class C
        {
            [Differentiable]
            public static double F(double x, [NoDiff] double {|ADGEN0010:seed|}) => x * seed;
        }
        """);

    [Fact]
    public void ADGEN0010_gradient_output_name_taken_by_a_parameter() => DiagnosticMarkup.Verify("""
        using AutoDiffGen;
        public static partial class C
        {
            // x's output would be dX, which is already a parameter.
            [Differentiable]
            public static double F(double {|ADGEN0010:x|}, [NoDiff] double dX) => x * dX;

            // x and X would both get the output dX.
            [Differentiable]
            public static double G(double x, double {|ADGEN0010:X|}) => x * X;
        }
        """);

    [Fact]
    public void ADGEN0011_method_without_body_on_its_identifier() => DiagnosticMarkup.Verify("""
        using System.Runtime.InteropServices;
        using AutoDiffGen;
        public static partial class C
        {
            [Differentiable]
            [DllImport("m")]
            public static extern double {|ADGEN0011:F|}(double x);
        }
        """);

    [Fact]
    public void ADGEN0011_partial_definition_and_static_abstract_on_the_identifier() => DiagnosticMarkup.Verify("""
        using AutoDiffGen;
        public static partial class C
        {
            // The attribute sits on the defining declaration, which has no statements.
            [Differentiable]
            public static partial double {|ADGEN0011:F|}(double x);

            public static partial double F(double x) => x * x;
        }

        public partial interface IModel
        {
            [Differentiable]
            static abstract double {|ADGEN0011:G|}(double x);
        }
        """);

    [Fact]
    public void Several_problems_are_all_reported() => DiagnosticMarkup.Verify("""
        using AutoDiffGen;
        public class {|ADGEN0002:C|}
        {
            [Differentiable]
            public {|ADGEN0003:int|} F<T>(double y, {|ADGEN0004:out double x|}, {|ADGEN0009:T|} t) { x = y; return (int)(x * y); }
        }
        """);
}
