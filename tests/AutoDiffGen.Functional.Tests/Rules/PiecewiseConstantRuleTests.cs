using System;
using System.Collections.Generic;
using AutoDiffGen.Functional.Tests.Reference;
using Xunit;
using F = AutoDiffGen.Functional.Tests.Rules.PiecewiseConstantRuleFunctions;

namespace AutoDiffGen.Functional.Tests.Rules;

public class PiecewiseConstantRuleTests
{
    private static readonly Dictionary<string, (Gradient1 Gradient, Func<double, double> Step)> Cases = new()
    {
        ["Floor"] = (F.FloorTimesXGradient, Math.Floor),
        ["Ceiling"] = (F.CeilingTimesXGradient, Math.Ceiling),
        ["Round"] = (F.RoundTimesXGradient, Math.Round),
        ["Sign"] = (F.SignTimesXGradient, x => Math.Sign(x)),
        ["Truncate"] = (F.TruncateTimesXGradient, Math.Truncate),
    };

    [Theory]
    [InlineData("Floor", -2.5)] [InlineData("Floor", -0.3)] [InlineData("Floor", 1.7)] [InlineData("Floor", 3.0)]
    [InlineData("Ceiling", -2.5)] [InlineData("Ceiling", -0.3)] [InlineData("Ceiling", 1.7)] [InlineData("Ceiling", 3.0)]
    [InlineData("Round", -2.5)] [InlineData("Round", -0.3)] [InlineData("Round", 1.7)] [InlineData("Round", 2.5)]
    [InlineData("Sign", -2.5)] [InlineData("Sign", 0.0)] [InlineData("Sign", 1.7)] [InlineData("Sign", 3.0)]
    [InlineData("Truncate", -2.5)] [InlineData("Truncate", -0.3)] [InlineData("Truncate", 1.7)] [InlineData("Truncate", 3.0)]
    public void StepHasZeroDerivativeButScalesItsFactor(string rule, double x)
    {
        var (gradient, step) = Cases[rule];
        double v = gradient(x, out double dX);
        Assert.Equal(step(x) * x + x * x, v);
        Approx.Grad(step(x) + 2 * x, dX, "d(" + rule + "(x)·x + x²)/dx", Approx.At(("x", x)));
    }

    [Theory]
    [InlineData(-2.5)]
    [InlineData(0.0)]
    [InlineData(4.2)]
    public void StepAloneHasExactlyZeroGradient(double x)
    {
        double v = F.FloorAloneGradient(x, out double dX);
        Assert.Equal(Math.Floor(x), v);
        Assert.Equal(0.0, dX);
    }
}
