using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace AutoDiffGen.Generator.Tests.Fuzz;

/// <summary>
/// Writes a random, well-typed [Differentiable] method with [PerSample] parameters in the shapes the
/// batched members turn into span kernels: straight-line code and (nested) if/else, locals with
/// reassignment and compound assignment (declared with or without a value), ternaries, conditions on
/// per-sample values, on shared values and on both, Math and StableMath calls, shared-only
/// subexpressions and products of per-sample values. No loops, arrays, calls of other
/// [Differentiable] methods or early returns: those fall back to the scalar backward (ADGEN0031).
/// <para>
/// Inputs to Log/Sqrt/Pow are kept positive where the function is always taken
/// (<c>Math.Log(1.25 + v * v)</c>), and values stay moderate (Exp of a bounded value), so the scalar
/// gradient is finite. Some forms are deliberately guarded by a per-sample condition instead
/// (<c>y &gt; 0 ? Math.Log(y) : …</c>): their untaken side is NaN or infinite for some samples,
/// which the batch computes for the whole chunk and must select away, never multiply by a mask.
/// </para>
/// </summary>
internal sealed class RandomBatchProgram
{
    private readonly Random random;
    private readonly StringBuilder text = new();
    private readonly List<string> variables = new() { "x", "y", "w0", "w1", "w2" };
    private readonly HashSet<string> varying = new() { "x", "y" };
    private readonly HashSet<string> constructs = new();
    private int nextLocal;

    /// <summary>Assignments here run under a branch whose condition differs between samples.</summary>
    private bool underVaryingBranch;

    private RandomBatchProgram(int seed) => random = new Random(seed);

    /// <summary>Every construct a program may contain; each must show up in a run (see the tests).</summary>
    public static readonly string[] AllConstructs =
    {
        "local", "uninitialised local", "reassignment", "+=", "-=", "*=", "/=", "if", "else", "nested if",
        "per-sample condition", "shared condition", "mixed condition", "&& or ||", "ternary",
        "Sin", "Cos", "Exp", "Log", "Sqrt", "Tanh", "Abs", "Max", "Min", "Pow", "Pow with a computed exponent",
        "Softplus", "Sigmoid", "guarded Log", "guarded Sqrt", "guarded Pow", "guarded Log branch",
        "shared-only subexpression", "shared local", "per-sample product", "division",
    };

    /// <summary>The method's text and the constructs it contains.</summary>
    public static (string Text, IReadOnlySet<string> Constructs) Create(int seed, string name)
    {
        var p = new RandomBatchProgram(seed);
        p.text.AppendLine("    [global::AutoDiffGen.Differentiable]");
        p.text.AppendLine($"    public static double {name}([global::AutoDiffGen.PerSample, global::AutoDiffGen.NoDiff] double x, [global::AutoDiffGen.PerSample] double y, double w0, double w1, double w2)");
        p.text.AppendLine("    {");
        p.Statements(depth: 0, count: p.random.Next(2, 8), indent: "        ");
        // The result always depends on y and on the shared parameters somewhere, so dY and dW are rarely all zero.
        string final = p.Expression(3);
        if (p.random.Next(3) == 0) final = "(" + final + " + " + p.Pick(varyingOnly: true) + " * " + p.Pick(sharedOnly: true) + ")";
        p.text.AppendLine("        return " + final + ";");
        p.text.AppendLine("    }");
        return (p.text.ToString(), p.constructs);
    }

    private void Statements(int depth, int count, string indent)
    {
        for (int i = 0; i < count; i++)
        {
            // Branches nest at most three deep (kinds 4 and up are branches), so a program stays a few dozen lines.
            switch (random.Next(depth >= 3 ? 4 : depth >= 2 ? 5 : 9))
            {
                case 0:
                case 1:
                {
                    string local = "v" + nextLocal++;
                    string value = random.Next(4) == 0 ? Expression(2, sharedOnly: true) : random.Next(4) == 0 ? Literal() : Expression(3);
                    Emit(indent + "double " + local + " = " + value + ";");
                    constructs.Add("local");
                    Declare(local, value);
                    break;
                }
                case 2:
                {
                    string? target = PickLocal();
                    if (target is null) goto case 0;
                    string value = Expression(3);
                    Emit(indent + target + " = " + value + ";");
                    constructs.Add("reassignment");
                    Assigned(target, value);
                    break;
                }
                case 3:
                {
                    string? target = PickLocal();
                    if (target is null) goto case 0;
                    string op = new[] { "+=", "-=", "*=", "/=" }[random.Next(4)];
                    string value = op == "/=" ? "(1.5 + " + Square(Expression(2)) + ")" : op == "*=" && random.Next(2) == 0 ? "Math.Cos(" + Expression(2) + ")" : Expression(2);
                    Emit(indent + target + " " + op + " " + value + ";");
                    constructs.Add(op);
                    Assigned(target, value);
                    break;
                }
                case 4:
                    If(depth, indent);
                    break;
                case 5:
                {
                    // double v; if (c) v = …; else v = …; (assigned on both sides, never before)
                    string local = "v" + nextLocal++;
                    Emit(indent + "double " + local + ";");
                    string condition = Condition(out bool conditionVaries);
                    Emit(indent + "if (" + condition + ")");
                    string a = Expression(3), b = Expression(3);
                    Emit(indent + "    " + local + " = " + a + ";");
                    Emit(indent + "else");
                    Emit(indent + "    " + local + " = " + b + ";");
                    constructs.Add("uninitialised local");
                    constructs.Add("if");
                    constructs.Add("else");
                    Declare(local, conditionVaries || underVaryingBranch ? "x" : a + " " + b);
                    break;
                }
                case 6:
                {
                    // A branch whose taken side is safe and whose other side is NaN for some samples.
                    string local = "v" + nextLocal++;
                    string d = Pick(varyingOnly: true);
                    Emit(indent + "double " + local + " = " + Expression(2) + ";");
                    Declare(local, "x");
                    Emit(indent + "if (" + d + " > 0)");
                    Emit(indent + "{");
                    Emit(indent + "    " + local + " " + (random.Next(2) == 0 ? "+=" : "=") + " " + Expression(1) + " * Math.Log(" + d + ");");
                    Emit(indent + "}");
                    if (random.Next(2) == 0)
                    {
                        Emit(indent + "else");
                        Emit(indent + "{");
                        Emit(indent + "    " + local + " = " + Expression(2) + ";");
                        Emit(indent + "}");
                    }
                    constructs.Add("guarded Log branch");
                    constructs.Add("if");
                    break;
                }
                default:
                    If(depth, indent);
                    break;
            }
        }
    }

    private void If(int depth, string indent)
    {
        string condition = Condition(out bool varies);
        bool outer = underVaryingBranch;
        underVaryingBranch |= varies;
        int scope = variables.Count;
        Emit(indent + "if (" + condition + ")");
        Emit(indent + "{");
        constructs.Add("if");
        if (depth > 0) constructs.Add("nested if");
        Statements(depth + 1, random.Next(1, 4), indent + "    ");
        variables.RemoveRange(scope, variables.Count - scope);
        Emit(indent + "}");
        if (random.Next(2) == 0)
        {
            Emit(indent + "else");
            Emit(indent + "{");
            constructs.Add("else");
            Statements(depth + 1, random.Next(1, 4), indent + "    ");
            variables.RemoveRange(scope, variables.Count - scope);
            Emit(indent + "}");
        }
        underVaryingBranch = outer;
    }

    private void Emit(string line) => text.AppendLine(line);

    private void Declare(string local, string value)
    {
        variables.Add(local);
        Assigned(local, value);
    }

    /// <summary>A local assigned a per-sample value, or under a per-sample branch, differs between samples from then on.</summary>
    private void Assigned(string local, string value)
    {
        if (underVaryingBranch || Varies(value)) varying.Add(local);
    }

    private static readonly Regex Identifier = new(@"(?<![.\w])[a-z]\w*", RegexOptions.Compiled);

    private bool Varies(string expression) => Identifier.Matches(expression).Any(m => varying.Contains(m.Value));

    private string? PickLocal()
    {
        var locals = variables.Where(v => v.StartsWith('v')).ToList();
        return locals.Count == 0 ? null : locals[random.Next(locals.Count)];
    }

    private string Pick(bool sharedOnly = false, bool varyingOnly = false)
    {
        var candidates = variables.Where(v => sharedOnly ? !varying.Contains(v) : !varyingOnly || varying.Contains(v)).ToList();
        string pick = candidates[random.Next(candidates.Count)];
        if (sharedOnly && pick.StartsWith('v')) constructs.Add("shared local");
        return pick;
    }

    private string Condition(out bool varies, bool sharedOnly = false)
    {
        string c;
        switch (sharedOnly ? 0 : random.Next(6))
        {
            case 0:
                // Shared only: an ordinary if around the kernels.
                c = "(" + Expression(2, sharedOnly: true) + ") " + Comparison() + " (" + Expression(1, sharedOnly: true) + ")";
                break;
            case 1:
                // A per-sample value against a shared one.
                c = "(" + Pick(varyingOnly: true) + " * " + Pick(sharedOnly: true) + ") " + Comparison() + " (" + Expression(1, sharedOnly: true) + ")";
                break;
            case 2:
                // Both kinds of condition in one.
                c = "(" + Expression(1) + ") " + Comparison() + " " + Literal() + " " + (random.Next(2) == 0 ? "&&" : "||") + " (" + Expression(1, sharedOnly: true) + ") " + Comparison() + " 0";
                constructs.Add("&& or ||");
                break;
            default:
                c = "(" + Expression(2) + ") " + Comparison() + " (" + Expression(1) + ")";
                break;
        }
        if (random.Next(4) == 0) c = "!(" + c + ")";
        bool mentionsVarying = Varies(c);
        bool mentionsShared = Identifier.Matches(c).Any(m => variables.Contains(m.Value) && !varying.Contains(m.Value));
        constructs.Add(mentionsVarying && mentionsShared ? "mixed condition" : mentionsVarying ? "per-sample condition" : "shared condition");
        varies = mentionsVarying;
        return c;
    }

    private string Comparison() => new[] { "<", ">", "<=", ">=" }[random.Next(4)];

    private string Expression(int depth, bool sharedOnly = false)
    {
        if (depth == 0 || random.Next(5) == 0)
        {
            return random.Next(4) == 0 ? Literal() : Pick(sharedOnly);
        }

        string a = Expression(depth - 1, sharedOnly);
        string B() => Expression(depth - 1, sharedOnly);
        switch (random.Next(sharedOnly ? 21 : 25))
        {
            case 0: return "(" + a + " + " + B() + ")";
            case 1: return "(" + a + " - " + B() + ")";
            case 2: return "(" + a + " * " + B() + ")";
            case 3:
                constructs.Add("division");
                return "(" + a + " / (1.5 + " + Square(B()) + "))";
            case 4: return "(-" + a + ")";
            case 5:
                constructs.Add("Sin");
                return "Math.Sin(" + Periodic(a) + ")";
            case 6:
                constructs.Add("Cos");
                return "Math.Cos(" + Periodic(a) + ")";
            case 7:
                constructs.Add("Exp");
                return random.Next(2) == 0 ? "Math.Exp(Math.Sin(" + Periodic(a) + "))" : "Math.Exp(-" + Square(a) + ")";
            case 8:
                constructs.Add("Log");
                return "Math.Log(1.25 + " + Square(a) + ")";
            case 9:
                constructs.Add("Sqrt");
                return "Math.Sqrt(2.0 + " + Square(a) + ")";
            case 10:
                constructs.Add("Pow");
                if (random.Next(3) == 0)
                {
                    constructs.Add("Pow with a computed exponent");
                    return "Math.Pow(1.5 + " + Square(a) + ", Math.Sin(" + Periodic(B()) + "))";
                }
                return "Math.Pow(1.5 + " + Square(a) + ", " + Literal() + ")";
            case 11:
                constructs.Add("ternary");
                string condition = Condition(out _, sharedOnly);
                string b = B();
                // On a shared condition too, a side may be a bare y or local: its adjoint is then the first thing
                // the shared branch adds (Batching/BatchRegressionTests.Ternary_on_a_shared_condition_*).
                return "(" + condition + " ? " + a + " : " + b + ")";
            case 12:
                constructs.Add("Tanh");
                return "Math.Tanh(" + a + ")";
            case 13:
                constructs.Add("Abs");
                return "Math.Abs(" + a + ")";
            case 14:
                constructs.Add("Max");
                return "Math.Max(" + a + ", " + B() + ")";
            case 15:
                constructs.Add("Min");
                return "Math.Min(" + a + ", " + B() + ")";
            case 16:
                constructs.Add("Softplus");
                return "global::AutoDiffGen.StableMath.Softplus(" + a + ")";
            case 17:
                constructs.Add("Sigmoid");
                return "global::AutoDiffGen.StableMath.Sigmoid(" + a + ")";
            case 18:
            case 19:
            case 20:
                return "(" + a + " * " + Literal() + ")";
            case 21:
                // A subexpression of shared values only: a scalar inside the kernels.
                constructs.Add("shared-only subexpression");
                return "(" + a + (random.Next(2) == 0 ? " * " : " + ") + Expression(depth - 1, sharedOnly: true) + ")";
            case 22:
                constructs.Add("per-sample product");
                return "(" + Pick(varyingOnly: true) + " * " + Pick(varyingOnly: true) + (random.Next(2) == 0 ? " * " + a : "") + ")";
            default:
                return Guarded(a);
        }
    }

    /// <summary>A function whose argument is negative (or below its domain) for some samples, taken only where it is not.</summary>
    private string Guarded(string otherwise)
    {
        string d = Pick(varyingOnly: true);
        switch (random.Next(3))
        {
            case 0:
                constructs.Add("guarded Log");
                return random.Next(2) == 0
                    ? "(" + d + " > 0 ? Math.Log(" + d + ") : " + otherwise + ")"
                    : "(" + d + " <= 0 ? " + otherwise + " : " + Pick() + " * Math.Log(" + d + "))";
            case 1:
                constructs.Add("guarded Sqrt");
                return "(" + d + " > 0 ? Math.Sqrt(" + d + ") * " + Pick() + " : " + otherwise + ")";
            default:
                constructs.Add("guarded Pow");
                return "(" + d + " >= 0.5 ? Math.Pow(" + d + ", 1.5) : " + otherwise + ")";
        }
    }

    /// <summary>
    /// The argument of Sin or Cos: a parameter or a constant as it is, anything else through Tanh, into [-2.5, 2.5].
    /// Products of products can reach 10⁴, and sin there turns the last-bit difference between TensorPrimitives'
    /// kernels and System.Math into a relative difference of 10⁻¹² in the result: not the batch's error.
    /// </summary>
    private string Periodic(string a) => Regex.IsMatch(a, @"^(x|y|w\d|\d\.\d\d)$") ? a : "Math.Tanh(" + a + ") * 2.5";

    private static string Square(string e) => "(" + e + ") * (" + e + ")";

    private string Literal() => (0.25 + random.Next(12) * 0.25).ToString("0.00", CultureInfo.InvariantCulture);
}
