using System.Linq;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace AutoDiffGen.Generator.Tests.Infrastructure;

/// <summary>The markup parser, so a diagnostic test's expectations mean what they say.</summary>
public sealed class DiagnosticMarkupTests
{
    [Fact]
    public void Markers_are_stripped_and_spans_refer_to_the_stripped_source()
    {
        (string source, var expected) = DiagnosticMarkup.Parse("a {|X1:bc|} d {|X2:e|}");

        Assert.Equal("a bc d e", source);
        Assert.Equal(new[] { new ExpectedDiagnostic("X1", new TextSpan(2, 2)), new ExpectedDiagnostic("X2", new TextSpan(7, 1)) }, expected);
    }

    [Fact]
    public void Markers_nest()
    {
        (string source, var expected) = DiagnosticMarkup.Parse("{|OUT:x + {|IN:y|}|}");

        Assert.Equal("x + y", source);
        Assert.Equal(new TextSpan(4, 1), expected.Single(e => e.Id == "IN").Span);
        Assert.Equal(new TextSpan(0, 5), expected.Single(e => e.Id == "OUT").Span);
    }

    [Fact]
    public void Unclosed_marker_is_an_error_in_the_test() =>
        Assert.Throws<System.FormatException>(() => DiagnosticMarkup.Parse("{|X1:abc"));

    [Fact]
    public void Mismatch_reports_missing_and_unexpected_with_their_text()
    {
        var e = Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => DiagnosticMarkup.Verify("""
            using AutoDiffGen;
            public partial class C
            {
                [Differentiable]
                public {|ADGEN0003:double|} F(double x, [PerSample] double y) => x * y;
            }
            """));

        Assert.Contains("Missing (marked, not reported):\n  ADGEN0003", e.Message);
        Assert.Contains("'double'", e.Message);
        Assert.Contains("Unexpected (reported, not marked):\n  ADGEN0001", e.Message);
        Assert.Contains("'F'", e.Message);
    }
}
