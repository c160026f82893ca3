namespace AutoDiffGen.Generator.IR;

/// <summary>
/// A statement of the user's method, structured as written. Variables are mutable here; the
/// lowering stage turns them into single-assignment form. <see cref="Source"/> is the user's
/// statement text on one line, quoted in comments of the generated code.
/// </summary>
internal abstract record Stmt(string Source);

/// <summary><c>Target = Value</c>. Declarations with initialisers, compound assignments and
/// <c>++</c>/<c>--</c> all arrive in this form.</summary>
/// <param name="IsDeclaration">True where the variable comes into existence (its declaration);
/// false for a reassignment, whose old value the backward pass may need restored.</param>
internal sealed record Assign(string Source, string Target, Expr Value, bool IsDeclaration) : Stmt(Source);

/// <param name="IsRedo">The second run of a loop that a stability rewrite placed after the loop as written
/// (<c>Rewrites/LogSumExpRedo</c>): its formulas are the user's once more, so rewrites in it are reported
/// at the loop as written, not a second time.</param>
internal sealed record If(string Source, Expr Condition, EquatableArray<Stmt> Then, EquatableArray<Stmt> Else, bool IsRedo = false) : Stmt(Source);

internal sealed record Return(string Source, Expr Value) : Stmt(Source);

/// <summary>
/// <c>while (Condition) Body</c>, or <c>do Body while (Condition);</c> when <see cref="TestFirst"/> is false.
/// A <c>for</c> loop arrives as its initialisers (before the loop) and a body ending with its increments.
/// </summary>
internal sealed record Loop(string Source, Expr Condition, EquatableArray<Stmt> Body, bool TestFirst) : Stmt(Source);

/// <summary><c>break;</c> out of the innermost loop. Only between parsing and <c>LoopExits</c>, which
/// turns every loop exit into flags, so no later stage sees it.</summary>
internal sealed record Break(string Source) : Stmt(Source);

/// <summary><c>continue;</c> with the innermost loop. Only between parsing and <c>LoopExits</c>.</summary>
internal sealed record Continue(string Source) : Stmt(Source);

/// <summary><c>goto Label;</c> to a label later in an enclosing block. Only inside the parser: <c>LoopExits</c> turns it
/// into a flag that ends every loop it is in, and the block with the label skips what lies between.</summary>
internal sealed record Goto(string Source, string Label) : Stmt(Source);

/// <summary><c>T[] Name = new T[Length];</c>: a local array, never reassigned.</summary>
/// <param name="IsNested">Declared inside a loop or a branch: the generated code declares it once at the
/// top of the method and reuses it (see <c>ReverseMode.DeclareArrayCode</c>).</param>
internal sealed record DeclareArray(string Source, string Name, NumType ElementType, Expr Length, bool IsNested = false) : Stmt(Source);

/// <summary><c>Array[Index] = Value</c> for a local array. Compound element assignments and <c>++</c>
/// arrive in this form. <see cref="IsInitializer"/>: part of the array's initializer, writing over a
/// zero that nothing has read, so the backward pass has nothing to restore.</summary>
internal sealed record AssignElement(string Source, string Array, Expr Index, Expr Value, bool IsInitializer) : Stmt(Source);

/// <summary>
/// <c>Vec.F(inputs…, Output);</c>: a vector primitive of the runtime writing its result into a local array of
/// the method (<c>Vec.Relu(z, h);</c>). <see cref="Call"/> holds the inputs (without the output), which of
/// them have a gradient span in the pullback, and the pullback (<c>Vec.FBackward</c>). Never inside a loop,
/// and the output is written by nothing else and read by nothing before (checked by the parser), so its
/// values stay what the call wrote until the backward pass reaches the call.
/// </summary>
internal sealed record CallInto(string Source, Invoke Call, string Output) : Stmt(Source);

/// <summary><c>throw Exception;</c>, where <see cref="Exception"/> is the text of a passive expression
/// (<c>new global::System.InvalidOperationException()</c>). It ends the forward pass of its path: the
/// backward pass is never reached, so it has no adjoint code.</summary>
internal sealed record Throw(string Source, string Exception) : Stmt(Source);
