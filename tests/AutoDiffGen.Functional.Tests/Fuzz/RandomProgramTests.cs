using System;
using System.Linq;
using System.Numerics;
using System.Reflection;
using AutoDiffGen.Functional.Tests.Reference;
using Xunit;

namespace AutoDiffGen.Functional.Tests.Fuzz;

/// <summary>
/// Differential test over seeded random programs: the generated gradient returns the method's value exactly
/// and matches the complex-step gradient of the Complex twin. Tolerance: 1e-12 relative, with an absolute
/// floor of 1e-14 × max(1, largest partial): random programs often produce a partial as the difference of
/// O(1) contributions (e.g. 1 - 1 + 2e-4), which reverse and forward accumulation round differently; such
/// a partial has no meaningful relative error (seen: 1.1e-12 relative on a 2e-4 partial).
/// </summary>
public class RandomProgramTests
{
    public static TheoryData<string, int> Cases()
    {
        var data = new TheoryData<string, int>();
        foreach (var c in RandomProgramReferences.All)
        {
            for (int i = 0; i < c.Points.Length; i++) data.Add(c.Name, i);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void GradientMatchesComplexStep(string name, int pointIndex)
    {
        var c = RandomProgramReferences.All.Single(p => p.Name == name);
        double[] point = c.Points[pointIndex];
        MethodInfo function = typeof(RandomProgramFunctions).GetMethod(name)!;
        MethodInfo gradient = typeof(RandomProgramFunctions).GetMethod(name + "Gradient")!;
        var args = new object?[2 * point.Length];
        for (int i = 0; i < point.Length; i++) args[i] = point[i];
        double value = (double)gradient.Invoke(null, args)!;
        Assert.Equal((double)function.Invoke(null, point.Cast<object?>().ToArray())!, value);

        double[] expected = ComplexStep.Gradient(c.Reference, point);
        double floor = 1e-14 * Math.Max(1.0, expected.Max(Math.Abs));
        string at = string.Join(", ", point.Select((p, i) => "x" + i + "=" + p.ToString("R", System.Globalization.CultureInfo.InvariantCulture)));
        for (int i = 0; i < point.Length; i++)
        {
            Approx.AssertClose(expected[i], (double)args[point.Length + i]!, Approx.Rel, floor, name + ".dX" + i, "(" + at + ")");
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void BackwardAccumulatesSeedTimesGradient(string name, int pointIndex) =>
        Contract.BackwardConsistency.AssertBackwardMatchesGradient(typeof(RandomProgramFunctions), name,
            RandomProgramReferences.All.Single(p => p.Name == name).Points[pointIndex]);

    [Fact]
    public void TwinsComputeTheSameValues()
    {
        foreach (var c in RandomProgramReferences.All)
        {
            MethodInfo function = typeof(RandomProgramFunctions).GetMethod(c.Name)!;
            foreach (double[] point in c.Points)
            {
                double expected = (double)function.Invoke(null, point.Cast<object?>().ToArray())!;
                double twin = c.Reference(point.Select(p => new Complex(p, 0)).ToArray()).Real;
                Approx.AssertClose(expected, twin, 1e-13, 1e-14, c.Name + " twin value", string.Join(", ", point));
            }
        }
    }
}
