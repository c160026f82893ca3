using System.Linq;
using AutoDiffGen.Generator.Tests.Infrastructure;
using Xunit;

namespace AutoDiffGen.Generator.Tests.Stability;

/// <summary>
/// Each stability rewrite reports its info diagnostic (ADGEN10nn for catalogue entry Rnn, ADGEN1102 for
/// T2) on the exact expression the user wrote, and only rewrites that survive into the generated code
/// are reported.
/// </summary>
public sealed class StabilityDiagnosticTests
{
    private static string Method(string parameters, string body, string attribute = "[Differentiable]") => $$"""
        using System;
        using AutoDiffGen;
        public static partial class C
        {
            {{attribute}}
            public static double F({{parameters}})
            {
        {{body}}
            }
        }
        """;

    [Fact]
    public void Logistic_family() => DiagnosticMarkup.Verify(Method("double x, double y", """
                double a = {|ADGEN1001:1.0 / (1.0 + Math.Exp(-x))|} + {|ADGEN1001:Math.Exp(y) / (1 + Math.Exp(y))|} + {|ADGEN1001:y / (1 + Math.Exp(-x))|} + ({|ADGEN1001:1 - 1.0 / (1.0 + Math.Exp(-y))|});
                double b = {|ADGEN1002:Math.Log(1 / (1 + Math.Exp(-y)))|} + {|ADGEN1003:Math.Log(1 + Math.Exp(x))|};
                return a + b + {|ADGEN1004:Math.Log(1 - 1 / (1 + Math.Exp(-x)))|} + {|ADGEN1003:Math.Log(Math.Exp(y) + 1)|};
        """));

    [Fact]
    public void Through_a_local_R02_on_the_log_and_R01_on_the_declaration() => DiagnosticMarkup.Verify(Method("double z", """
                double p = {|ADGEN1001:1.0 / (1.0 + Math.Exp(-z))|};
                return {|ADGEN1002:Math.Log(p)|} + p;
        """));

    [Fact]
    public void Through_a_local_read_only_by_the_log_the_sigmoid_is_consumed() => DiagnosticMarkup.Verify(Method("double z", """
                double p = 1.0 / (1.0 + Math.Exp(-z));
                return {|ADGEN1002:Math.Log(p)|};
        """));

    [Fact]
    public void Inline_log_of_a_sigmoid_reports_R02_only() => DiagnosticMarkup.Verify(Method("double x", """
                return {|ADGEN1002:Math.Log(1.0 / (1.0 + Math.Exp(-x)))|};
        """));

    [Fact]
    public void Log_space() => DiagnosticMarkup.Verify(Method("double a, double b", """
                double s = {|ADGEN1006:Math.Log(Math.Exp(a) + Math.Exp(b))|} + {|ADGEN1014:Math.Log(Math.Exp(a) - Math.Exp(b))|};
                s += {|ADGEN1006:Math.Log(Math.Exp(a) + Math.Exp(b) + Math.Exp(a * b))|} + {|ADGEN1008:Math.Exp(a) / (Math.Exp(a) + Math.Exp(b))|};
                s += {|ADGEN1006:Math.Log(1 + Math.Exp(a) + Math.Exp(b))|} + {|ADGEN1021:(Math.Exp(2 * a) - 1) / (Math.Exp(2 * a) + 1)|};
                double t = {|ADGEN1011:Math.Log(1 + a)|} + {|ADGEN1011:Math.Log(1 - b)|} + ({|ADGEN1012:Math.Exp(a) - 1|});
                return s + t + {|ADGEN1013:Math.Log(1 - Math.Exp(b))|} + {|ADGEN1015:Math.Log(Math.Exp(a) - 1)|} + {|ADGEN1016:Math.Log(a * b)|};
        """));

    [Fact]
    public void Elementary() => DiagnosticMarkup.Verify(Method("double x, double y", """
                double h = {|ADGEN1017:Math.Sqrt(x * x + y * y)|} + {|ADGEN1017:Math.Sqrt(x * x + 1e-8)|} + {|ADGEN1017:Math.Sqrt(x * x + y * y + (x * y) * (x * y))|} + {|ADGEN1018:Math.Sqrt(y) * Math.Sqrt(y)|} + {|ADGEN1102:Math.Sqrt(x * x)|};
                double l = {|ADGEN1019:x * Math.Log(x)|} + {|ADGEN1020:y * Math.Log(x)|} + {|ADGEN1020:x * Math.Log(1 + y)|};
                double t = {|ADGEN1021:(Math.Exp(x) - Math.Exp(-x)) / (Math.Exp(x) + Math.Exp(-x))|} + {|ADGEN1022:Math.Log(Math.Cosh(y))|};
                double u = {|ADGEN1023:Math.Log(1 + x * x)|} + ({|ADGEN1024:Math.Sqrt(1 + y) - 1|}) + ({|ADGEN1025:1 - Math.Cos(x)|});
                double v = {|ADGEN1026:Math.Sin(y) / y|} + {|ADGEN1027:Math.Log(Math.Exp(-0.5 * x * x) / Math.Sqrt(2 * Math.PI))|};
                return h + l + t + u + v + {|ADGEN1028:Math.Exp(x) / Math.Exp(y)|} + {|ADGEN1028:Math.Exp(x) * Math.Exp(y)|};
        """));

    [Fact]
    public void Softmax_log_softmax_and_cross_entropy_in_loops() => DiagnosticMarkup.Verify("""
        using System;
        using AutoDiffGen;
        public static partial class C
        {
            [Differentiable]
            public static double F(double[] z, [NoDiff] double[] y, int k)
            {
                double s = 0;
                for (int i = 0; i < z.Length; i++) s += Math.Exp(z[i]);
                double loss = 0;
                for (int i = 0; i < z.Length; i++)
                {
                    // p is read only by the log, so the softmax is consumed by R27's log-softmax, as R01 is by R02.
                    double p = Math.Exp(z[i]) / s;
                    loss -= y[i] * {|ADGEN1027:Math.Log(p)|};
                }
                return loss + {|ADGEN1008:Math.Exp(z[k]) / s|} + {|ADGEN1007:Math.Log(s)|};
            }
        }
        """);

    /// <summary>R18 in a loop: reported at the root of the sum; a sum the loop cannot compute again (it writes an
    /// array) or one read another way is left as written, with no diagnostic.</summary>
    [Fact]
    public void Norm_summed_in_a_loop() => DiagnosticMarkup.Verify("""
        using System;
        using AutoDiffGen;
        public static partial class C
        {
            [Differentiable]
            public static double F(double[] x)
            {
                double s = 0;
                for (int i = 0; i < x.Length; i++) s += x[i] * x[i];
                double[] copy = new double[x.Length];
                double t = 0;
                for (int i = 0; i < x.Length; i++)
                {
                    copy[i] = x[i];
                    t += x[i] * x[i];
                }
                double u = 0;
                for (int i = 0; i < x.Length; i++) u += x[i] * x[i];
                return {|ADGEN1017:Math.Sqrt(s)|} + Math.Sqrt(t) + copy[0] + u;
            }
        }
        """);

    /// <summary>R16 in a loop: reported at the log of the product; a product read another way is left as written.</summary>
    [Fact]
    public void Log_of_a_product_in_a_loop() => DiagnosticMarkup.Verify("""
        using System;
        using AutoDiffGen;
        public static partial class C
        {
            [Differentiable]
            public static double F(double[] x)
            {
                double p = 1;
                for (int i = 0; i < x.Length; i++) p *= x[i];
                double q = 1;
                for (int i = 0; i < x.Length; i++) q *= x[i];
                return {|ADGEN1016:Math.Log(p)|} + Math.Log(q) + q;
            }
        }
        """);

    /// <summary>A rewrite inside a loop that R07 runs twice (as written, then shifted) is reported once, at the user's
    /// expression, although the generated code has it in both loops; so is one on a local the redo renames.</summary>
    [Fact]
    public void A_rewrite_in_a_loop_that_runs_again_is_reported_once() => DiagnosticMarkup.Verify("""
        using System;
        using AutoDiffGen;
        public static partial class C
        {
            [Differentiable]
            public static double F(double[] x)
            {
                double s = 0;
                for (int i = 0; i < x.Length; i++)
                {
                    double z = -{|ADGEN1003:Math.Log(1 + Math.Exp(-x[i]))|};
                    s += Math.Exp(2 * z + {|ADGEN1011:Math.Log(1 + x[i] * x[i] * 1e-20)|});
                }
                return {|ADGEN1007:Math.Log(s)|};
            }
        }
        """);

    [Fact]
    public void A_square_of_an_exponential_is_left_alone() => DiagnosticMarkup.Verify(Method("double x, double y", """
                double e = Math.Exp(x);
                return e * e + Math.Exp(y) * Math.Exp(y) + {|ADGEN1028:Math.Exp(x) * Math.Exp(-y)|};
        """));

    [Fact]
    public void Powers() => DiagnosticMarkup.Verify(Method("double x", """
                double a = {|ADGEN1033:Math.Pow(x, 2)|} + {|ADGEN1033:Math.Pow(x, 3)|} + {|ADGEN1033:Math.Pow(x, 0.5)|} + {|ADGEN1033:Math.Pow(x, -1.0)|};
                double b = {|ADGEN1033:Math.Pow(x, 0)|} + {|ADGEN1033:Math.Pow(x, 1.5)|} + {|ADGEN1033:Math.Pow(x, 4.0)|} + {|ADGEN1033:Math.Pow(x, -0.5)|};
                return a + b + {|ADGEN1033:Math.Pow(x, -2.0)|} + {|ADGEN1033:Math.Pow(x, 1)|} + Math.Pow(x, 2.5) + Math.Pow(x, x);
        """));

    [Fact]
    public void Power_of_a_square_root_reports_R18_only() => DiagnosticMarkup.Verify(Method("double s", """
                return {|ADGEN1018:Math.Pow(Math.Sqrt(s), 2)|};
        """));

    [Fact]
    public void Rewrites_off_reports_nothing()
    {
        GeneratorRun run = DiagnosticMarkup.Verify(Method("double x, double y", """
                double p = 1.0 / (1.0 + Math.Exp(-x));
                double a = Math.Log(p) + Math.Log(1 + Math.Exp(y)) + Math.Sqrt(x * x + y * y) + Math.Pow(x, 2);
                return a + x * Math.Log(y) + Math.Sin(x) / x + Math.Log(Math.Cosh(y)) + Math.Exp(x) / Math.Exp(y);
        """, "[Differentiable(StabilityRewrites = false)]"));
        Assert.NotEmpty(run.Sources);
    }

    [Fact]
    public void Rewrites_off_on_one_method_leaves_the_other_reported()
    {
        const string source = """
            using System;
            using AutoDiffGen;
            public static partial class C
            {
                [Differentiable(StabilityRewrites = false)]
                public static double Off(double x) => Math.Log(1 + Math.Exp(x));

                [Differentiable]
                public static double On(double x) => {|ADGEN1003:Math.Log(1 + Math.Exp(x))|};
            }
            """;
        DiagnosticMarkup.Verify(source);
    }

    [Fact]
    public void Diagnostics_are_info_in_the_stability_category()
    {
        GeneratorRun run = DiagnosticMarkup.Verify(Method("double x", """
                return {|ADGEN1003:Math.Log(1 + Math.Exp(x))|};
        """));
        Microsoft.CodeAnalysis.Diagnostic d = run.Diagnostics.Single();
        Assert.Equal(Microsoft.CodeAnalysis.DiagnosticSeverity.Info, d.Severity);
        Assert.Equal("AutoDiffGen.Stability", d.Descriptor.Category);
        Assert.Contains("StableMath.Softplus(x)", d.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }
}
