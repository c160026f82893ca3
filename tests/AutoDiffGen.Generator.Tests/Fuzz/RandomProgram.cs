using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace AutoDiffGen.Generator.Tests.Fuzz;

/// <summary>
/// Writes a random, well-typed [Differentiable] method (locals, reassignment, compound assignment,
/// if/else, ternaries, switch, early returns, for loops with break/continue/return inside, local
/// arrays with element reads and writes, calls, Math calls) and the same method over
/// System.Numerics.Complex, so complex-step differentiation gives an independent reference.
/// Inputs to Log/Sqrt/Pow are kept positive and denominators away from zero, so every program is
/// smooth at almost every point.
/// </summary>
internal sealed class RandomProgram
{
    private readonly Random random;
    private readonly List<string> variables = new() { "x0", "x1", "x2" };
    private readonly StringBuilder real = new();
    private readonly StringBuilder complex = new();
    private readonly List<string> arrays = new();
    private readonly List<string> counters = new();
    private int nextLocal;
    private bool inLoop;

    /// <summary>Inside a switch section a 'break' would leave the switch, not the loop: none are written there.</summary>
    private bool inSwitch;

    private RandomProgram(int seed) => random = new Random(seed);

    public const int Parameters = 3;

    /// <summary>(double method, Complex method) named <paramref name="name"/> and <paramref name="name"/>C.</summary>
    public static (string Real, string Complex) Create(int seed, string name)
    {
        var p = new RandomProgram(seed);
        p.real.AppendLine("    [global::AutoDiffGen.Differentiable]");
        p.real.AppendLine($"    public static double {name}(double x0, double x1, double x2)");
        p.real.AppendLine("    {");
        p.complex.AppendLine($"    public static Complex {name}C(Complex x0, Complex x1, Complex x2)");
        p.complex.AppendLine("    {");
        p.Statements(depth: 0, count: p.random.Next(2, 7), indent: "        ");
        string final = "        return " + p.Expression(3) + ";";
        p.real.AppendLine(Real(final));
        p.complex.AppendLine(final);
        p.real.AppendLine("    }");
        p.complex.AppendLine("    }");
        return (p.real.ToString(), Complex(p.complex.ToString()));
    }

    // Conditions are written with «…» around each compared value: the double version reads it as
    // (…), the complex version as Re(…) (its real part; Re is defined next to the programs).
    private static string Real(string text) => text.Replace("«", "(", StringComparison.Ordinal).Replace("»", ")", StringComparison.Ordinal);

    private static string Complex(string text) => text.Replace("«", "Re(", StringComparison.Ordinal).Replace("»", ")", StringComparison.Ordinal)
        .Replace("double ", "Complex ", StringComparison.Ordinal)
        .Replace("Math.", "Complex.", StringComparison.Ordinal)
        .Replace("Helper(", "HelperC(", StringComparison.Ordinal);

    /// <summary>A [Differentiable] callee every program may use (calls go through its generated Backward).</summary>
    public const string Helper = """
            [global::AutoDiffGen.Differentiable]
            public static double Helper(double a, double b)
            {
                if (a > b) return Math.Sin(a) * b;
                return a * Math.Exp(Math.Cos(b));
            }

            public static Complex HelperC(Complex a, Complex b)
            {
                if (a.Real > b.Real) return Complex.Sin(a) * b;
                return a * Complex.Exp(Complex.Cos(b));
            }

        """;

    private void Statements(int depth, int count, string indent)
    {
        for (int i = 0; i < count; i++)
        {
            int kind = random.Next(depth >= 2 ? 4 : 8);
            if (inLoop && random.Next(5) == 0) kind = 8; // a loop exit
            else if (!inSwitch && random.Next(depth == 0 ? 6 : 10) == 0) kind = 9; // a local array (in a loop or branch too)
            else if (arrays.Count > 0 && random.Next(4) == 0) kind = 10; // an element write
            else if (counters.Count > 0 && random.Next(8) == 0) kind = 11; // a switch
            else if (variables.Count >= 2 && random.Next(12) == 0) kind = 12; // a tuple assignment (a swap)
            else if (random.Next(14) == 0) kind = 13; // a local function with statements
            else if (!inSwitch && random.Next(14) == 0) kind = 14; // a forward goto over a block
            else if (!inSwitch && random.Next(12) == 0) kind = 15; // a sum or product in a loop, then its log or root
            switch (kind)
            {
                case 12:
                    int first = random.Next(variables.Count), second = (first + 1 + random.Next(variables.Count - 1)) % variables.Count;
                    Emit(indent + "(" + variables[first] + ", " + variables[second] + ") = (" + Expression(2) + ", " + Expression(2) + ");");
                    break;
                case 13:
                    string function = "f" + nextLocal++;
                    string outerRead = variables[random.Next(variables.Count)];
                    Emit(indent + "double " + function + "(double p)");
                    Emit(indent + "{");
                    Emit(indent + "    double q = p * " + outerRead + ";");
                    Emit(indent + "    if («q» > «p») q = Math.Sin(q);");
                    Emit(indent + "    return q * p + " + Literal() + ";");
                    Emit(indent + "}");
                    Emit(indent + Pick() + " = " + function + "(" + Expression(2) + ");");
                    break;
                case 14:
                    string label = "skip" + nextLocal++;
                    Emit(indent + "if (" + Condition() + ") goto " + label + ";");
                    Emit(indent + "{");
                    int gotoScope = variables.Count, gotoArrays = arrays.Count;
                    Statements(depth + 1, random.Next(1, 3), indent + "    ");
                    variables.RemoveRange(gotoScope, variables.Count - gotoScope);
                    arrays.RemoveRange(gotoArrays, arrays.Count - gotoArrays);
                    Emit(indent + "}");
                    Emit(indent + label + ": ;");
                    break;
                case 15:
                    // Log-sum-exp (R07), norm (R18) or log of a product (R16) summed in a loop: the rewrite runs the
                    // loop as written and, for these ordinary values, never again; a loop with a return or an array
                    // write inside streams or stays as written. The update comes first, so a break leaves a sum > 0.
                    string sum = "s" + nextLocal++, sumCounter = "k" + nextLocal++;
                    int form = random.Next(3);
                    Emit(indent + "double " + sum + " = " + (form == 2 ? "1" : "0") + ";");
                    Emit(indent + "for (int " + sumCounter + " = 0; " + sumCounter + " < " + random.Next(1, 5).ToString(CultureInfo.InvariantCulture) + "; " + sumCounter + "++)");
                    Emit(indent + "{");
                    string term = Expression(2);
                    Emit(indent + "    " + sum + (form switch
                    {
                        0 => " += Math.Exp(" + term + ");",
                        1 => " += " + Square(term) + ";",
                        _ => " *= 1.25 + " + Square(term) + ";",
                    }));
                    int sumScope = variables.Count, sumArrays = arrays.Count;
                    bool outsideLoop = inLoop;
                    inLoop = true;
                    counters.Add(sumCounter);
                    Statements(depth + 1, random.Next(0, 3), indent + "    ");
                    counters.RemoveAt(counters.Count - 1);
                    inLoop = outsideLoop;
                    variables.RemoveRange(sumScope, variables.Count - sumScope);
                    arrays.RemoveRange(sumArrays, arrays.Count - sumArrays);
                    Emit(indent + "}");
                    string read = "v" + nextLocal++;
                    Emit(indent + "double " + read + " = " + (form == 1 ? "Math.Sqrt(" : "Math.Log(") + sum + ");");
                    variables.Add(read);
                    break;
                case 8:
                    string exit = random.Next(3) switch { 0 when !inSwitch => "break;", 1 => "continue;", _ => "return " + Expression(2) + ";" };
                    Emit(indent + "if (" + Condition() + ") " + exit);
                    break;
                case 9:
                    string array = "a" + nextLocal++;
                    real.AppendLine(indent + "double[] " + array + " = new double[3];");
                    complex.AppendLine(indent + "Complex[] " + array + " = new Complex[3];");
                    arrays.Add(array);
                    break;
                case 10:
                    string target = arrays[random.Next(arrays.Count)] + "[" + Index() + "]";
                    Emit(indent + target + " " + new[] { "=", "+=", "*=" }[random.Next(3)] + " " + Expression(2) + ";");
                    break;
                case 11:
                    Emit(indent + "switch (" + counters[random.Next(counters.Count)] + " % 3)");
                    Emit(indent + "{");
                    bool outerSwitch = inSwitch;
                    inSwitch = true;
                    int switchScope = variables.Count;
                    Emit(indent + "    case 0:");
                    Statements(depth + 2, 1, indent + "        ");
                    variables.RemoveRange(switchScope, variables.Count - switchScope);
                    Emit(indent + "        break;");
                    Emit(indent + "    case 1:");
                    Emit(indent + "    case 2:");
                    Statements(depth + 2, 1, indent + "        ");
                    variables.RemoveRange(switchScope, variables.Count - switchScope);
                    Emit(indent + "        break;");
                    Emit(indent + "}");
                    inSwitch = outerSwitch;
                    break;
                case 0:
                case 1:
                    string local = "v" + nextLocal++;
                    // Some locals start from a constant: their adjoint then first appears inside a later
                    // loop or branch (the shape of a running power, pw *= x).
                    Emit(indent + "double " + local + " = " + (random.Next(3) == 0 ? Literal() : Expression(3)) + ";");
                    variables.Add(local);
                    break;
                case 2:
                    Emit(indent + Pick() + " = " + Expression(3) + ";");
                    break;
                case 3:
                    string op = new[] { "+=", "-=", "*=" }[random.Next(3)];
                    Emit(indent + Pick() + " " + op + " " + Expression(2) + ";");
                    break;
                case 4:
                case 5:
                    Emit(indent + "if (" + Condition() + ")");
                    Emit(indent + "{");
                    int scope = variables.Count, arrayScope = arrays.Count;
                    Statements(depth + 1, random.Next(1, 3), indent + "    ");
                    variables.RemoveRange(scope, variables.Count - scope);
                    arrays.RemoveRange(arrayScope, arrays.Count - arrayScope);
                    Emit(indent + "}");
                    if (random.Next(2) == 0)
                    {
                        Emit(indent + "else");
                        Emit(indent + "{");
                        Statements(depth + 1, random.Next(1, 3), indent + "    ");
                        variables.RemoveRange(scope, variables.Count - scope);
                        arrays.RemoveRange(arrayScope, arrays.Count - arrayScope);
                        Emit(indent + "}");
                    }
                    break;
                case 6 when !inLoop:
                    Emit(indent + "if (" + Condition() + ") return " + Expression(2) + ";");
                    break;
                default:
                    // A bounded loop: the trip count is a small constant or depends on a comparison.
                    string counter = "k" + nextLocal++;
                    string bound = random.Next(2) == 0 ? random.Next(0, 5).ToString(CultureInfo.InvariantCulture) : "(" + Condition() + " ? 3 : 1)";
                    Emit(indent + "for (int " + counter + " = 0; " + counter + " < " + bound + "; " + counter + "++)");
                    Emit(indent + "{");
                    int loopScope = variables.Count, loopArrays = arrays.Count;
                    bool outer = inLoop;
                    inLoop = true;
                    counters.Add(counter);
                    Statements(depth + 1, random.Next(1, 4), indent + "    ");
                    counters.RemoveAt(counters.Count - 1);
                    inLoop = outer;
                    variables.RemoveRange(loopScope, variables.Count - loopScope);
                    arrays.RemoveRange(loopArrays, arrays.Count - loopArrays);
                    Emit(indent + "}");
                    break;
            }
        }
    }

    private void Emit(string line)
    {
        real.AppendLine(Real(line));
        complex.AppendLine(line);
    }

    private string Pick() => arrays.Count > 0 && random.Next(5) == 0
        ? arrays[random.Next(arrays.Count)] + "[" + Index() + "]"
        : variables[random.Next(variables.Count)];

    /// <summary>A constant index, or one computed from a loop counter in scope: always 0, 1 or 2.</summary>
    private string Index() => counters.Count > 0 && random.Next(2) == 0
        ? "(" + counters[random.Next(counters.Count)] + " + " + random.Next(3).ToString(CultureInfo.InvariantCulture) + ") % 3"
        : random.Next(3).ToString(CultureInfo.InvariantCulture);

    private string Condition()
    {
        string c = "«" + Expression(2) + "» " + new[] { "<", ">", "<=", ">=" }[random.Next(4)] + " «" + Expression(1) + "»";
        return random.Next(4) == 0 ? "!(" + c + ")" : c;
    }

    private string Expression(int depth)
    {
        if (depth == 0 || random.Next(4) == 0)
        {
            return random.Next(4) == 0 ? Literal() : Pick();
        }

        string a = Expression(depth - 1);
        switch (random.Next(14))
        {
            case 0: return "(" + a + " + " + Expression(depth - 1) + ")";
            case 1: return "(" + a + " - " + Expression(depth - 1) + ")";
            case 2: return "(" + a + " * " + Expression(depth - 1) + ")";
            case 3: return "(" + a + " / (1.5 + " + Square(Expression(depth - 1)) + "))";
            case 4: return "(-" + a + ")";
            case 5: return "Math.Sin(" + a + ")";
            case 6: return "Math.Cos(" + a + ")";
            case 7: return "Math.Exp(Math.Sin(" + a + "))";
            case 8: return "Math.Log(1.25 + " + Square(a) + ")";
            case 9: return "Math.Sqrt(2.0 + " + Square(a) + ")";
            case 10: return "Math.Pow(1.5 + " + Square(a) + ", " + Literal() + ")";
            case 11: return "(" + Condition() + " ? " + a + " : " + Expression(depth - 1) + ")";
            case 12: return "Helper(" + a + ", " + Expression(depth - 1) + ")";
            default: return "(" + a + " * " + Literal() + ")";
        }
    }

    private static string Square(string e) => "(" + e + ") * (" + e + ")";

    private string Literal() => (0.25 + random.Next(12) * 0.25).ToString("0.00", CultureInfo.InvariantCulture);
}
