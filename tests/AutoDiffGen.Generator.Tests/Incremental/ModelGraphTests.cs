using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using AutoDiffGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace AutoDiffGen.Generator.Tests.Incremental;

/// <summary>
/// The Spec step's values hold nothing from Roslyn (LOCK AssertObjectGraph): a symbol, node or
/// compilation would make equality fail on every edit and keep whole compilations alive; a Location
/// would make inserting a line above a method regenerate it.
/// </summary>
public sealed class ModelGraphTests
{
    private static readonly Type[] Forbidden = { typeof(ISymbol), typeof(SyntaxNode), typeof(SyntaxTree), typeof(Location), typeof(Compilation), typeof(SemanticModel), typeof(IOperation) };

    [Fact]
    public void Spec_values_reach_no_symbol_node_location_or_compilation()
    {
        GeneratorRun run = GeneratorHarness.Run("""
            using System;
            using AutoDiffGen;
            namespace N;
            public partial class Outer<T>
            {
                public static partial class C
                {
                    [Differentiable]
                    public static double F(double x, [NoDiff] double y, int n, bool b)
                    {
                        double s = b ? Math.Sin(x) : x * n;
                        if (s > y) return s * s;
                        s += Math.PI;
                        return Math.Max(s, y);
                    }
                }
            }
            """);

        List<(object Value, IncrementalStepRunReason Reason)> outputs = StepOutputs.Outputs(run.Driver, TrackingNames.Spec);
        Assert.NotEmpty(outputs);
        foreach ((object value, _) in outputs) Walk(value, "spec", new HashSet<object>(ReferenceEqualityComparer.Instance));
    }

    [Fact]
    public void The_walk_finds_a_forbidden_object_when_there_is_one()
    {
        // Guards the guard: a walk that never descends would pass everything.
        Compilation compilation = GeneratorHarness.CreateCompilation("class A { }");
        var holder = new { Inner = new[] { new KeyValuePair<string, object>("k", compilation) } };
        Assert.ThrowsAny<Exception>(() => Walk(holder, "holder", new HashSet<object>(ReferenceEqualityComparer.Instance)));
    }

    private static void Walk(object? value, string path, HashSet<object> seen)
    {
        if (value is null) return;
        Type type = value.GetType();
        if (type.IsPrimitive || type.IsEnum || value is string || value is decimal) return;
        Assert.False(Forbidden.Any(f => f.IsAssignableFrom(type)), path + " is a " + type.FullName);
        if (!type.IsValueType && !seen.Add(value)) return;

        if (value is IEnumerable items && value is not string)
        {
            int i = 0;
            foreach (object? item in items) Walk(item, path + "[" + i++ + "]", seen);
        }
        for (Type? t = type; t is not null && t != typeof(object); t = t.BaseType)
        {
            foreach (FieldInfo field in t.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                Walk(field.GetValue(value), path + "." + field.Name, seen);
            }
        }
    }
}
