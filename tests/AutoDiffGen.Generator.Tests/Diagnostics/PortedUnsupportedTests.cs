using System.Linq;
using AutoDiffGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace AutoDiffGen.Generator.Tests.Diagnostics;

/// <summary>
/// Every ported function the generator does not support is reported with the expected ADGEN error, on
/// otherwise valid C#, and the method with the error gets no generated members.
/// </summary>
public sealed class PortedUnsupportedTests
{
    private const string Usings = "using System;\nusing System.Linq;\nusing AutoDiffGen;\n\n";

    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (PortedUnsupported p in PortedUnsupportedSources.All) data.Add(p.Name);
        return data;
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void PortedFunctionIsDiagnosedAndNotGenerated(string name)
    {
        PortedUnsupported ported = PortedUnsupportedSources.All.Single(p => p.Name == name);
        GeneratorRun run = GeneratorHarness.Run(Usings + ported.Source);

        Assert.Empty(run.Input.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        Assert.Contains(run.Problems, d => d.Id == ported.Id && d.Severity == DiagnosticSeverity.Error);
        Assert.All(run.Problems, d => Assert.StartsWith("ADGEN", d.Id));
        string diagnosed = ported.DiagnosedMethod ?? name;
        Assert.DoesNotContain(run.Sources, s => s.HintName.Contains("." + diagnosed + "."));
    }

    [Fact]
    public void EveryConstructKindHasAPortedFunction()
    {
        foreach (UnsupportedConstruct kind in System.Enum.GetValues<UnsupportedConstruct>())
        {
            Assert.Contains(PortedUnsupportedSources.All, p => p.Construct == kind);
        }
        Assert.Equal(PortedUnsupportedSources.All.Length, PortedUnsupportedSources.All.Select(p => p.Name).Distinct().Count());
    }
}
