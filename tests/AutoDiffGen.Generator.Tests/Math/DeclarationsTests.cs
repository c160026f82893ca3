using System.Collections.Generic;
using System.Collections.Immutable;
using AutoDiffGen.Generator.Differentiation;
using AutoDiffGen.Generator.Emit;
using AutoDiffGen.Generator.IR;
using Xunit;

// Not "...Tests.Math": that namespace would hide System.Math from every test in the assembly.
namespace AutoDiffGen.Generator.Tests.MathStages;

/// <summary>Each local is declared once, in the innermost block holding all its uses, at its first use.</summary>
public sealed class DeclarationsTests
{
    private static readonly Expr X = new Variable(NumType.Double, "x");

    private static Expr V(string name) => new Variable(NumType.Double, name);

    private static Dictionary<string, Declaration> Place(params CodeStmt[] body) =>
        Declarations.Place(body.ToImmutableArray(), new Dictionary<string, LocalInfo>
        {
            ["a"] = new(NumType.Double, IsAdjoint: false),
            ["b"] = new(NumType.Double, IsAdjoint: false),
            ["dA"] = new(NumType.Double, IsAdjoint: true),
        });

    private static CodeIf If(CodeStmt[] then, CodeStmt[] @else) =>
        new(new Binary(NumType.Boolean, BinaryOp.Greater, X, new Constant(NumType.Double, "0.0")), then.ToImmutableArray(), @else.ToImmutableArray());

    [Fact]
    public void First_plain_assignment_declares_inline()
    {
        Dictionary<string, Declaration> d = Place(new CodeAssign("a", X), new CodeReturn(V("a")));

        Assert.Equal(new Declaration("a", "", 0, Inline: true), d["a"]);
    }

    [Fact]
    public void A_first_write_that_reads_itself_cannot_declare()
    {
        Dictionary<string, Declaration> d = Place(new CodeAccumulate("dA", V("dA")), new CodeReturn(V("dA")));

        Assert.Equal(new Declaration("dA", "", 0, Inline: false), d["dA"]);
    }

    [Fact]
    public void Local_used_only_in_one_branch_is_declared_in_that_branch()
    {
        Dictionary<string, Declaration> d = Place(
            If(new CodeStmt[] { new CodeComment("then"), new CodeAssign("a", X), new CodeReturn(V("a")) },
               new CodeStmt[] { new CodeReturn(X) }));

        Assert.Equal(new Declaration("a", "0T", 1, Inline: true), d["a"]);
    }

    [Fact]
    public void Local_written_in_both_branches_and_read_after_is_declared_before_the_if()
    {
        Dictionary<string, Declaration> d = Place(
            new CodeComment("start"),
            If(new CodeStmt[] { new CodeAssign("b", X) }, new CodeStmt[] { new CodeAssign("b", V("x")) }),
            new CodeReturn(V("b")));

        Assert.Equal(new Declaration("b", "", 1, Inline: false), d["b"]);
    }

    [Fact]
    public void Names_that_are_not_locals_are_not_declared()
    {
        Dictionary<string, Declaration> d = Place(new CodeAssign("a", X), new CodeReturn(V("a")));

        Assert.False(d.ContainsKey("x"));
    }
}
