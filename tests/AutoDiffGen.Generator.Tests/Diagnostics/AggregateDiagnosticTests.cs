using System.Globalization;
using System.Linq;
using AutoDiffGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace AutoDiffGen.Generator.Tests.Diagnostics;

/// <summary>Tuple and struct locals, and instance methods, in the roles the generator does not support: reported on the exact syntax.</summary>
public sealed class AggregateDiagnosticTests
{
    private const string Types = """
        using System;
        using AutoDiffGen;
        public struct Computed { public double X; public double Twice => 2 * X; }
        public struct WithConstructor { public double A; public WithConstructor(double a) { A = a * 2; } }
        public struct Chained { public double A; public Chained(double a) : this(a, 0) { } public Chained(double a, double b) { A = a + b; } }
        public struct EarlyReturn { public double A; public EarlyReturn(double a) { A = a; if (a > 0) return; A = -a; } }
        public record struct WithInitializer(double A) { public double B { get; init; } = 3; }

        """;

    private static string Message(GeneratorRun run, string id) =>
        string.Join("\n", run.Diagnostics.Where(d => d.Id == id).Select(d => d.GetMessage(CultureInfo.InvariantCulture)));

    [Fact]
    public void ADGEN0006_tuple_local_given_a_conditional_on_the_value()
    {
        GeneratorRun run = DiagnosticMarkup.Verify(Types + """
            public static partial class C
            {
                [Differentiable]
                public static double F(double x)
                {
                    var t = (x, 1.0);
                    var w = (1.0, x);
                    var u = {|ADGEN0006:x > 0 ? t : w|};
                    return u.Item1;
                }
            }
            """);
        Assert.Contains("a tuple or struct local can be given", Message(run, "ADGEN0006"));
    }

    [Fact]
    public void ADGEN0006_tuple_local_read_whole_on_the_local()
    {
        GeneratorRun run = DiagnosticMarkup.Verify(Types + """
            public static partial class C
            {
                [Differentiable]
                public static double F(double x)
                {
                    var t = (x, 1.0);
                    if ({|ADGEN0006:t|} is {|ADGEN0006:(0.0, 0.0)|}) return 0;
                    return t.Item1;
                }
            }
            """);
        Assert.Contains("field by field", Message(run, "ADGEN0006"));
    }

    [Fact]
    public void ADGEN0006_struct_members_and_constructors_that_run_code_on_the_expression() => DiagnosticMarkup.Verify(Types + """
        public static partial class C
        {
            [Differentiable]
            public static double F(double x)
            {
                var c = new Computed { X = x };
                var k = new WithConstructor(x);          // its body is inlined
                var i = {|ADGEN0006:new WithInitializer(x)|};
                var h = {|ADGEN0006:new Chained(x)|};
                var e = {|ADGEN0006:new EarlyReturn(x)|};
                return {|ADGEN0006:c.Twice|} + c.X + k.A;
            }
        }
        """);

    [Fact]
    public void ADGEN0006_nested_deconstruction_on_its_targets() => DiagnosticMarkup.Verify(Types + """
        public static partial class C
        {
            [Differentiable]
            public static double F(double x)
            {
                double a = 0, b = 0, c = 0;
                {|ADGEN0006:(a, (b, c))|} = (x, (x, x));
                return a + b + c;
            }
        }
        """);

    [Fact]
    public void ADGEN0006_instance_field_assigned_in_an_instance_method_on_the_field()
    {
        GeneratorRun run = DiagnosticMarkup.Verify(Types + """
            public partial class Model
            {
                public double Last;

                [Differentiable]
                public double F(double x)
                {
                    {|ADGEN0006:Last|} = x;
                    return x * x;
                }
            }
            """);
        Assert.Contains("constants of the gradient", Message(run, "ADGEN0006"));
    }

    [Fact]
    public void ADGEN0006_computed_instance_property_read_in_an_instance_method_on_the_property() => DiagnosticMarkup.Verify(Types + """
        public partial class Model
        {
            public double Gain { get; set; } = 2;
            public double Doubled => 2 * Gain;

            [Differentiable]
            public double F(double x) => Gain * x + {|ADGEN0006:Doubled|} * x;
        }
        """);
}
