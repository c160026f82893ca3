using System.Linq;
using AutoDiffGen.Generator.Tests.Infrastructure;
using Xunit;

namespace AutoDiffGen.Generator.Tests.Diagnostics;

/// <summary>[BackwardOf] rules are checked where they are declared (ADGEN0015), and calls of a method
/// whose rule does not fit are reported at the call (ADGEN0007).</summary>
public sealed class BackwardRuleDiagnosticTests
{
    [Fact]
    public void ADGEN0015_a_rule_with_the_wrong_signature_on_the_rule_name()
    {
        GeneratorRun run = DiagnosticMarkup.Verify("""
            using System;
            using AutoDiffGen;
            public static partial class C
            {
                public static double Erf(double x, [NoDiff] double scale) => x * scale;

                [BackwardOf(nameof(Erf))]
                public static double {|ADGEN0015:ErfBackward|}(double x, double scale, double seed, ref double dX, ref double dScale)
                {
                    dX += seed * scale;
                    return Erf(x, scale);
                }

                [Differentiable]
                public static double F(double x) => {|ADGEN0007:Erf(x, 2.0)|} * x;
            }
            """);
        string message = run.Diagnostics.Single(d => d.Id == "ADGEN0015").GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains("'static double ErfBackward(double x, double scale, double seed, ref double dX)'", message);
        Assert.Contains("ErfBackward", run.Diagnostics.Single(d => d.Id == "ADGEN0007").GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void ADGEN0015_a_rule_for_a_method_that_does_not_exist_or_is_not_static()
    {
        GeneratorRun run = DiagnosticMarkup.Verify("""
            using System;
            using AutoDiffGen;
            public partial class C
            {
                public double Instance(double x) => x;

                [BackwardOf("Missing")]
                public static double {|ADGEN0015:MissingBackward|}(double x, double seed, ref double dX) => x;

                [BackwardOf(nameof(Instance))]
                public static double {|ADGEN0015:InstanceBackward|}(double x, double seed, ref double dX) => x;

                [BackwardOf(typeof(Math), nameof(Math.Cbrt))]
                public static float {|ADGEN0015:CbrtBackward|}(double x, double seed, ref double dX) => 0f;
            }
            """);
        Assert.Contains(run.Diagnostics, d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Contains("has no method named 'Missing'"));
        Assert.Contains(run.Diagnostics, d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Contains("is not static"));
        Assert.Contains(run.Diagnostics, d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Contains("must return double"));
    }

    [Fact]
    public void A_matching_rule_needs_no_diagnostic_and_a_library_rule_applies_to_calls_from_its_type()
    {
        DiagnosticMarkup.Verify("""
            using System;
            using AutoDiffGen;
            public static partial class C
            {
                [BackwardOf(typeof(Math), nameof(Math.ScaleB))]
                public static double ScaleBBackward(double x, int n, double seed, ref double dX)
                {
                    dX += seed * Math.ScaleB(1.0, n);
                    return Math.ScaleB(x, n);
                }

                [Differentiable]
                public static double F(double x, int n) => Math.ScaleB(x, n) + Gradient.Stop(x * x);
            }

            public static partial class Elsewhere
            {
                [Differentiable]
                public static double G(double x, int n) => {|ADGEN0007:Math.ScaleB(x, n)|};
            }
            """);
    }

    [Fact]
    public void ADGEN0005_nested_break_in_a_switch_section_and_a_braced_section_is_fine() => DiagnosticMarkup.Verify("""
        using AutoDiffGen;
        public static partial class C
        {
            [Differentiable]
            public static double F(double x, int k)
            {
                switch (k)
                {
                    case 0: { x = x * 2; break; }
                    case 1:
                        if (x > 1) { {|ADGEN0005:break|}; }
                        x = x + 1;
                        break;
                }
                return x;
            }
        }
        """);
}
