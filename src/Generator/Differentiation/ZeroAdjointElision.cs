using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using AutoDiffGen.Generator.IR;
using AutoDiffGen.Generator.Lowering;
using static AutoDiffGen.Generator.Differentiation.Build;

namespace AutoDiffGen.Generator.Differentiation;

/// <summary>
/// Keeps a zero adjoint from multiplying an infinite or NaN partial derivative (0·∞ = NaN), which
/// happens when a value the forward pass computed is not used on the path that ran
/// (<c>r = Math.Sqrt(x)</c> at x &lt; 0, then <c>if (x &gt; 0) s = r;</c>).
/// Adjoint code is linear in the adjoint it reads, so it is exact to:
/// <list type="bullet">
/// <item>remove a statement whose adjoints are zero on every way to reach it (no work at all), and</item>
/// <item>guard a statement whose adjoint is non-zero only on some ways to reach it (it received a
/// contribution inside a branch or a loop) as <c>g != 0 ? g·∂ : 0</c>, the "double where" rule.</item>
/// </list>
/// Statements driven by adjoints that received a contribution on every path stay as they are.
/// </summary>
internal static class ZeroAdjointElision
{
    /// <param name="arrayAdjoints">Adjoint arrays of local arrays: an element read from one may be zero on any path.</param>
    public static ImmutableArray<CodeStmt> Apply(ImmutableArray<CodeStmt> code, IReadOnlyDictionary<string, LocalInfo> locals, IEnumerable<string> arrayAdjoints)
    {
        var adjoints = new HashSet<string>(locals.Where(l => l.Value.IsAdjoint).Select(l => l.Key));
        adjoints.UnionWith(arrayAdjoints);
        var state = new State(new HashSet<string>(arrayAdjoints), new HashSet<string>());
        return DropEmptyComments(Walk(code, adjoints, state));
    }

    /// <param name="NonZero">Adjoints that may be non-zero here.</param>
    /// <param name="Definite">Adjoints that received a contribution on every path to here (a subset).</param>
    private sealed record State(HashSet<string> NonZero, HashSet<string> Definite)
    {
        public State Copy() => new(new HashSet<string>(NonZero), new HashSet<string>(Definite));

        public void Zero(string adjoint)
        {
            NonZero.Remove(adjoint);
            Definite.Remove(adjoint);
        }

        public void Set(string adjoint, bool definite)
        {
            NonZero.Add(adjoint);
            if (definite) Definite.Add(adjoint);
            else Definite.Remove(adjoint);
        }

        /// <summary>After either of two ways: non-zero if either may be, definite only if both are.</summary>
        public void Join(State a, State b)
        {
            NonZero.Clear();
            NonZero.UnionWith(a.NonZero);
            NonZero.UnionWith(b.NonZero);
            Definite.Clear();
            Definite.UnionWith(a.Definite.Intersect(b.Definite));
        }
    }

    private static ImmutableArray<CodeStmt> Walk(ImmutableArray<CodeStmt> block, HashSet<string> adjoints, State state)
    {
        var kept = ImmutableArray.CreateBuilder<CodeStmt>();
        foreach (CodeStmt s in block)
        {
            switch (s)
            {
                case CodeAssign a when adjoints.Contains(a.Target):
                    if (IsZero(a.Value, adjoints, state))
                    {
                        state.Zero(a.Target);
                        if (a.Value is Constant) kept.Add(s); // an explicit reset keeps the variable defined
                        break;
                    }
                    kept.Add(a with { Value = Guard(a.Value, adjoints, state, out bool definite) });
                    state.Set(a.Target, definite);
                    break;
                case CodeAccumulate a:
                    if (IsZero(a.Value, adjoints, state)) break;
                    bool wasDefinite = state.Definite.Contains(a.Target);
                    kept.Add(a with { Value = Guard(a.Value, adjoints, state, out bool contributes) });
                    state.Set(a.Target, contributes || wasDefinite);
                    break;
                case CodeAccumulateElement a:
                    if (IsZero(a.Value, adjoints, state)) break;
                    kept.Add(a with { Value = Guard(a.Value, adjoints, state, out _) });
                    break;
                case CodeBackwardCall c:
                    if (IsZero(c.Seed, adjoints, state)) break;
                    List<string> maybe = MaybeZero(c.Seed, adjoints, state);
                    // The callee multiplies the seed by its own partials: skip the call when the seed is zero.
                    kept.Add(maybe.Count == 0 ? c : new CodeIf(NonZeroTest(maybe, c.Seed.Type), ImmutableArray.Create<CodeStmt>(c), ImmutableArray<CodeStmt>.Empty));
                    foreach (string accumulator in c.Accumulators) state.Set(accumulator, maybe.Count == 0);
                    break;
                case CodeIf f:
                    State whenTrue = state.Copy(), whenFalse = state.Copy();
                    ImmutableArray<CodeStmt> then = Walk(f.Then, adjoints, whenTrue);
                    ImmutableArray<CodeStmt> @else = Walk(f.Else, adjoints, whenFalse);
                    state.Join(whenTrue, whenFalse);
                    if (then.Any(IsWork) || @else.Any(IsWork)) kept.Add(f with { Then = then, Else = @else });
                    break;
                case CodeLoop l:
                    kept.Add(l with { Body = Walk(l.Body, adjoints, state) });
                    break;
                case CodeReverseLoop r:
                    if (LoopInvariantMaybeZero(r, adjoints, state) is { } g)
                    {
                        // The loop would test g != 0 in every iteration: test it once, and run the loop with g
                        // taken as non-zero, or as zero (then only what restores values is left in it).
                        State nonZero = state.Copy(), zero = state.Copy();
                        nonZero.Set(g, definite: true);
                        zero.Zero(g);
                        CodeStmt whenNonZero = ReverseLoop(r, adjoints, nonZero), whenZero = ReverseLoop(r, adjoints, zero);
                        NumType type = Reads(r.Body).Select(e => ReadOf(e, g)).First(v => v is not null)!.Type;
                        kept.Add(new CodeIf(NonZeroTest(new List<string> { g }, type), ImmutableArray.Create(whenNonZero), ImmutableArray.Create(whenZero)));
                        state.Join(nonZero, zero);
                        break;
                    }
                    kept.Add(ReverseLoop(r, adjoints, state));
                    break;
                default:
                    kept.Add(s);
                    break;
            }
        }
        return kept.ToImmutable();
    }

    /// <summary>A reverse loop with its body walked. A later iteration sees what an earlier one added (so start
    /// from everything the body writes, as possibly non-zero), and the loop may run zero times.</summary>
    private static CodeStmt ReverseLoop(CodeReverseLoop r, HashSet<string> adjoints, State state)
    {
        State before = state.Copy();
        State inLoop = state.Copy();
        inLoop.NonZero.UnionWith(Written(r.Body).Where(adjoints.Contains));
        CodeStmt walked = r with { Body = Walk(r.Body, adjoints, inLoop) };
        state.Join(before, inLoop);
        return walked;
    }

    /// <summary>The one adjoint that may be zero here, only on some paths, and that the loop reads but never
    /// writes; null when there is none or more than one (then each statement keeps its own test).</summary>
    private static string? LoopInvariantMaybeZero(CodeReverseLoop r, HashSet<string> adjoints, State state)
    {
        // Scalar adjoints only: an adjoint array's elements are written by element, which Written does not list.
        var read = new HashSet<string>();
        foreach (Expr e in Reads(r.Body)) read.UnionWith(AdjointReads(e, adjoints).Where(a => ReadOf(e, a) is not null));
        HashSet<string> written = new(Written(r.Body));
        List<string> candidates = read.Where(a => state.NonZero.Contains(a) && !state.Definite.Contains(a) && !written.Contains(a))
            .OrderBy(a => a, System.StringComparer.Ordinal).ToList();
        return candidates.Count == 1 ? candidates[0] : null;
    }

    private static Variable? ReadOf(Expr e, string name) => e is Variable v && v.Name == name ? v : ExprWalk.Children(e).Select(c => ReadOf(c, name)).FirstOrDefault(v => v is not null);

    /// <summary>The values the adjoint statements of a block compute (nested blocks included).</summary>
    private static IEnumerable<Expr> Reads(ImmutableArray<CodeStmt> block)
    {
        foreach (CodeStmt s in block)
        {
            switch (s)
            {
                case CodeAssign a: yield return a.Value; break;
                case CodeAccumulate a: yield return a.Value; break;
                case CodeAccumulateElement a: yield return a.Value; break;
                case CodeBackwardCall c: yield return c.Seed; break;
                case CodeIf f: foreach (Expr e in Reads(f.Then).Concat(Reads(f.Else))) yield return e; break;
                case CodeLoop l: foreach (Expr e in Reads(l.Body)) yield return e; break;
                case CodeReverseLoop r: foreach (Expr e in Reads(r.Body)) yield return e; break;
            }
        }
    }

    /// <summary>Zero when it is a zero constant, or reads adjoints and all of them are zero.</summary>
    private static bool IsZero(Expr e, HashSet<string> adjoints, State state)
    {
        if (e is Constant c) return c.Text == c.Type.Literal("0");
        List<string> reads = AdjointReads(e, adjoints);
        return reads.Count > 0 && !reads.Any(state.NonZero.Contains);
    }

    /// <summary><paramref name="value"/>, or <c>g != 0 ? value : 0</c> when its adjoint g is non-zero only on some paths.</summary>
    private static Expr Guard(Expr value, HashSet<string> adjoints, State state, out bool definite)
    {
        List<string> maybe = MaybeZero(value, adjoints, state);
        definite = maybe.Count == 0;
        return definite || IsConstantMultiple(value) ? value : If(NonZeroTest(maybe, value.Type), value, Num(value.Type, "0"));
    }

    /// <summary><c>g</c>, <c>-g</c>, <c>g·c</c> for a finite non-zero literal c: zero exactly when g is, so no guard is needed.</summary>
    private static bool IsConstantMultiple(Expr e) => e switch
    {
        Variable or Element => true,
        Unary { Op: UnaryOp.Negate } u => IsConstantMultiple(u.Operand),
        Binary { Op: BinaryOp.Multiply or BinaryOp.Divide } b when IsFiniteNonZeroConstant(b.Right) => IsConstantMultiple(b.Left),
        Binary { Op: BinaryOp.Multiply } b when IsFiniteNonZeroConstant(b.Left) => IsConstantMultiple(b.Right),
        _ => false,
    };

    private static List<string> MaybeZero(Expr e, HashSet<string> adjoints, State state) =>
        AdjointReads(e, adjoints).Where(a => state.NonZero.Contains(a) && !state.Definite.Contains(a)).ToList();

    private static Expr NonZeroTest(List<string> adjoints, NumType type) => adjoints
        .Select(a => (Expr)new Binary(NumType.Boolean, BinaryOp.NotEqual, new Variable(type, a), Num(type, "0")))
        .Aggregate((x, y) => new Binary(NumType.Boolean, BinaryOp.ConditionalOr, x, y));

    private static List<string> AdjointReads(Expr e, HashSet<string> adjoints)
    {
        var reads = new SortedSet<string>(System.StringComparer.Ordinal);
        ExprWalk.CollectReads(e, reads);
        return reads.Where(adjoints.Contains).ToList();
    }

    private static IEnumerable<string> Written(ImmutableArray<CodeStmt> block)
    {
        foreach (CodeStmt s in block)
        {
            switch (s)
            {
                case CodeAssign a: yield return a.Target; break;
                case CodeAccumulate a: yield return a.Target; break;
                case CodeBackwardCall c: foreach (string acc in c.Accumulators) yield return acc; break;
                case CodeIf f: foreach (string w in Written(f.Then).Concat(Written(f.Else))) yield return w; break;
                case CodeReverseLoop r: foreach (string w in Written(r.Body)) yield return w; break;
            }
        }
    }

    private static bool IsWork(CodeStmt s) => s is not CodeComment;

    /// <summary>A "∂ statement" comment whose adjoint code was all removed goes too.</summary>
    public static ImmutableArray<CodeStmt> DropEmptyComments(ImmutableArray<CodeStmt> block)
    {
        var kept = ImmutableArray.CreateBuilder<CodeStmt>();
        for (int i = 0; i < block.Length; i++)
        {
            CodeStmt s = block[i];
            if (s is CodeComment c && c.Text.StartsWith("∂ ", System.StringComparison.Ordinal)
                && (i + 1 == block.Length || block[i + 1] is CodeComment || block[i + 1] is CodeReturn))
            {
                continue;
            }
            kept.Add(s switch
            {
                CodeIf f => f with { Then = DropEmptyComments(f.Then), Else = DropEmptyComments(f.Else) },
                CodeReverseLoop r => r with { Body = DropEmptyComments(r.Body) },
                _ => s,
            });
        }
        return kept.ToImmutable();
    }
}
