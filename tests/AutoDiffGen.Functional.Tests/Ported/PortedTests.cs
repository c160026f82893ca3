using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Numerics;
using System.Reflection;
using AutoDiffGen.Functional.Tests.Reference;
using Xunit;

namespace AutoDiffGen.Functional.Tests.Ported;

/// <summary>
/// The functions ported from Clad's and Swift's AD test suites: at every listed point, the generated
/// MGradient returns exactly the function's value, and every partial agrees with an independent reference.
/// </summary>
public class PortedTests
{
    private static readonly Dictionary<string, PortedCase> ByName = PortedCases.All.ToDictionary(c => c.Name);

    public static TheoryData<string, int> Cases()
    {
        var data = new TheoryData<string, int>();
        foreach (PortedCase c in PortedCases.All)
        {
            for (int i = 0; i < c.Points.Length; i++) data.Add(c.Name, i);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void GradientReturnsTheValueAndMatchesTheReference(string name, int pointIndex)
    {
        PortedCase c = ByName[name];
        double[] point = c.Points[pointIndex];
        PortedInvoker invoker = c.Invoker;
        string at = name + "(" + string.Join(", ", point.Select(p => p.ToString("R", CultureInfo.InvariantCulture))) + ")";
        if (invoker.IsFloat) Assert.All(point, p => Assert.Equal(p, (double)(float)p));

        var gradient = new double[point.Length];
        double value = invoker.Gradient(point, gradient);
        double expectedValue = invoker.Value(point);
        if (c.ValueRewritten) Approx.SameValue(expectedValue, value, at);
        else Assert.True(expectedValue.Equals(value), $"{at}: Gradient returned {value:R}, the function {expectedValue:R}");

        bool complexStep = c.Complex is not null;
        (double rel, double abs) = PortedReference.Tolerance(complexStep, invoker.IsFloat);
        rel = c.RelTolerance ?? rel;
        double scale = Math.Max(1.0, Math.Abs(expectedValue));
        for (int i = 0; i < point.Length; i++)
        {
            if (!invoker.Differentiable[i]) continue;
            double expected = complexStep
                ? PortedReference.ComplexStepPartial(c.Complex!, point, i)
                : PortedReference.RichardsonPartial(invoker.Value, point, i, invoker.IsFloat);
            Approx.AssertClose(expected, gradient[i], rel, abs * scale, "d/d input " + i, at);
        }
    }

    public static TheoryData<string, int> ScalarCases()
    {
        var data = new TheoryData<string, int>();
        foreach (PortedCase c in PortedCases.All.Where(c => c.Invoker.CanCallBackward))
        {
            for (int i = 0; i < c.Points.Length; i++) data.Add(c.Name, i);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(ScalarCases))]
    public void BackwardAddsSeedTimesGradientIntoTheAccumulators(string name, int pointIndex)
    {
        const double seed = 2.5;
        PortedCase c = ByName[name];
        double[] point = c.Points[pointIndex];
        PortedInvoker invoker = c.Invoker;
        var gradient = new double[point.Length];
        double value = invoker.Gradient(point, gradient);
        var start = Enumerable.Range(0, point.Length).Select(i => 0.375 * (i + 1) - 1.0).ToArray(); // non-zero, exact in float
        var accumulators = (double[])start.Clone();
        double backwardValue = invoker.Backward(point, seed, accumulators)!.Value;
        Assert.Equal(value, backwardValue);
        // Backward scales the adjoints by the seed from the top, so its rounding differs from seed · gradient
        // (Contract/BackwardConsistency.cs); a case with a long accumulation states its own tolerance.
        double rel = c.RelTolerance ?? (invoker.IsFloat ? 1e-6 : 1e-15);
        for (int i = 0; i < point.Length; i++)
        {
            if (!invoker.Differentiable[i]) continue;
            double expected = start[i] + seed * gradient[i];
            double scale = Math.Max(1.0, Math.Max(Math.Abs(start[i]), Math.Abs(seed * gradient[i])));
            Approx.AssertClose(expected, accumulators[i], rel, 10 * rel * scale, name + "Backward accumulator " + i, string.Join(", ", point));
        }
    }

    [Fact]
    public void ComplexReferencesComputeTheSameValues()
    {
        // A reference that differs from its function would make the gradient check meaningless.
        foreach (PortedCase c in PortedCases.All.Where(c => c.Complex is not null))
        {
            foreach (double[] point in c.Points)
            {
                double expected = c.Invoker.Value(point);
                double reference = c.Complex!(point.Select(p => new Complex(p, 0)).ToArray()).Real;
                double rel = c.Invoker.IsFloat ? 1e-5 : 1e-13;
                Approx.AssertClose(expected, reference, rel, rel, c.Name + " reference value", string.Join(", ", point));
            }
        }
    }

    [Fact]
    public void EveryPortedFunctionHasACaseWithTwoOrMorePoints()
    {
        string[] differentiable = typeof(PortedFunctions).GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Where(m => m.GetCustomAttribute<DifferentiableAttribute>() is not null)
            .Select(m => m.Name)
            .Concat(typeof(CladS).GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Where(m => m.GetCustomAttribute<DifferentiableAttribute>() is not null)
                .Select(m => "CladS." + m.Name))
            .OrderBy(n => n, StringComparer.Ordinal)
            .ToArray();
        Assert.Equal(differentiable, ByName.Keys.OrderBy(n => n, StringComparer.Ordinal).ToArray());
        Assert.All(PortedCases.All, c => Assert.True(c.Points.Length >= 2, c.Name));
    }
}
