using System.Globalization;
using System.Linq;
using AutoDiffGen.Generator.Tests.Infrastructure;
using Xunit;

namespace AutoDiffGen.Generator.Tests.Generation;

/// <summary>The same input gives the same text: across runs, and whatever the build machine's culture (style guide §5.5–5.6).</summary>
public sealed class DeterminismTests
{
    private const string Source = """
        using System;
        using AutoDiffGen;
        namespace N;
        public static partial class C
        {
            [Differentiable]
            public static double F(double x, double y)
            {
                double a = -1.5e-3 * x + 0.25 - Math.Log10(y) + Math.Log2(x);
                if (a > -2.5) a = a * 0.5;
                return Math.Sqrt(a * a + 1) - Math.Max(x, -y) + Math.Pow(x, 2.5);
            }
        }
        """;

    private static string Generate() => string.Join("\n", GeneratorHarness.Run(Source).Sources.Select(s => s.HintName + "\n" + s.SourceText));

    [Fact]
    public void Two_runs_give_identical_text() => Assert.Equal(Generate(), Generate());

    [Theory]
    [InlineData("fi-FI")] // U+2212 minus sign and comma decimal separator
    [InlineData("de-DE")]
    [InlineData("ar-SA")]
    public void Output_does_not_depend_on_the_current_culture(string culture)
    {
        string invariant;
        CultureInfo saved = CultureInfo.CurrentCulture, savedUi = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
            invariant = Generate();
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(culture);
            Assert.Equal(invariant, Generate());
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
            CultureInfo.CurrentUICulture = savedUi;
        }
    }
}
