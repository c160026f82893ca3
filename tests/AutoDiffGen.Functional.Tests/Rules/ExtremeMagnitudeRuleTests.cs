using System;
using AutoDiffGen.Functional.Tests.Reference;
using Xunit;
using M = AutoDiffGen.Functional.Tests.Rules.MultiArgumentRuleFunctions;
using U = AutoDiffGen.Functional.Tests.Rules.UnaryRuleFunctions;

namespace AutoDiffGen.Functional.Tests.Rules;

/// <summary>
/// Rules at very large / very small arguments where the derivative is a normal double but a partial
/// written with x² overflows (or underflows) on the way. The references are the same closed forms,
/// rescaled so that no intermediate leaves the double range.
/// </summary>
public class ExtremeMagnitudeRuleTests
{
    [Theory]
    [InlineData(1e200, 1e200)]
    [InlineData(-3e180, 1e180)]
    [InlineData(1e-200, 1e-200)]
    [InlineData(2e-170, -1e-170)]
    public void Atan2(double y, double x)
    {
        M.Atan2RuleGradient(y, x, out double dY, out double dX);
        double h = double.Hypot(x, y);
        string at = Approx.At(("y", y), ("x", x));
        Approx.Grad(x / h / h, dY, "dY", at);
        Approx.Grad(-(y / h) / h, dX, "dX", at);
    }

    [Theory]
    [InlineData(1e200)]
    [InlineData(-1e160)]
    public void AsinhLarge(double x)
    {
        U.AsinhRuleGradient(x, out double dX);
        double inv = 1 / x;
        Approx.Grad(1 / (Math.Abs(x) * Math.Sqrt(1 + inv * inv)), dX, "dX", Approx.At(("x", x)));
    }

    [Theory]
    [InlineData(1e200)]
    [InlineData(1e160)]
    public void AcoshLarge(double x)
    {
        U.AcoshRuleGradient(x, out double dX);
        double inv = 1 / x;
        Approx.Grad(1 / (x * Math.Sqrt((1 - inv) * (1 + inv))), dX, "dX", Approx.At(("x", x)));
    }
}
