#!/usr/bin/env python3
"""Writes RandomProgramFunctions.cs and RandomProgramReferences.cs: seeded random straight-line and
branching programs (locals, reassignment, compound assignment, if/else, early returns, ternaries, Math
calls), each emitted twice from the same syntax tree -- once as a [Differentiable] double method, once as
a System.Numerics.Complex twin (branches decided on .Real) for the complex-step reference.
Re-run with the same seed to reproduce: python3 generate_random_programs.py"""
import random
import re

SEED = 20261122
COUNT = 60
rng = random.Random(SEED)

UNARY = [  # (double form, complex form); arguments kept inside each function's domain
    ("Math.Sin({0})", "Complex.Sin({0})"),
    ("Math.Cos({0})", "Complex.Cos({0})"),
    ("Math.Tanh({0})", "Complex.Tanh({0})"),
    ("Math.Sqrt(1 + {0} * {0})", "Complex.Sqrt(1 + {0} * {0})"),
    ("Math.Log(2 + {0} * {0})", "Complex.Log(2 + {0} * {0})"),
    ("Math.Exp(0.25 * Math.Sin({0}))", "Complex.Exp(0.25 * Complex.Sin({0}))"),
    ("Math.Atan({0})", "ComplexMath.Atan({0})"),
    ("Math.Abs({0})", "AbsC({0})"),
]

BINARY = [  # kink functions: the twins follow the generator's documented conventions at ties
    ("Math.Max({0}, {1})", "MaxC({0}, {1})"),
    ("Math.Min({0}, {1})", "MinC({0}, {1})"),
    ("Math.Pow(1.5 + Math.Sin({0}), {1})", "Complex.Pow(1.5 + Complex.Sin({0}), {1})"),
]


def const():
    return rng.choice(["0.5", "1.5", "2", "0.25", "3", "0.75", "1.25"])


def has_var(text):
    return re.search(r"\b[xv]\d+\b", text) is not None


class Gen:
    def __init__(self, params):
        self.vars = list(params)
        self.n = 0

    def expr(self, depth):
        if depth <= 0 or rng.random() < 0.25:
            if rng.random() < 0.8:
                v = rng.choice(self.vars)
                return v, v
            c = const()
            return c, c
        k = rng.random()
        a_d, a_c = self.expr(depth - 1)
        if k < 0.45:
            b_d, b_c = self.expr(depth - 1)
            op = rng.choice(["+", "-", "*"])
            return f"({a_d} {op} {b_d})", f"({a_c} {op} {b_c})"
        if k < 0.55:
            b_d, b_c = self.expr(depth - 1)
            return f"({a_d} / (1.5 + {b_d} * {b_d}))", f"({a_c} / (1.5 + {b_c} * {b_c}))"
        if k < 0.6:
            return f"(-{a_d})", f"(-{a_c})"
        if k < 0.68:
            b_d, b_c = self.expr(depth - 1)
            if b_d == a_d:
                # Known generator bug: Math.Max(x, x) emits `x > x`, warning CS1718, an error under
                # TreatWarningsAsErrors. Reported; avoided here so the rest of the corpus still builds.
                b_d, b_c = f"({b_d} + 0.5)", f"({b_c} + 0.5)"
            d, c = rng.choice(BINARY)
            return d.format(a_d, b_d), c.format(a_c, b_c)
        if k < 0.9:
            d, c = rng.choice(UNARY)
            return d.format(a_d), c.format(a_c)
        cd, cc = self.cond(depth - 1)
        b_d, b_c = self.expr(depth - 1)
        return f"({cd} ? {a_d} : {b_d})", f"({cc} ? (Complex)({a_c}) : (Complex)({b_c}))"

    def var_expr(self, depth):
        e_d, e_c = self.expr(depth)
        if not has_var(e_d):
            v = rng.choice(self.vars)
            e_d, e_c = f"({e_d} + {v})", f"({e_c} + {v})"
        return e_d, e_c

    def cond(self, depth):
        a_d, a_c = self.var_expr(min(depth, 1))
        op = rng.choice([">", "<", ">=", "<="])
        c = rng.choice(["0", "0.5", "-0.5", "1"])
        d, cc = f"{a_d} {op} {c}", f"{a_c}.Real {op} {c}"
        r = rng.random()
        if r < 0.15:
            e_d, e_c = self.cond(0)
            j = rng.choice(["&&", "||"])
            return f"({d} {j} {e_d})", f"({cc} {j} {e_c})"
        if r < 0.22:
            return f"!({d})", f"!({cc})"
        return d, cc

    def block(self, depth, indent, allow_return):
        lines_d, lines_c = [], []
        for _ in range(rng.randint(2, 4)):
            pad = "    " * indent
            r = rng.random()
            if r < 0.3:
                name = f"v{self.n}"
                self.n += 1
                e_d, e_c = self.var_expr(3)
                lines_d.append(f"{pad}double {name} = {e_d};")
                lines_c.append(f"{pad}Complex {name} = {e_c};")
                self.vars.append(name)
            elif r < 0.5:
                v = rng.choice(self.vars)
                e_d, e_c = self.expr(3)
                if e_d == v:  # x = x is a compiler warning (CS1717)
                    e_d, e_c = f"({v} * {v})", f"({v} * {v})"
                lines_d.append(f"{pad}{v} = {e_d};")
                lines_c.append(f"{pad}{v} = {e_c};")
            elif r < 0.58:
                v = rng.choice(self.vars)
                r2 = rng.random()
                if r2 < 0.5:
                    op = rng.choice(["++", "--"])
                    lines_d.append(f"{pad}{v}{op};")
                    lines_c.append(f"{pad}{v}{op};")
                else:
                    e_d, e_c = self.expr(2)
                    lines_d.append(f"{pad}{v} /= 1.5 + {e_d} * {e_d};")
                    lines_c.append(f"{pad}{v} /= 1.5 + {e_c} * {e_c};")
            elif r < 0.68:
                v = rng.choice(self.vars)
                op = rng.choice(["+=", "-=", "*="])
                e_d, e_c = self.expr(2)
                if op == "*=":
                    e_d, e_c = f"Math.Tanh({e_d})", f"Complex.Tanh({e_c})"
                lines_d.append(f"{pad}{v} {op} {e_d};")
                lines_c.append(f"{pad}{v} {op} {e_c};")
            elif r < 0.85 and depth > 0:
                c_d, c_c = self.cond(2)
                saved = list(self.vars)
                t_d, t_c = self.block(depth - 1, indent + 1, allow_return)
                self.vars = list(saved)
                lines_d += [f"{pad}if ({c_d})", f"{pad}{{"] + t_d + [f"{pad}}}"]
                lines_c += [f"{pad}if ({c_c})", f"{pad}{{"] + t_c + [f"{pad}}}"]
                if rng.random() < 0.6:
                    e_d, e_c = self.block(depth - 1, indent + 1, allow_return)
                    self.vars = list(saved)
                    lines_d += [f"{pad}else", f"{pad}{{"] + e_d + [f"{pad}}}"]
                    lines_c += [f"{pad}else", f"{pad}{{"] + e_c + [f"{pad}}}"]
            elif allow_return:
                c_d, c_c = self.cond(2)
                e_d, e_c = self.expr(3)
                lines_d.append(f"{pad}if ({c_d}) return {e_d};")
                lines_c.append(f"{pad}if ({c_c}) return {e_c};")
        return lines_d, lines_c


def program(i):
    k = rng.randint(1, 3)
    params = [f"x{j}" for j in range(k)]
    g = Gen(params)
    body_d, body_c = g.block(2, 2, True)
    e_d, e_c = g.expr(3)
    body_d.append(f"        return {e_d};")
    body_c.append(f"        return {e_c};")
    points = [[round(rng.uniform(-2, 2), 3) for _ in params] for _ in range(3)]
    return params, body_d, body_c, points


HEADER = "// <auto-generated> by Fuzz/generate_random_programs.py (seed {seed}); do not edit, re-run the script.\n"
progs = [program(i) for i in range(COUNT)]

with open("RandomProgramFunctions.cs", "w") as f:
    f.write(HEADER.format(seed=SEED))
    f.write("using System;\n\nnamespace AutoDiffGen.Functional.Tests.Fuzz;\n\n")
    f.write("/// <summary>Random branching programs; their Complex twins are in RandomProgramReferences.</summary>\n")
    f.write("public static partial class RandomProgramFunctions\n{\n")
    for i, (params, body_d, _, _) in enumerate(progs):
        sig = ", ".join(f"double {p}" for p in params)
        f.write(f"    [Differentiable]\n    public static double P{i:00}({sig})\n    {{\n")
        f.write("\n".join(body_d) + "\n    }\n\n")
    f.write("}\n")

with open("RandomProgramReferences.cs", "w") as f:
    f.write(HEADER.format(seed=SEED))
    f.write("using System.Collections.Generic;\nusing System.Numerics;\nusing AutoDiffGen.Functional.Tests.Reference;\n\n")
    f.write("namespace AutoDiffGen.Functional.Tests.Fuzz;\n\n")
    f.write("/// <summary>Complex twins of RandomProgramFunctions (same tree, branches on .Real) and their test points.</summary>\n")
    f.write("internal static class RandomProgramReferences\n{\n")
    f.write("    private static Complex AbsC(Complex z) => z.Real > 0 ? z : z.Real < 0 ? -z : Complex.Zero;\n\n")
    f.write("    private static Complex MaxC(Complex a, Complex b) => a.Real > b.Real ? a : a.Real < b.Real ? b : 0.5 * (a + b);\n\n")
    f.write("    private static Complex MinC(Complex a, Complex b) => a.Real < b.Real ? a : a.Real > b.Real ? b : 0.5 * (a + b);\n\n")
    for i, (params, _, body_c, _) in enumerate(progs):
        sig = ", ".join(f"Complex {p}" for p in params)
        f.write(f"    public static Complex P{i:00}({sig})\n    {{\n")
        f.write("\n".join(body_c) + "\n    }\n\n")
    f.write("    public static readonly IReadOnlyList<(string Name, System.Func<Complex[], Complex> Reference, double[][] Points)> All = new (string, System.Func<Complex[], Complex>, double[][])[]\n    {\n")
    for i, (params, _, _, points) in enumerate(progs):
        args = ", ".join(f"z[{j}]" for j in range(len(params)))
        pts = ", ".join("new[] { " + ", ".join(repr(float(v)) for v in p) + " }" for p in points)
        f.write(f"        (\"P{i:00}\", z => P{i:00}({args}), new[] {{ {pts} }}),\n")
    f.write("    };\n}\n")
