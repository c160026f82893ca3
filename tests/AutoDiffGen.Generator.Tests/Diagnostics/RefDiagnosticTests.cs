using System.Globalization;
using System.Linq;
using AutoDiffGen.Generator.Tests.Infrastructure;
using Xunit;

namespace AutoDiffGen.Generator.Tests.Diagnostics;

/// <summary>ref locals that cannot stay aliases, and calls of methods with ref parameters that cannot be inlined: reported on the exact syntax.</summary>
public sealed class RefDiagnosticTests
{
    private static string Method(string body) => """
        using System;
        using AutoDiffGen;
        public static partial class C
        {
            private static double Counter;

            public static double Modify(ref double a, double by) { a += by; return a; }

            public static double TwoReturns(ref double a) { if (a > 0) return a; a = -a; return a; }

            [Differentiable]
            public static double F(double x, double y, double[] xs)
            {

        """ + body + """

            }
        }
        """;

    private static string Messages(GeneratorRun run) =>
        string.Join("\n", run.Diagnostics.Select(d => d.GetMessage(CultureInfo.InvariantCulture)));

    [Fact]
    public void ADGEN0006_ref_locals_that_do_not_stay_one_location_on_the_declarator()
    {
        GeneratorRun run = DiagnosticMarkup.Verify(Method("""
                    int m = 0;
                    ref readonly double {|ADGEN0006:e = ref xs[m]|};
                    m = 1;
                    double a = x, b = y;
                    ref double {|ADGEN0006:r = ref a|};
                    r = ref b;
                    ref double {|ADGEN0006:s = ref Counter|};
                    ref readonly double fine = ref xs[0];   // a constant index: an alias
                    return e + r + s + fine;
            """));
        string messages = Messages(run);
        Assert.Contains("reads 'm', which changes while the ref local is in scope", messages);
        Assert.Contains("pointed at another location later", messages);
        Assert.Contains("must refer to a local, a parameter", messages);
    }

    [Fact]
    public void ADGEN0006_calls_of_ref_methods_that_cannot_be_inlined_on_the_call_or_argument()
    {
        GeneratorRun run = DiagnosticMarkup.Verify(Method("""
                    double a = x;
                    double b = {|ADGEN0006:TwoReturns(ref a)|};
                    double c = y > 0 ? {|ADGEN0006:Modify(ref a, 1)|} : 0;
                    double d = Modify(ref {|ADGEN0006:a|}, 2) + a;
                    double e = Modify(ref a, y);            // inlined: no error
                    return b + c + d + e;
            """));
        string messages = Messages(run);
        Assert.Contains("only one return, as its last statement", messages);
        Assert.Contains("may not run", messages);
        Assert.Contains("passed by ref here and also read elsewhere", messages);
    }

    [Fact]
    public void ADGEN0006_element_passed_by_ref_whose_index_the_call_changes_on_the_call() => DiagnosticMarkup.Verify("""
        using AutoDiffGen;
        public static partial class C
        {
            public static void Bump(ref double v, ref int i) { v += 1; i++; }
            public static void Twice(ref double v) { v *= 2; }

            [Differentiable]
            public static double F(double x)
            {
                double[] t = { x, 2 * x, 3 * x };
                int i = 0;
                {|ADGEN0006:Bump(ref t[i], ref i)|};
                Twice(ref t[i]);                              // the index stays: inlined
                int k = 1;
                void Shift(ref double v) { v += 1; k++; }
                {|ADGEN0006:Shift(ref t[k])|};
                return t[0] + t[1] + t[2];
            }
        }
        """);
}
