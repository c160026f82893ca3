using System;
using System.Reflection;
using Xunit;

namespace AutoDiffGen.Functional.Tests.Contract;

/// <summary>Generated members copy the user's method accessibility.</summary>
public class AccessibilityTests
{
    private const BindingFlags AnyStatic = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static;

    private static MethodInfo Method(Type type, string name) =>
        type.GetMethod(name, AnyStatic) ?? throw new InvalidOperationException(type.Name + "." + name + " was not generated");

    private static string Accessibility(MethodInfo m) =>
        m.IsPublic ? "public" : m.IsAssembly ? "internal" : m.IsPrivate ? "private" : m.IsFamilyOrAssembly ? "protected internal"
        : m.IsFamilyAndAssembly ? "private protected" : m.IsFamily ? "protected" : "?";

    [Theory]
    [InlineData(typeof(ContractFunctions), "Mixed")]
    [InlineData(typeof(ContractFunctions), "InternalSquare")]
    [InlineData(typeof(ContractFunctions), "PrivateCube")]
    [InlineData(typeof(ContractFunctions), "DefaultAccessSquare")]
    [InlineData(typeof(ContractAccessibility), "ProtectedInternalSquare")]
    [InlineData(typeof(ContractAccessibility), "PrivateProtectedSquare")]
    [InlineData(typeof(ContractAccessibility), "ProtectedSquare")]
    [InlineData(typeof(InternalContractType), "PublicInInternal")]
    public void GeneratedMembersCopyAccessibility(Type type, string name)
    {
        string expected = Accessibility(Method(type, name));
        Assert.Equal(expected, Accessibility(Method(type, name + "Gradient")));
        Assert.Equal(expected, Accessibility(Method(type, name + "Backward")));
    }

    [Fact]
    public void PrivateGeneratedGradientWorks()
    {
        var args = new object?[] { 1.5, null };
        object? value = Method(typeof(ContractFunctions), "PrivateCubeGradient").Invoke(null, args);
        Assert.Equal(1.5 * 1.5 * 1.5, (double)value!);
        Assert.Equal(3 * 1.5 * 1.5, (double)args[1]!);
    }
}
