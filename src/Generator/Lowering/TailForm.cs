using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using AutoDiffGen.Generator.IR;

namespace AutoDiffGen.Generator.Lowering;

/// <summary>How a block ends: a return, or an if whose branches each end in a return.</summary>
internal abstract record Tail(string Source);

internal sealed record TailReturn(string Source, Expr Value) : Tail(Source);

/// <summary><c>throw</c>: the path ends without a result (and without a backward pass).</summary>
internal sealed record TailThrow(string Source, string Exception) : Tail(Source);

internal sealed record TailIf(string Source, Expr Condition, TailBlock Then, TailBlock Else) : Tail(Source);

/// <summary>Straight-line statements (<see cref="Assign"/>, and <see cref="If"/> without returns inside) then a tail.</summary>
internal sealed record TailBlock(ImmutableArray<Stmt> Statements, Tail Tail);

/// <summary>
/// Puts early returns into tail position: <c>if (c) return a; rest</c> becomes
/// <c>if (c) { return a; } else { rest }</c>. Each path of the result runs straight to exactly one
/// return, so the reverse pass of a path can sit right after its forward pass, inside the same branch,
/// and never needs to know which return was taken. Statements after an if that returns on only
/// some paths are copied into the paths that fall through; a budget stops pathological growth.
/// </summary>
internal static class TailForm
{
    private const int StatementBudget = 20000;

    public static TailBlock Build(IReadOnlyList<Stmt> body, NumType returnType)
    {
        int budget = StatementBudget;
        return Build(body, returnType, ref budget);
    }

    private static TailBlock Build(IReadOnlyList<Stmt> sequence, NumType unreachableType, ref int budget)
    {
        var straight = ImmutableArray.CreateBuilder<Stmt>();
        for (int i = 0; i < sequence.Count; i++)
        {
            Stmt statement = sequence[i];
            budget -= 1;
            if (budget < 0)
            {
                throw new LoweringException("its early returns make the generated code too large; restructure the method so that fewer 'if' statements return on only some paths");
            }

            switch (statement)
            {
                case Return r:
                    return new TailBlock(straight.ToImmutable(), new TailReturn(r.Source, r.Value));
                case Throw t:
                    return new TailBlock(straight.ToImmutable(), new TailThrow(t.Source, t.Exception));
                case If f when ContainsReturn(f):
                    IEnumerable<Stmt> rest = sequence.Skip(i + 1);
                    TailBlock then = Build(f.Then.Concat(rest).ToList(), unreachableType, ref budget);
                    TailBlock @else = Build(f.Else.Concat(rest).ToList(), unreachableType, ref budget);
                    return new TailBlock(straight.ToImmutable(), new TailIf(f.Source, f.Condition, then, @else));
                default:
                    straight.Add(statement);
                    break;
            }
        }

        // The C# compiler proved this point unreachable (the method compiles), e.g. after
        // 'if (AlwaysTrue) return x;'. Give the path a return that never runs.
        return new TailBlock(straight.ToImmutable(), new TailReturn("(unreachable: every path above returns)", new Constant(unreachableType, "default")));
    }

    /// <summary>Whether some path of <paramref name="block"/> ends in a return (not all of them throw).</summary>
    public static bool Returns(TailBlock block) => block.Tail switch
    {
        TailReturn => true,
        TailIf t => Returns(t.Then) || Returns(t.Else),
        _ => false,
    };

    private static bool ContainsReturn(Stmt statement) => statement switch
    {
        Return => true,
        _ => StmtWalk.Bodies(statement).Any(body => body.Any(ContainsReturn)),
    };
}
