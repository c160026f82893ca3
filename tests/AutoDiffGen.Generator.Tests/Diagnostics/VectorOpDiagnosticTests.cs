using System.Globalization;
using System.Linq;
using AutoDiffGen.Generator.Tests.Infrastructure;
using Xunit;

namespace AutoDiffGen.Generator.Tests.Diagnostics;

/// <summary>
/// Uses of Vec vector operations whose pullback would read wrong values, each on the syntax to change
/// (ADGEN0040–0043), and the shapes that are fine next to them.
/// </summary>
public sealed class VectorOpDiagnosticTests
{
    [Fact]
    public void ADGEN0040_vector_operation_in_a_loop_on_the_call() => DiagnosticMarkup.Verify("""
        using AutoDiffGen;
        public static partial class C
        {
            [Differentiable]
            public static double F(double[] x, int n)
            {
                double[] h = new double[3];
                for (int i = 0; i < n; i++)
                {
                    {|ADGEN0040:Vec.Relu(x, h)|};
                }
                double[] g = new double[3];
                foreach (double v in x)
                {
                    {|ADGEN0040:Vec.Tanh(x, g)|};
                }
                return Vec.Sum(h) + Vec.Sum(g);
            }
        }
        """);

    [Fact]
    public void ADGEN0041_output_not_a_local_array_on_the_argument() => DiagnosticMarkup.Verify("""
        using System;
        using AutoDiffGen;
        public static partial class C
        {
            [Differentiable]
            public static double F(double[] x, double[] output, [NoDiff] double[] data)
            {
                Vec.Sigmoid(x, {|ADGEN0041:output|});
                Vec.Sigmoid(x, {|ADGEN0041:new double[3]|});
                return x[0];
            }
        }
        """);

    [Fact]
    public void ADGEN0042_output_written_read_before_or_filled_twice_on_the_other_use() => DiagnosticMarkup.Verify("""
        using AutoDiffGen;
        public static partial class C
        {
            [Differentiable]
            public static double F(double[] x)
            {
                double[] before = new double[3];
                double early = {|ADGEN0042:before[0]|};
                Vec.Relu(x, before);

                double[] written = new double[3];
                Vec.Relu(x, written);
                {|ADGEN0042:written[1]|} = 2.0;
                {|ADGEN0042:written[2]|} += x[0];

                double[] {|ADGEN0042:initialised = { 1.0, 2.0, 3.0 }|};
                Vec.Tanh(x, initialised);

                double[] twice = new double[3];
                Vec.Relu(x, twice);
                Vec.Sigmoid(x, {|ADGEN0042:twice|});

                double[] passedBefore = new double[3];
                double s = Vec.Sum({|ADGEN0042:passedBefore|});
                Vec.Relu(x, passedBefore);

                // Read after the call, passed on, used as an input: all fine.
                double[] fine = new double[3];
                Vec.Relu(x, fine);
                double[] next = new double[3];
                Vec.Sigmoid(fine, next);
                return early + s + fine[0] + Vec.Dot(fine, next) + Vec.Sum(written) + Vec.Sum(initialised) + Vec.Sum(twice);
            }
        }
        """);

    [Fact]
    public void ADGEN0042_message_names_the_array_and_the_call()
    {
        GeneratorRun run = DiagnosticMarkup.Verify("""
            using AutoDiffGen;
            public static partial class C
            {
                [Differentiable]
                public static double F(double[] x)
                {
                    double[] h = new double[3];
                    Vec.Softplus(x, h);
                    {|ADGEN0042:h[0]|} = 1.0;
                    return Vec.Sum(h);
                }
            }
            """);
        string message = run.Diagnostics.Single().GetMessage(CultureInfo.InvariantCulture);
        Assert.Contains("'h'", message);
        Assert.Contains("Vec.Softplus", message);
    }

    [Fact]
    public void ADGEN0043_output_also_an_input_on_the_output_argument() => DiagnosticMarkup.Verify("""
        using AutoDiffGen;
        public static partial class C
        {
            [Differentiable]
            public static double F(double[] x)
            {
                double[] h = new double[3];
                Vec.Add(x, h, {|ADGEN0043:h|});
                return Vec.Sum(h);
            }
        }
        """);

    [Fact]
    public void ADGEN0013_differentiable_slope_of_LeakyRelu_on_the_argument() => DiagnosticMarkup.Verify("""
        using AutoDiffGen;
        public static partial class C
        {
            [Differentiable]
            public static double F(double[] x, double slope, [NoDiff] double fixedSlope)
            {
                double[] h = new double[3];
                Vec.LeakyRelu(x, {|ADGEN0013:slope|}, h);
                double[] g = new double[3];
                Vec.LeakyRelu(x, fixedSlope, g);
                return Vec.Sum(h) + Vec.Sum(g);
            }
        }
        """);

    [Fact]
    public void ADGEN0007_pullbacks_called_directly_on_the_call() => DiagnosticMarkup.Verify("""
        using System;
        using AutoDiffGen;
        public static partial class C
        {
            [Differentiable]
            public static double F(double[] x, [NoDiff] double[] scratch)
            {
                return {|ADGEN0007:Vec.SumBackward(x, 1.0, scratch)|};
            }
        }
        """);

    [Fact]
    public void ADGEN0005_vector_pullback_as_a_statement() => DiagnosticMarkup.Verify("""
        using AutoDiffGen;
        public static partial class C
        {
            [Differentiable]
            public static double F(double[] x)
            {
                double[] h = new double[3];
                double[] dH = new double[3];
                double[] dX = new double[3];
                {|ADGEN0005:Vec.ReluBackward(x, h, dH, dX)|};
                return Vec.Sum(h);
            }
        }
        """);
}
