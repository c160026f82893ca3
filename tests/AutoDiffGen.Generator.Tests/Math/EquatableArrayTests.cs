using System.Collections.Immutable;
using AutoDiffGen.Generator.IR;
using Xunit;

// Not "...Tests.Math": that namespace would hide System.Math from every test in the assembly.
namespace AutoDiffGen.Generator.Tests.MathStages;

/// <summary>Value equality is what lets the incremental pipeline skip emission for an unchanged method.</summary>
public sealed class EquatableArrayTests
{
    [Fact]
    public void Arrays_with_equal_items_are_equal_and_hash_alike()
    {
        EquatableArray<string> a = EquatableArray.Of("x", "y");
        EquatableArray<string> b = new[] { "x", "y" }.ToEquatableArray();

        Assert.True(a.Equals(b));
        Assert.True(a == b);
        Assert.False(a != b);
        Assert.True(a.Equals((object)b));
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
    }

    [Fact]
    public void Order_length_and_content_matter()
    {
        EquatableArray<string> a = EquatableArray.Of("x", "y");

        Assert.NotEqual(a, EquatableArray.Of("y", "x"));
        Assert.NotEqual(a, EquatableArray.Of("x"));
        Assert.NotEqual(a, EquatableArray.Of("x", "z"));
        Assert.False(a.Equals((object)"x"));
    }

    [Fact]
    public void Default_and_empty_are_the_same_empty_array()
    {
        EquatableArray<string> @default = default;

        Assert.Equal(EquatableArray<string>.Empty, @default);
        Assert.Equal(EquatableArray<string>.Empty.GetHashCode(), @default.GetHashCode());
        Assert.Empty(@default);
    }

    [Fact]
    public void Records_holding_arrays_compare_by_content()
    {
        // ImmutableArray alone compares by reference; the wrapper is what makes these records equal.
        var first = new Call(NumType.Double, Differentiation.Primitive.Sin, ImmutableArray.Create<Expr>(new Variable(NumType.Double, "x")));
        var second = new Call(NumType.Double, Differentiation.Primitive.Sin, ImmutableArray.Create<Expr>(new Variable(NumType.Double, "x")));

        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
    }
}
