using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using AutoDiffGen.Functional.Tests.Reference;
using Xunit;

namespace AutoDiffGen.Functional.Tests.Suite;

/// <summary>
/// The AD-tool-style suite: every function in SuiteFunctions, at every listed point, must have a generated
/// gradient that returns the function's value exactly and agrees with the complex-step gradient to 1e-12.
/// Called through reflection so one data-driven theory covers functions of any arity.
/// </summary>
public class SuiteTests
{
    private static readonly Dictionary<string, SuiteCase> ByName = SuiteCases.All.ToDictionary(c => c.Name);

    public static TheoryData<string, int> Cases()
    {
        var data = new TheoryData<string, int>();
        foreach (SuiteCase c in SuiteCases.All)
        {
            for (int i = 0; i < c.Points.Length; i++) data.Add(c.Name, i);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void GradientMatchesComplexStep(string name, int pointIndex)
    {
        SuiteCase c = ByName[name];
        double[] point = c.Points[pointIndex];
        MethodInfo function = typeof(SuiteFunctions).GetMethod(name)!;
        MethodInfo gradient = typeof(SuiteFunctions).GetMethod(name + "Gradient")
            ?? throw new InvalidOperationException(name + "Gradient was not generated");
        ParameterInfo[] parameters = function.GetParameters();
        Assert.Equal(parameters.Length, point.Length);

        var args = new object?[2 * point.Length];
        for (int i = 0; i < point.Length; i++) args[i] = point[i];
        double value = (double)gradient.Invoke(null, args)!;
        Approx.SameValue((double)function.Invoke(null, point.Cast<object?>().ToArray())!, value);

        var actual = new double[point.Length];
        for (int i = 0; i < point.Length; i++) actual[i] = (double)args[point.Length + i]!;
        string[] names = parameters.Select(p => p.Name!).ToArray();
        GradientCheck.MatchesComplexStep(c.Reference, names, point, actual);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void BackwardAccumulatesSeedTimesGradient(string name, int pointIndex) =>
        Contract.BackwardConsistency.AssertBackwardMatchesGradient(typeof(SuiteFunctions), name, ByName[name].Points[pointIndex]);

    [Fact]
    public void ReferencesComputeTheSameValues()
    {
        // Guards against a reference that differs from its C# function (which would make the gradient check meaningless).
        foreach (SuiteCase c in SuiteCases.All)
        {
            MethodInfo function = typeof(SuiteFunctions).GetMethod(c.Name)!;
            foreach (double[] point in c.Points)
            {
                double expected = (double)function.Invoke(null, point.Cast<object?>().ToArray())!;
                var z = point.Select(p => new System.Numerics.Complex(p, 0)).ToArray();
                Approx.AssertClose(expected, c.Reference(z).Real, 1e-13, 1e-14, c.Name + " reference value",
                    string.Join(", ", point.Select(p => p.ToString("R", CultureInfo.InvariantCulture))));
            }
        }
    }

    [Fact]
    public void EveryDifferentiableSuiteFunctionHasACaseWithAtLeastThreePoints()
    {
        var differentiable = typeof(SuiteFunctions).GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Where(m => m.GetCustomAttribute<DifferentiableAttribute>() is not null)
            .Select(m => m.Name)
            .OrderBy(n => n, StringComparer.Ordinal)
            .ToArray();
        Assert.Equal(differentiable, ByName.Keys.OrderBy(n => n, StringComparer.Ordinal).ToArray());
        Assert.All(SuiteCases.All, c => Assert.True(c.Points.Length >= 3, c.Name));
        Assert.True(differentiable.Length >= 40, "suite has " + differentiable.Length + " functions");
    }
}
