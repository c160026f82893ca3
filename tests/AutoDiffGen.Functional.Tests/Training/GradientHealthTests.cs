using System;
using System.Linq;
using AutoDiffGen.Training;
using Xunit;

namespace AutoDiffGen.Functional.Tests.TrainingTests;

/// <summary>The health report's norms (Pythagorean triples), flags at and around the thresholds, and its table.</summary>
public class GradientHealthTests
{
    [Fact]
    public void EachGroupGetsItsNormAndFlag()
    {
        var health = new GradientHealth()
            .Add<double>("W1", new[] { 3.0, -4.0 })
            .Add<double>("b1", new[] { 1e-9, -1e-9 })
            .Add<float>("W2", new[] { 2000f })
            .Add<double>("b2", new[] { 1.0, double.NaN, double.PositiveInfinity });

        GradientGroupHealth[] g = health.Groups.ToArray();
        Assert.Equal(new[] { "W1", "b1", "W2", "b2" }, g.Select(x => x.Name));
        Assert.Equal(new[] { 2, 2, 1, 3 }, g.Select(x => x.Count));
        Assert.Equal(5.0, g[0].Norm);
        Assert.Equal(4.0, g[0].MaxMagnitude);
        Assert.Equal(GradientHealthFlags.None, g[0].Flags);
        Assert.Equal(Math.Sqrt(2.0) * 1e-9, g[1].Norm, 1e-24);
        Assert.Equal(GradientHealthFlags.Vanishing, g[1].Flags);
        Assert.Equal(2000.0, g[2].Norm);
        Assert.Equal(GradientHealthFlags.Exploding, g[2].Flags);
        Assert.Equal(2, g[3].NonFiniteCount);
        Assert.Equal(GradientHealthFlags.NonFinite, g[3].Flags); // only this flag, though its norm is ∞
        Assert.Equal(GradientHealthFlags.Vanishing | GradientHealthFlags.Exploding | GradientHealthFlags.NonFinite, health.Flags);
        Assert.False(health.IsHealthy);
    }

    [Fact]
    public void TheGlobalNormCombinesTheGroups()
    {
        var health = new GradientHealth().Add<double>("a", new[] { 3.0 }).Add<double>("b", new[] { 4.0, 12.0 });
        Assert.Equal(13.0, health.GlobalNorm, 14); // √(9 + 16 + 144)
        Assert.True(health.IsHealthy);
    }

    [Fact]
    public void ThresholdsAreStrictAndConfigurable()
    {
        var health = new GradientHealth(vanishingThreshold: 0.5, explodingThreshold: 5.0)
            .Add<double>("at vanishing", new[] { 0.5 })
            .Add<double>("below", new[] { 0.3, 0.3 }) // 0.424…
            .Add<double>("at exploding", new[] { 3.0, 4.0 })
            .Add<double>("above", new[] { 5.1 })
            .Add<double>("empty", ReadOnlySpan<double>.Empty);
        Assert.Equal(
            new[] { GradientHealthFlags.None, GradientHealthFlags.Vanishing, GradientHealthFlags.None, GradientHealthFlags.Exploding, GradientHealthFlags.Vanishing },
            health.Groups.Select(x => x.Flags));
    }

    [Fact]
    public void TheDefaultsAreTheDocumentedOnes()
    {
        var health = new GradientHealth();
        Assert.Equal(1e-7, health.VanishingThreshold);
        Assert.Equal(1e3, health.ExplodingThreshold);
    }

    [Fact]
    public void TheTableHasAlignedColumnsAndAGlobalRow()
    {
        var health = new GradientHealth()
            .Add<double>("layer 1 weights", new[] { 1e-9 })
            .Add<double>("b", new[] { 3.0, 4.0 });
        string[] lines = health.ToTable().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(4, lines.Length);
        Assert.StartsWith("group", lines[0]);
        Assert.Contains("1.00e-09", lines[1]);
        Assert.EndsWith("vanishing", lines[1]);
        Assert.Contains("5.00e+00", lines[2]);
        Assert.EndsWith("ok", lines[2]);
        Assert.StartsWith("global", lines[3]);
        // Every row's norm ends in the same column as the header's "norm".
        int normEnd = lines[0].IndexOf("norm", StringComparison.Ordinal) + "norm".Length;
        Assert.Equal("1.00e-09", lines[1][(normEnd - 8)..normEnd]);
        Assert.Equal("5.00e+00", lines[2][(normEnd - 8)..normEnd]);
        Assert.Equal("5.00e+00", lines[3][(normEnd - 8)..normEnd]); // √(1e−18 + 25) rounds to 5
        Assert.Equal(health.ToTable(), health.ToString());
    }

    [Fact]
    public void ClearEmptiesTheReport()
    {
        var health = new GradientHealth().Add<double>("x", new[] { double.NaN });
        health.Clear();
        Assert.Empty(health.Groups);
        Assert.Equal(0.0, health.GlobalNorm);
        Assert.True(health.IsHealthy);
    }

    [Fact]
    public void InvalidArgumentsAreRejectedWithTheirNames()
    {
        Assert.Equal("vanishingThreshold", Assert.Throws<ArgumentOutOfRangeException>(() => new GradientHealth(-1.0)).ParamName);
        Assert.Equal("explodingThreshold", Assert.Throws<ArgumentOutOfRangeException>(() => new GradientHealth(1.0, 0.5)).ParamName);
        Assert.Equal("explodingThreshold", Assert.Throws<ArgumentOutOfRangeException>(() => new GradientHealth(1.0, double.NaN)).ParamName);
        Assert.Equal("name", Assert.Throws<ArgumentNullException>(() => new GradientHealth().Add<double>(null!, new double[1])).ParamName);
    }
}
