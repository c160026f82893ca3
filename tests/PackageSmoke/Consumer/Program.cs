using System;
using System.Globalization;
using PackageSmoke;

// Exercises the members the packaged generator must add, against the closed-form derivatives
//   ∂f/∂x = sin y + y·exp(xy) + a²,   ∂f/∂y = x·cos y + x·exp(xy).
// Exit code 0 = the package works for a user; 1 = a wrong value or gradient.
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
const double Tolerance = 1e-12;
bool ok = true;

double x = 0.7, y = -1.3, a = 0.4;
double expectedValue = x * Math.Sin(y) + Math.Exp(x * y) + a * a * x;
double expectedDx = Math.Sin(y) + y * Math.Exp(x * y) + a * a;
double expectedDy = x * Math.Cos(y) + x * Math.Exp(x * y);

double value = Model.FGradient(x, y, a, out double dX, out double dY);
Check("FGradient value", value, expectedValue);
Check("FGradient dX", dX, expectedDx);
Check("FGradient dY", dY, expectedDy);

// Backward accumulates seed·gradient into what is already there.
double accX = 1.0, accY = -2.0, seed = 3.0;
double backwardValue = Model.FBackward(x, y, a, seed, ref accX, ref accY);
Check("FBackward value", backwardValue, expectedValue);
Check("FBackward dX", accX, 1.0 + seed * expectedDx);
Check("FBackward dY", accY, -2.0 + seed * expectedDy);

// The batched gradient over 3000 samples: Σ (w·x − 1)² and Σ 2(w·x − 1)·x.
double[] xs = new double[3000];
for (int i = 0; i < xs.Length; i++) xs[i] = Math.Sin(i);
double w = 0.8, expectedSum = 0, expectedDw = 0;
foreach (double s in xs)
{
    expectedSum += (w * s - 1) * (w * s - 1);
    expectedDw += 2 * (w * s - 1) * s;
}
double batchSum = Model.GBatchGradient(xs, w, out double dW);
Check("GBatchGradient", batchSum, expectedSum);
Check("GBatch dW", dW, expectedDw);

Console.WriteLine(ok ? "Package smoke test: OK" : "Package smoke test: FAILED");
return ok ? 0 : 1;

void Check(string what, double actual, double expected)
{
    double error = Math.Abs(actual - expected) / Math.Max(Math.Abs(expected), 1e-300);
    bool pass = error <= Tolerance;
    ok &= pass;
    Console.WriteLine($"{(pass ? "ok  " : "FAIL")} {what,-16} {actual,24:R}  expected {expected,24:R}  rel. error {error:0.0e+00}");
}
