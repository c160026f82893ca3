using AutoDiffGen.Generator.Tests.Infrastructure;
using Xunit;

namespace AutoDiffGen.Generator.Tests.Diagnostics;

/// <summary>Unsupported code inside a [Differentiable] method body, reported on the exact statement or expression.</summary>
public sealed class BodyDiagnosticTests
{
    private static string Method(string body) => """
        using System;
        using AutoDiffGen;
        public static partial class C
        {
            private static double Counter;

            private static double Helper(double v) => v * 2;

            [Differentiable]
            public static double F(double x, double y)
            {

        """ + body + """

            }
        }
        """;

    [Fact]
    public void ADGEN0005_unsupported_loop_shapes_on_their_keyword() => DiagnosticMarkup.Verify(Method("""
                double s = 0;
                for (int i = 0; i < 3; i++) { s = s + x; if (s > 5) break; }
                {|ADGEN0005:foreach|} (char k in "ab") { s = s + 1; }
                return s;
        """));

    [Fact]
    public void ADGEN0006_changes_inside_expressions_that_cannot_be_moved_on_the_change() => DiagnosticMarkup.Verify(Method("""
                double[] t = { x, y, x * y };
                int i = 0;
                double r = 0;
                double a = i + t[{|ADGEN0006:i++|}];
                double b = x > 0 && ({|ADGEN0006:r = x * y|}) > 1 ? r : 0; // r is read again in the same statement
                double c = y > 0 ? ({|ADGEN0006:r += x|}) : 0;
                do { if (a > 5) continue; a += x; } while ({|ADGEN0006:--i|} > 0);
                t[0] = (t[1] = t[2]) * 2;                     // other constant elements: moved, no error
                t[1] = ({|ADGEN0006:t[1] = t[2]|}) + t[1];     // the same element read again
                return a + b + c + t[0];
        """));

    [Fact]
    public void ADGEN0006_lambdas_that_cannot_be_inlined_on_the_declarator_and_the_call() => DiagnosticMarkup.Verify(Method("""
                var add = (double t, double k) => t + k;                          // inlined: no error
                Func<double, double> g = v => { double w = v; return w * w; };    // statements: inlined too
                Func<double, double> {|ADGEN0006:h = v => v + 1|};                // reassigned below
                {|ADGEN0006:h|} = v => v + 2;
                return add(x, y) + g(x) + {|ADGEN0006:h(x)|};
        """));

    [Fact]
    public void ADGEN0005_goto_backward_or_out_of_a_switch_section_on_goto() => DiagnosticMarkup.Verify(Method("""
                double s = x;
                int k = 0;
            again:
                s = s * 2;
                k++;
                if (k < 3) {|ADGEN0005:goto|} again;
                if (s > 100) goto skip;                  // forward to a label of an enclosing block: supported
                s = s + y;
            skip:
                switch (k) { case 3: if (s > 1) {|ADGEN0005:goto|} end; s = -s; break; default: break; }
            end:
                return s;
        """));

    [Fact]
    public void ADGEN0005_try_on_its_keyword() => DiagnosticMarkup.Verify(Method("""
                double s = x;
                switch ((int)y) { case 1: s = s * 2; break; default: break; }
                {|ADGEN0005:try|} { s = s + 1; } finally { }
                if (s < 0) throw new ArgumentException("negative");
                return s;
        """));

    [Fact]
    public void ADGEN0005_switch_sections_that_cannot_become_if_else_on_the_statement() => DiagnosticMarkup.Verify(Method("""
                double s = x;
                switch ((int)y)
                {
                    case 1:
                        if (s > 2) {|ADGEN0005:break|};
                        s = s * 2;
                        break;
                    case 2:
                        s = s + 1;
                        {|ADGEN0005:goto case 3;|}
                    case 3:
                        s = s * s;
                        {|ADGEN0005:goto case 2;|}
                    default:
                        break;
                }
                return s;
        """));

    [Fact]
    public void ADGEN0006_patterns_that_are_not_tests_of_the_value_on_the_pattern() => DiagnosticMarkup.Verify(Method("""
                int k = (int)y;
                double s = x;
                switch (k)
                {
                    case {|ADGEN0006:int j|} when j > 2:
                        s = s * j;
                        break;
                }
                return s;
        """));

    [Fact]
    public void ADGEN0006_switch_expression_without_a_discard_arm_on_the_expression() => DiagnosticMarkup.Verify(Method("""
                double t = {|ADGEN0006:(y > 0) switch { true => y, false => -y }|};
                return x * t;
        """));

    [Fact]
    public void ADGEN0005_generic_local_function_on_its_name_and_ADGEN0006_on_a_call_that_cannot_be_inlined() => DiagnosticMarkup.Verify(Method("""
                static double Square(double v) => v * v;
                static double Cube(double v)                  // statements: inlined
                {
                    double s = v * v;
                    return s * v;
                }
                static double {|ADGEN0005:Pick|}<T>(double v) => v;
                static double Sign(double v) { if (v > 0) return 1; return -1; }
                double Twice(double v) => 2.0 * v * y;
                return Square(x) + Twice(y) + Cube(x) + {|ADGEN0007:Pick<int>(x)|} + {|ADGEN0006:Sign(x)|};
        """));

    [Fact]
    public void ADGEN0006_recursive_local_function_on_the_inner_call() => DiagnosticMarkup.Verify(Method("""
                static double Loop(double v) => v > 1 ? {|ADGEN0006:Loop(v / 2)|} : v;
                return Loop(x) + y;
        """));

    [Fact]
    public void ADGEN0005_discarded_call_on_the_statement() => DiagnosticMarkup.Verify(Method("""
                {|ADGEN0005:Math.Sin(x);|}
                return x * y;
        """));

    [Fact]
    public void ADGEN0006_local_of_unsupported_type_on_the_declarator() => DiagnosticMarkup.Verify(Method("""
                decimal {|ADGEN0006:m = 1m|};
                string[] {|ADGEN0006:a = { "x" }|};
                return x * y;
        """));

    [Fact]
    public void ADGEN0006_unsupported_expressions_on_the_expression() => DiagnosticMarkup.Verify(Method("""
                double s = x + {|ADGEN0006:"ab".ToUpperInvariant().Length|};
                double t = y switch { > 0 => y, _ => -y };
                return s * t;
        """));

    private static string PassiveMethod(string body) => """
        using System;
        using AutoDiffGen;
        public enum Mode { A, B }
        public static partial class C
        {
            [Differentiable]
            public static double Pick(double x, char c, string s) => c == 'a' && s[0] == 'a' ? x : 1.0;

            [Differentiable]
            public static double F(double x, Mode mode, string s, float? w)
            {

        """ + body + """

            }
        }
        """;

    [Fact]
    public void ADGEN0006_passive_values_computed_from_variables_on_the_value() => DiagnosticMarkup.Verify(PassiveMethod("""
                int k = 1;
                double a = {|ADGEN0006:s[k]|} == 'a' ? x : 0;
                double b = x * {|ADGEN0006:s.ToUpperInvariant().Length|};
                double c = Pick(x, 'a', {|ADGEN0006:x > 0 ? s : "b"|});
                double d = x * (double)mode + (w ?? 1f) + s.Length; // passive: constants to the gradient
                return a + b + c + d;
        """));

    [Fact]
    public void ADGEN0006_passive_parameters_assigned_and_passive_locals_on_the_target() => DiagnosticMarkup.Verify(PassiveMethod("""
                {|ADGEN0006:mode|} = Mode.B;
                {|ADGEN0006:s|} += "x";
                Mode {|ADGEN0006:m = mode|};
                return x;
        """));

    [Fact]
    public void ADGEN0005_throw_of_a_value_that_is_not_passive_on_that_value() => DiagnosticMarkup.Verify(PassiveMethod("""
                if (x < 0) throw new ArgumentException("negative: " + {|ADGEN0005:x|});
                if (s.Length == 0) throw new ArgumentException(nameof(s));
                return x;
        """));

    [Fact]
    public void ADGEN0006_assignment_to_a_field_on_the_target() => DiagnosticMarkup.Verify(Method("""
                {|ADGEN0006:Counter|} = x;
                return x * y;
        """));

    [Fact]
    public void One_problem_is_reported_once()
    {
        // '_ = Math.Sin(x);' discards a value: one diagnostic for it, not one per check that notices it.
        GeneratorRun run = GeneratorHarness.Run(Method("""
                _ = Math.Sin(x);
                return x * y;
        """));

        Assert.Single(run.Diagnostics);
    }

    [Fact]
    public void ADGEN0007_call_without_rule_on_the_whole_invocation() => DiagnosticMarkup.Verify(Method("""
                double a = {|ADGEN0007:Helper(x)|};
                double b = {|ADGEN0007:Math.Round(y, 2, System.MidpointRounding.ToEven)|};
                return a + b + {|ADGEN0007:Math.BitIncrement(x)|};
        """));

    [Fact]
    public void ADGEN0012_early_returns_that_would_blow_up_the_code_on_the_method_identifier()
    {
        // Each 'if (a) { if (b) return; }' lets both paths fall through, so the statements after it are
        // copied into two paths: 16 of them would need 2^16 copies, over the generator's budget.
        var body = new System.Text.StringBuilder();
        for (int i = 0; i < 16; i++) body.Append("        if (x > ").Append(i).Append(") { if (y > ").Append(i).Append(") return ").Append(i).Append("; }\n        s = s * x;\n");
        DiagnosticMarkup.Verify("""
            using AutoDiffGen;
            public static partial class C
            {
                [Differentiable]
                public static double {|ADGEN0012:F|}(double x, double y)
                {
                    double s = 1;

            """ + body + """
                    return s;
                }
            }
            """);
    }
}
