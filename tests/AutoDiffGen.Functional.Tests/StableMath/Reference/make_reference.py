#!/usr/bin/env python3
"""Writes the mpmath reference data for the StableMath tests (double.csv, float.csv).

Run from this folder:  python3 make_reference.py   (needs only mpmath; deterministic, seeded).

Each reference is the mathematical definition evaluated with mpmath at 60 significant digits or more:
the precision is raised (60, 120, 240, ... digits) until two consecutive precisions agree to 1e-30
relative, so a cancellation inside a definition (1 - cos x at x = 1e-30) cannot go unnoticed. The
definitions use mpmath's log1p/expm1 where 1 + tiny would otherwise round away at any fixed
precision (log(1 + e^x) at x = -700). Derivatives are closed forms, cross-checked against
mpmath.diff at ordinary points before anything is written.

Row format (semicolon-separated):  function;inputs;exact;scale
  inputs, exact, scale: space-separated round-trip doubles (Python repr, 'inf', '-inf').
  exact is the reference rounded to the nearest double (subnormals rounded exactly).
  scale is the magnitude the error is measured against: |exact| for well-conditioned functions,
  larger where the function itself is ill-conditioned (documented per function below and in
  ../README.md). The tests allow 4 eps * scale (double) or 2 float ulps of scale (float).
"""
import math
import random
import struct

import mpmath
from mpmath import mp, mpf

MIN_NORMAL = 2.0 ** -1022
EPS = 2.0 ** -52


def to_double(v):
    """Nearest double to the mpf v (exact rounding also for subnormals; inf beyond DBL_MAX)."""
    if mpmath.isinf(v):
        return math.inf if v > 0 else -math.inf
    if v == 0:
        return 0.0
    if abs(v) < MIN_NORMAL:
        return float(mpmath.nint(v * mpf(2) ** 1074)) * 2.0 ** -1074
    with mp.workprec(200):
        return float(v)


def f32(x):
    """Nearest float32 to a Python float, as a Python float."""
    return struct.unpack('f', struct.pack('f', x))[0]


def fmt(x):
    return repr(float(x))


def agree(u, v):
    if mpmath.isinf(u) or mpmath.isinf(v) or u == 0 or v == 0:
        return u == v
    return abs(u - v) <= mpf('1e-30') * abs(u)


def evaluate(fn, args):
    """fn(*mpf args) -> list of mpf, at rising precision until two precisions agree."""
    prev = None
    for dps in (60, 120, 240, 480, 960, 1920):
        with mp.workdps(dps):
            cur = fn(*[mpf(a) for a in args])
        if prev is not None and all(agree(p, c) for p, c in zip(prev, cur)):
            return cur
        prev = cur
    raise RuntimeError(f'no agreement for {fn.__name__}{tuple(args)}')


# ---- definitions (each returns [value] or a vector; scale functions follow) ----
def sigmoid(x): return 1 / (1 + mpmath.exp(-x))

DEFS = {
    'Sigmoid': lambda x: [sigmoid(x)],
    'LogSigmoid': lambda x: [-mpmath.log1p(mpmath.exp(-x))],
    'Softplus': lambda x: [mpmath.log1p(mpmath.exp(x))],
    'SoftplusInverse': lambda x: [mpmath.log(mpmath.expm1(x))],
    'Log1p': lambda x: [mpmath.log1p(x)],
    'Expm1': lambda x: [mpmath.expm1(x)],
    'Exp': lambda x: [mpmath.exp(x)],
    'Log1mexp': lambda x: [mpmath.log1p(-mpmath.exp(x))],
    'LogCosh': lambda x: [mpmath.log(mpmath.cosh(x))],
    'Log1pSquare': lambda x: [mpmath.log1p(x * x)],
    'OneMinusCos': lambda x: [1 - mpmath.cos(x)],
    'Sinc': lambda x: [mpmath.sin(x) / x],
    'Sqrt1pm1': lambda x: [mpmath.sqrt(1 + x) - 1],
    'SigmoidDerivative': lambda x: [sigmoid(x) * sigmoid(-x)],
    'TanhDerivative': lambda x: [1 / mpmath.cosh(x) ** 2],
    # Beyond |x| = 1.5 the derivative is (cos x - sin x / x)/x, which has roots at tan x = x: scale by
    # its two terms there. Below, the Taylor branch must be relatively accurate: scale |exact|.
    'SincDerivative': lambda x: [(x * mpmath.cos(x) - mpmath.sin(x)) / (x * x),
                                 abs((x * mpmath.cos(x) - mpmath.sin(x)) / (x * x)) if abs(x) < 1.5
                                 else (abs(mpmath.cos(x)) + abs(mpmath.sin(x) / x)) / abs(x)],
    'Log1pSquareDerivative': lambda x: [2 * x / (1 + x * x)],
    'LogAddExp': lambda a, b: _logaddexp(a, b),
    # Scale: the two terms of the sum, plus the effect of rounding b - a (eps*|b - a|/2, amplified by
    # the derivative 1/expm1(a - b)): the function's own conditioning.
    'LogDiffExp': lambda a, b: [a + mpmath.log1p(-mpmath.exp(b - a)),
                                abs(a) + abs(mpmath.log1p(-mpmath.exp(b - a)))
                                + abs(b - a) / abs(mpmath.expm1(a - b))],
    'Xlogy': lambda x, y: [x * mpmath.log(y)],
    'Xlog1py': lambda x, y: [x * mpmath.log1p(y)],
    'Hypot': lambda x, y: [mpmath.sqrt(x * x + y * y)],
    'BinaryCrossEntropyWithLogits': lambda z, y: [y * mpmath.log1p(mpmath.exp(-z))
                                                  + (1 - y) * mpmath.log1p(mpmath.exp(z))],
    # LogAddExpPartial(a, LogAddExp(a, b)) = sigma(a - b) = exp(a - r); the r passed in carries
    # LogAddExp's rounding (eps*|r|/2), and a - r is rounded (eps*|a - r|/2): exp turns both
    # absolute errors into relative ones.
    'LogAddExpPartial': lambda a, b: [sigmoid(a - b), sigmoid(a - b) * max(1, abs(_logaddexp(a, b)[0]),
                                                                          abs(a - _logaddexp(a, b)[0]))],
}


def _logaddexp(a, b):
    m, n = (a, b) if a >= b else (b, a)
    t = n - m
    r = m + mpmath.log1p(mpmath.exp(t))
    # Ill-conditioned where r is near 0 but m is not: scale by the two terms of the sum, plus the
    # rounding of t = n - m (eps*|t|/2, times d log1p(e^t)/dt = sigma(t)).
    return [r, abs(m) + abs(r - m) + abs(t) * sigmoid(t)]


def _shifted(xs):
    i = max(range(len(xs)), key=lambda k: xs[k])
    m = xs[i]
    others = sum((mpmath.exp(x - m) for k, x in enumerate(xs) if k != i), mpf(0))
    return m, others


def _shift_rounding(xs, m, others):
    # Rounding each shifted argument t = x - m costs eps*|t|/2 relative in its exp term; weighted by
    # the term's share of the sum, that is what log1p(sum) inherits (the function's conditioning).
    return sum((mpmath.exp(x - m) * abs(x - m) for x in xs), mpf(0)) / (1 + others)


def logsumexp(*xs):
    m, others = _shifted(xs)
    lp = mpmath.log1p(others)
    return [m + lp, abs(m) + lp + _shift_rounding(xs, m, others)]


def softmax(*xs):
    m, others = _shifted(xs)
    total = 1 + others
    ys = [mpmath.exp(x - m) / total for x in xs]
    # Rounding the shifted argument x_i - m costs eps*|x_i - m|/2 relative: the function's conditioning.
    return ys + [y * max(1, abs(x - m)) for x, y in zip(xs, ys)]


def logsoftmax(*xs):
    m, others = _shifted(xs)
    lp = mpmath.log1p(others)
    rounding = _shift_rounding(xs, m, others)
    return [(x - m) - lp for x in xs] + [abs(x - m) + lp + rounding for x in xs]


def norm(*xs):
    return [mpmath.sqrt(sum((x * x for x in xs), mpf(0)))]


def norm_gradient(*xs):
    n = mpmath.sqrt(sum((x * x for x in xs), mpf(0)))
    return [x / n for x in xs]


VECTOR_DEFS = {'LogSumExp': logsumexp, 'Softmax': softmax, 'LogSoftmax': logsoftmax,
               'Norm': norm, 'NormGradient': norm_gradient}


def cross_check_derivatives():
    """The closed-form derivatives against mpmath.diff of the definitions, at ordinary points."""
    pairs = [('SigmoidDerivative', lambda x: sigmoid(x)), ('TanhDerivative', mpmath.tanh),
             ('SincDerivative', lambda x: mpmath.sin(x) / x),
             ('Log1pSquareDerivative', lambda x: mpmath.log1p(x * x))]
    with mp.workdps(60):
        for name, f in pairs:
            for x in (-17.5, -3.25, -0.7, 0.013, 0.5, 2.0, 4.4934, 11.0, 30.0):
                d = mpmath.diff(f, mpf(x))
                c = DEFS[name](mpf(x))[0]
                assert abs(d - c) <= mpf('1e-40') * abs(c), (name, x, d, c)
        for a, b in ((0.3, -1.2), (-5.0, 2.5), (10.0, 10.0)):
            d = mpmath.diff(lambda t: _logaddexp(t, mpf(b))[0], mpf(a))
            c = DEFS['LogAddExpPartial'](mpf(a), mpf(b))[0]
            assert abs(d - c) <= mpf('1e-40') * abs(c), ('LogAddExpPartial', a, b)


# ---- inputs ----
def logspace(lo, hi, n):
    return [10.0 ** (lo + (hi - lo) * k / (n - 1)) for k in range(n)]


MAGS = logspace(-30, 10, 200)


def exp_kernel_inputs():
    """Extra points for StableMath's table-driven exponential kernel (Exp, Expm1): the benchmark's range,
    both sides of each switch of the table index k near 0, the kernel's own limits (2^-54, 512), and the
    overflow / underflow thresholds. Its own generator, so the other functions' random inputs do not move."""
    krng = random.Random(12_2025)
    ln2 = math.log(2.0)
    xs = [krng.uniform(-5.0, 5.0) for _ in range(1000)]
    xs += [krng.uniform(-4 * ln2 / 128, 4 * ln2 / 128) for _ in range(300)]
    xs += [krng.choice((1.0, -1.0)) * 2.0 ** krng.uniform(-60, 0) for _ in range(300)]
    xs += [krng.uniform(-745.2, 709.8) for _ in range(200)]
    for k in range(1, 6):
        for sgn in (1.0, -1.0):
            c = sgn * (k - 0.5) * ln2 / 128
            xs += [math.nextafter(c, -math.inf), c, math.nextafter(c, math.inf), c * (1 + 1e-9), c * (1 - 1e-9)]
    for c in (2.0 ** -54, 512.0, ln2, 709.782712893384, 708.3964185322641, 745.1332191019411, 745.1332191019412):
        for sgn in (1.0, -1.0):
            v = sgn * c
            xs += [math.nextafter(v, -math.inf), v, math.nextafter(v, math.inf)]
    xs += [s * v for v in (5e-324, 2.2250738585072014e-308, 1e-300, 1e-17, 1e-10, 746.0, 800.0) for s in (1.0, -1.0)]
    return xs


def unary_inputs(name, rng):
    if name == 'Exp':
        return [[x] for x in [s * m for m in MAGS for s in (1.0, -1.0)] + exp_kernel_inputs()]
    both = [s * m for m in MAGS for s in (1.0, -1.0)]
    ordinary = [rng.uniform(-40.0, 40.0) for _ in range(100)]
    ln2 = math.log(2.0)
    if name in ('Log1p', 'Sqrt1pm1'):
        xs = MAGS + [-m for m in MAGS if m < 1] + [-1 + 2.0 ** -k for k in range(1, 53)] \
            + [x for x in ordinary if x > -1]
    elif name == 'Log1mexp':
        xs = [-m for m in MAGS] + [-abs(x) for x in ordinary if x != 0] \
            + [-ln2 * (1 + s * 10.0 ** -k) for k in range(1, 16) for s in (1, -1)]
    elif name == 'SoftplusInverse':
        near_root = [ln2 * (1 + s * 10.0 ** -k) for k in range(1, 16) for s in (1, -1)]
        near_root += [math.nextafter(ln2, 0), ln2, math.nextafter(ln2, 1), 0.35, 1.38]
        xs = MAGS + [abs(x) for x in ordinary] + near_root
    else:
        xs = both + ordinary
        if name in ('Expm1', 'Softplus', 'LogSigmoid', 'Sigmoid', 'SigmoidDerivative'):
            xs += [c + d for c in (-37.0, 18.0, 33.3, -ln2, ln2, 1e-5, -1e-5) for d in (-1e-9, 0.0, 1e-9)]
        if name == 'Expm1':
            xs += exp_kernel_inputs()
        if name in ('SincDerivative', 'Sinc'):
            xs += [c + d for c in (1e-4, 1.5, -1.5, 4.493409457909064) for d in (-1e-9, 0.0, 1e-9)]
    return [[x] for x in xs]


def signed_mag(rng, lo=-30.0, hi=10.0):
    return rng.choice((1.0, -1.0)) * 10.0 ** rng.uniform(lo, hi)


def binary_inputs(name, rng):
    out = []
    for _ in range(300):
        if name == 'LogAddExp' or name == 'LogAddExpPartial':
            out.append([signed_mag(rng), signed_mag(rng)])
        elif name == 'LogDiffExp':
            a, d = signed_mag(rng), 10.0 ** rng.uniform(-30, 10)
            b = a - d
            if b < a:
                out.append([a, b])
        elif name == 'Xlogy':
            out.append([signed_mag(rng), 10.0 ** rng.uniform(-30, 10)])
        elif name == 'Xlog1py':
            y = signed_mag(rng)
            out.append([signed_mag(rng), y if y > -1 else -1 / (1 - y)])
        elif name == 'Hypot':
            out.append([signed_mag(rng, -320, 308), signed_mag(rng, -320, 308)])
        elif name == 'BinaryCrossEntropyWithLogits':
            out.append([signed_mag(rng), rng.choice((0.0, 1.0, 0.5, rng.random(), rng.random()))])
    for _ in range(100):  # ordinary range, and close pairs
        a = rng.uniform(-50.0, 50.0)
        if name in ('LogAddExp', 'LogAddExpPartial', 'LogDiffExp'):
            b = a - 10.0 ** rng.uniform(-12, 2)
            out.append([a, b] if name == 'LogDiffExp' or rng.random() < 0.5 else [b, a])
        elif name == 'Xlogy':
            out.append([a, 10.0 ** rng.uniform(-3, 3)])
        elif name == 'Xlog1py':
            out.append([a, rng.uniform(-0.999, 50.0)])
        elif name == 'Hypot':
            out.append([a, rng.uniform(-50.0, 50.0)])
        else:
            out.append([a, rng.random()])
    if name in ('LogAddExp', 'LogAddExpPartial'):
        out += [[-0.5, -0.5], [3.0, 3.0], [-math.log(2.0), -math.log(2.0)]]
    return out


def vector_inputs(name, rng, lo_mag, hi_mag, spread):
    out = []
    for k in range(150):
        n = rng.randint(1, 8)
        mode = k % 3
        if name.startswith('Norm'):
            if mode == 0:
                xs = [signed_mag(rng) for _ in range(n)]
            else:
                e = rng.uniform(lo_mag, hi_mag)
                xs = [rng.choice((1.0, -1.0)) * 10.0 ** (e + rng.uniform(-3, 3)) for _ in range(n)]
        elif mode == 0:
            xs = [signed_mag(rng) for _ in range(n)]
        elif mode == 1:
            xs = [rng.uniform(-spread, spread) for _ in range(n)]
        else:
            c = rng.uniform(-spread, spread)
            xs = [c + rng.uniform(-40.0, 5.0) for _ in range(n)]
        out.append(xs)
    return out


UNARY = ['Sigmoid', 'LogSigmoid', 'Softplus', 'SoftplusInverse', 'Log1p', 'Expm1', 'Exp', 'Log1mexp',
         'LogCosh', 'Log1pSquare', 'OneMinusCos', 'Sinc', 'Sqrt1pm1', 'SigmoidDerivative',
         'TanhDerivative', 'SincDerivative', 'Log1pSquareDerivative']
BINARY = ['LogAddExp', 'LogDiffExp', 'Xlogy', 'Xlog1py', 'Hypot', 'BinaryCrossEntropyWithLogits',
          'LogAddExpPartial']


def rows_for(kind):
    rng = random.Random(4_2024 if kind == 'double' else 7_2024)
    conv = (lambda x: x) if kind == 'double' else f32
    rows = []

    def emit(name, args, fn, n_out):
        args = [conv(a) for a in args]
        if kind == 'float' and any(math.isinf(a) for a in args):
            return
        vals = evaluate(fn, args)
        exact, scale = vals[:n_out], vals[n_out:] or [abs(v) for v in vals[:n_out]]
        rows.append(';'.join([name, ' '.join(fmt(a) for a in args),
                              ' '.join(fmt(to_double(v)) for v in exact),
                              ' '.join(fmt(to_double(abs(s))) for s in scale)]))

    for name in UNARY:
        for args in unary_inputs(name, rng):
            if name in ('Sinc', 'SincDerivative') and args[0] == 0:
                continue
            emit(name, args, DEFS[name], 1)
    for name in BINARY:
        for args in binary_inputs(name, rng):
            if kind == 'float' and name == 'LogDiffExp' and not conv(args[1]) < conv(args[0]):
                continue
            emit(name, args, DEFS[name], 1)
    lo, hi, spread = (-320, 305, 800.0) if kind == 'double' else (-40, 35, 80.0)
    for name, fn in VECTOR_DEFS.items():
        for xs in vector_inputs(name, rng, lo, hi, spread):
            n_out = 1 if name in ('LogSumExp', 'Norm') else len(xs)
            emit(name, xs, fn, n_out)
    return rows


def main():
    cross_check_derivatives()
    for kind in ('double', 'float'):
        rows = rows_for(kind)
        with open(f'{kind}.csv', 'w', encoding='ascii', newline='\n') as f:
            f.write('# function;inputs;exact;scale  (make_reference.py, mpmath %s, >= 60 digits)\n' % mpmath.__version__)
            f.write('\n'.join(rows) + '\n')
        print(kind, len(rows), 'rows')


if __name__ == '__main__':
    main()
