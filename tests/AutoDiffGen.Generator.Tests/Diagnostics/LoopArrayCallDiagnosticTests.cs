using System.Linq;
using AutoDiffGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace AutoDiffGen.Generator.Tests.Diagnostics;

/// <summary>Diagnostics that came with loops, array parameters and calls between [Differentiable] methods.</summary>
public sealed class LoopArrayCallDiagnosticTests
{
    [Fact]
    public void ADGEN0013_active_value_into_a_NoDiff_parameter_on_the_argument() => DiagnosticMarkup.Verify("""
        using System;
        using AutoDiffGen;
        public static partial class Lib
        {
            [Differentiable]
            public static double Scale(double v, [NoDiff] double k) => v * k;
        }
        public static partial class C
        {
            [Differentiable]
            public static double F(double x, double y, [NoDiff] double data)
            {
                double a = Lib.Scale(x, {|ADGEN0013:x * 2|});
                double b = Lib.Scale(y, data * 3);      // [NoDiff] data: fine
                double c = Lib.Scale(y, 4.0);           // constant: fine
                double u = Math.Sin(y);
                for (int i = 0; i < 3; i++)
                {
                    u = u + 1;
                }
                return a + b + c + Lib.Scale(1.0, {|ADGEN0013:u|});
            }
        }
        """);

    [Fact]
    public void ADGEN0013_for_elements_of_differentiable_arrays_only() => DiagnosticMarkup.Verify("""
        using AutoDiffGen;
        public static partial class C
        {
            [Differentiable]
            public static double Scale(double v, [NoDiff] double k, int n) => v * k * n;

            [Differentiable]
            public static double F(double[] w, [NoDiff] double[] data, double x)
            {
                double a = Scale(x, {|ADGEN0013:w[0]|}, 1);
                double b = Scale(x, data[0], 2);          // [NoDiff] array: data
                double c = Scale(x, 1.0, (int)x);        // an int argument carries no derivative
                return a + b + c;
            }
        }
        """);

    [Fact]
    public void ADGEN0013_message_names_the_callee_and_its_parameter()
    {
        GeneratorRun run = DiagnosticMarkup.Verify("""
            using AutoDiffGen;
            public static partial class C
            {
                [Differentiable]
                public static double Scale(double v, [NoDiff] double factor) => v * factor;

                [Differentiable]
                public static double F(double x) => Scale(1.0, {|ADGEN0013:x|});
            }
            """);
        string message = run.Diagnostics.Single().GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains("Scale", message);
        Assert.Contains("factor", message);
    }

    [Fact]
    public void ADGEN0014_file_local_type_on_the_type_identifier() => DiagnosticMarkup.Verify("""
        using AutoDiffGen;
        file static partial class {|ADGEN0014:Hidden|}
        {
            [Differentiable]
            public static double F(double x) => x * x;
        }
        public static partial class Visible
        {
            [Differentiable]
            public static double G(double x) => x * x;
        }
        """);

    [Fact]
    public void Break_continue_and_return_in_every_loop_kind_need_no_diagnostic() => DiagnosticMarkup.Verify("""
        using AutoDiffGen;
        public static partial class C
        {
            [Differentiable]
            public static double F(double x, double[] xs, int n)
            {
                double s = 0;
                foreach (double v in xs)
                {
                    if (v > x) break;
                    s += v;
                }
                for (int i = 0; i < n; i++)
                {
                    for (int j = 0; j < n; j++)
                    {
                        if (j > i) continue;
                        s += x;
                    }
                }
                while (s < 10)
                {
                    s = s * 2 + x;
                    if (s > 5) return s;
                }
                do
                {
                    s = s - 1;
                    if (s < 0) break;
                }
                while (s > x);
                return s;
            }
        }
        """);

    [Fact]
    public void ADGEN0004_params_jagged_and_multidimensional_arrays_of_every_element_type() => DiagnosticMarkup.Verify("""
        using System;
        using AutoDiffGen;
        public static partial class C
        {
            [Differentiable]
            public static double F(double y, {|ADGEN0004:params float[] xs|}) => y;

            [Differentiable]
            public static double G(double y, {|ADGEN0004:float[][] xs|}) => y;

            [Differentiable]
            public static double H(double y, {|ADGEN0004:[NoDiff] int[,] xs|}) => y;
        }
        """);

    [Fact]
    public void ADGEN0007_instance_differentiable_callee_on_another_receiver_on_the_invocation()
    {
        GeneratorRun run = DiagnosticMarkup.Verify("""
            using AutoDiffGen;
            public partial class Model
            {
                public static readonly Model Shared = new();

                [Differentiable]
                public double Apply(double v) => v * 2;
            }
            public static partial class C
            {
                [Differentiable]
                public static double F(double x, [NoDiff] Model m) => m.Apply(x) + {|ADGEN0007:Model.Shared.Apply(x)|} + x;
            }
            """);
        string message = run.Diagnostics.Single(d => d.Id == "ADGEN0007").GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains("on this instance or on a parameter", message);
    }

    [Fact]
    public void ADGEN0006_an_array_argument_that_is_not_a_parameter_or_local_array_on_the_argument() => DiagnosticMarkup.Verify("""
        using AutoDiffGen;
        public static partial class C
        {
            [Differentiable]
            public static double Sum(double[] xs)
            {
                double s = 0;
                foreach (double v in xs) s += v;
                return s;
            }

            [Differentiable]
            public static double F(double x, double[] xs) => Sum(xs) * x + Sum({|ADGEN0006:new[] { x, x }|});
        }
        """);

    [Fact]
    public void Local_arrays_that_cannot_be_differentiated_are_reported_on_the_declarator_or_target() => DiagnosticMarkup.Verify("""
        using AutoDiffGen;
        public static partial class C
        {
            [Differentiable]
            public static double F(double x, double[] xs, int n)
            {
                double[] ok = new double[n];
                double[] {|ADGEN0006:alias = xs|};
                double[,] {|ADGEN0006:grid = new double[2, 2]|};
                for (int i = 0; i < n; i++)
                {
                    double[] scratch = new double[2];
                    ok[i] = x * i;
                }
                xs[0] = x; // a written array parameter is differentiated through a copy: no error
                return ok[0];
            }
        }
        """);

    [Fact]
    public void ADGEN0006_callee_that_writes_its_array_parameter_on_the_argument()
    {
        GeneratorRun run = DiagnosticMarkup.Verify("""
            using AutoDiffGen;
            public static partial class C
            {
                [Differentiable]
                public static double Scale(double[] a, double w)
                {
                    for (int i = 0; i < a.Length; i++) a[i] *= w;
                    return a[0];
                }

                [Differentiable]
                public static double Sum(double[] a) { double s = 0; foreach (double v in a) s += v; return s; }

                [Differentiable]
                public static double F(double[] xs, double w) => Scale({|ADGEN0006:xs|}, w) + Sum(xs) + xs[0];
            }
            """);
        Assert.Contains("writes its array parameter 'a'", run.Diagnostics.Single(d => d.Id == "ADGEN0006").GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }
}
