using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Emit;
using Xunit;

namespace AutoDiffGen.Generator.Tests.Infrastructure;

/// <summary>Emits a compilation (user code plus generated code) and calls its static methods.</summary>
internal sealed class AssemblyRunner
{
    private readonly Assembly assembly;

    private AssemblyRunner(Assembly assembly) => this.assembly = assembly;

    public static AssemblyRunner Load(Compilation compilation)
    {
        using var stream = new MemoryStream();
        EmitResult result = compilation.Emit(stream);
        Assert.True(result.Success, "Emit failed:\n" + string.Join("\n", result.Diagnostics.Select(GeneratorHarness.Describe)));
        stream.Position = 0;
        // Collectible, so each test's assembly can be unloaded instead of piling up in the test process.
        var context = new AssemblyLoadContext("adgen-test-" + Guid.NewGuid().ToString("N"), isCollectible: true);
        return new AssemblyRunner(context.LoadFromStream(stream));
    }

    /// <summary>A type of the loaded assembly, to bind delegates to its methods (calls with span arguments cannot go through reflection).</summary>
    public Type Type(string typeName) => assembly.GetType(typeName, throwOnError: true)!;

    /// <summary>Calls a public or non-public static method; <paramref name="arguments"/> receives out/ref values back.</summary>
    public object? Call(string typeName, string method, object?[] arguments)
    {
        Type type = assembly.GetType(typeName, throwOnError: true)!;
        MethodInfo info = type.GetMethod(method, BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)
            ?? throw new InvalidOperationException(typeName + "." + method + " was not generated");
        return info.Invoke(null, arguments);
    }
}
