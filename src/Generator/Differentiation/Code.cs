using System.Collections.Generic;
using System.Collections.Immutable;
using AutoDiffGen.Generator.IR;

namespace AutoDiffGen.Generator.Differentiation;

/// <summary>
/// The generated method body as a tree of simple statements: the differentiator's output and the
/// emitter's input. Declarations are not decided here: the emitter declares each variable once, at
/// the innermost block that contains all its uses (see Emit/Declarations).
/// </summary>
internal abstract record CodeStmt;

/// <summary>A comment line: the user's statement that the following lines compute or differentiate.</summary>
internal sealed record CodeComment(string Text) : CodeStmt;

/// <summary><c>Target = Value;</c></summary>
internal sealed record CodeAssign(string Target, Expr Value) : CodeStmt;

/// <summary><c>Target += Value;</c> (an adjoint receiving one contribution).</summary>
internal sealed record CodeAccumulate(string Target, Expr Value) : CodeStmt;

/// <summary><c>Array[Index] += Value;</c>: an element of an array parameter's gradient receives a contribution.</summary>
internal sealed record CodeAccumulateElement(string Array, Expr Index, Expr Value) : CodeStmt;

/// <summary><c>T[] Name = new T[Length];</c>: a local array, or the adjoint array beside an active one.</summary>
internal sealed record CodeDeclareArray(string Name, NumType ElementType, Expr Length) : CodeStmt;

/// <summary><c>T[] Name = null!;</c> at the top of the method: a local array declared inside a loop or branch,
/// created by its first <see cref="CodeRenewArray"/>.</summary>
internal sealed record CodeDeclareArrayVariable(string Name, NumType ElementType) : CodeStmt;

/// <summary>
/// A nested local array's declaration: the first time, creates it (and its adjoint array); after that,
/// pushes every element on the tape (when there is one) and clears it, as a fresh array would be.
/// Throws when the length differs from the first time (the arrays are reused).
/// </summary>
internal sealed record CodeRenewArray(string Name, string? Adjoint, NumType ElementType, Expr Length, string? Tape, string Index) : CodeStmt;

/// <summary>The backward of <see cref="CodeRenewArray"/>: pops the elements back and clears the adjoint array.</summary>
internal sealed record CodeRestoreArray(string Name, string? Adjoint, NumType ElementType, string Tape, string Index) : CodeStmt;

/// <summary><c>Array[Index] = Value;</c>: an element write of a local array, the restore of its old
/// value, or the reset of an adjoint element.</summary>
internal sealed record CodeAssignElement(string Array, Expr Index, Expr Value) : CodeStmt;

/// <summary><c>Tape.Push(Array[Index])</c>: keeps an element a loop iteration is about to overwrite.</summary>
internal sealed record CodePushElement(string Tape, string Array, Expr Index, NumType ElementType) : CodeStmt;

/// <summary><c>Array[Index] = Tape.Pop()</c>: puts back the element the matching <see cref="CodePushElement"/> kept.</summary>
internal sealed record CodePopElement(string Tape, string Array, Expr Index, NumType ElementType) : CodeStmt;

/// <summary>Keeps a variable's value before a reassignment, for the backward pass.</summary>
internal sealed record CodeSave(string Saved, string Variable) : CodeStmt;

/// <summary>Puts back the value kept by <see cref="CodeSave"/> when the backward pass reaches the reassignment.</summary>
internal sealed record CodeRestore(string Variable, string Saved) : CodeStmt;

/// <summary><c>Backward(arguments…, seed, ref accumulators…);</c>: a callee's backward pass (generated, or its [BackwardOf] rule).
/// <see cref="Accumulators"/> has one name per differentiable parameter of the callee, in order;
/// <see cref="ByRef"/>: per accumulator, a scalar passed by <c>ref</c>, or (false) an array adjoint passed as a span.</summary>
internal sealed record CodeBackwardCall(string Backward, ImmutableArray<Expr> Arguments, Expr Seed, ImmutableArray<string> Accumulators, ImmutableArray<bool> ByRef) : CodeStmt;

/// <summary><c>Method(arguments…);</c>: a runtime vector primitive writing into a local array, or its pullback
/// adding into adjoint arrays and gradient spans (<c>default</c> for a gradient that is not wanted).</summary>
internal sealed record CodeCall(string Method, ImmutableArray<Expr> Arguments) : CodeStmt;

/// <summary><c>Tape.Push(Variable)</c>: keeps a value that a loop iteration is about to overwrite.
/// <see cref="Site"/> pairs it with its <see cref="CodePop"/>.</summary>
internal sealed record CodePush(string Tape, string Variable, int Site) : CodeStmt;

/// <summary><c>Variable = Tape.Pop()</c>: puts back the value the matching <see cref="CodePush"/> kept.</summary>
internal sealed record CodePop(string Tape, string Variable, int Site) : CodeStmt;

/// <summary><c>Variable = Value</c> in the backward pass: undoes an exactly invertible update of an
/// integer (<c>i++</c> is undone by <c>i = i - 1</c>), so nothing needs to be kept for it.</summary>
internal sealed record CodeUndo(string Variable, Expr Value, int Site) : CodeStmt;

/// <summary>The forward loop: <c>while (Condition) { Body }</c>, or <c>do { Body } while (Condition);</c>.</summary>
internal sealed record CodeLoop(Expr Condition, ImmutableArray<CodeStmt> Body, bool TestFirst) : CodeStmt;

/// <summary>The backward loop: runs <see cref="Body"/> once per forward iteration, in reverse. With a
/// <see cref="Counter"/> it counts the iterations down to zero (<c>for (; n &gt; 0; n--)</c>); without
/// one it runs while <see cref="Condition"/> holds (a counted loop's own counter walking back to its start).</summary>
internal sealed record CodeReverseLoop(Expr Condition, string? Counter, ImmutableArray<CodeStmt> Body) : CodeStmt;

internal sealed record CodeIf(Expr Condition, ImmutableArray<CodeStmt> Then, ImmutableArray<CodeStmt> Else) : CodeStmt;

internal sealed record CodeReturn(Expr Value) : CodeStmt;

/// <summary><c>throw Exception;</c> in the forward pass (see <see cref="Throw"/>): the backward pass is never reached.</summary>
internal sealed record CodeThrow(string Exception) : CodeStmt;

/// <summary>
/// The tape's three locals (see <c>AutoDiffGen.Tape</c> in the runtime): the span, whose name the push and
/// pop statements carry, the index of its top, and the pooled array it grew into.
/// </summary>
internal sealed record TapeLocals(string Items, string Top, string Pool);

/// <summary>What the emitter needs to know of a generated local.</summary>
/// <param name="IsAdjoint">Adjoints start at zero; other hoisted locals start at <c>default</c>.</param>
internal sealed record LocalInfo(NumType Type, bool IsAdjoint);

/// <summary>A differentiated method body. <see cref="Locals"/> lists every variable the body may need
/// to declare; parameters and gradient outputs are not in it.</summary>
/// <param name="Tape">The tape's locals, when loops need one.</param>
/// <param name="ZeroedOutputs">The scalar <c>out</c> gradients to set to zero before the forward pass
/// (MGradient only; see <see cref="OutputAssignment"/>).</param>
internal sealed record GradientBody(ImmutableArray<CodeStmt> Statements, IReadOnlyDictionary<string, LocalInfo> Locals, TapeLocals? Tape,
    ImmutableArray<string> ZeroedOutputs);
