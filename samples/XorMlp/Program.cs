using AutoDiffGen.Training;
using System;
using System.Diagnostics;
using System.Globalization;
using XorMlpSample;

CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

// XOR with a bias column: (x1, x2, 1) → x1 XOR x2.
double[] x =
{
    0, 0, 1,
    0, 1, 1,
    1, 0, 1,
    1, 1, 1,
};
double[] y = { 0, 1, 1, 0 };

// Optional arguments: seed, learning rate, steps. He initialisation from a fixed seed, so every run prints the same numbers.
int seed = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 3;
double rate = args.Length > 1 ? double.Parse(args[1], CultureInfo.InvariantCulture) : 0.05;
int steps = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 500;
var random = new Random(seed);
double[] w1 = new double[XorNetwork.Inputs * XorNetwork.Hidden];
double[] w2 = new double[XorNetwork.Hidden];
double[] b2 = new double[1];
Initializers.HeNormal<double>(w1, XorNetwork.Inputs, random);
Initializers.HeNormal<double>(w2, XorNetwork.Hidden, random);

double[] dW1 = new double[w1.Length], dW2 = new double[w2.Length], dB2 = new double[1];
var adamW1 = new Adam<double>(w1.Length, rate);
var adamW2 = new Adam<double>(w2.Length, rate);
var adamB2 = new Adam<double>(b2.Length, rate);

var clock = Stopwatch.StartNew();
double loss = 0;
for (int step = 1; step <= steps; step++)
{
    // The generated gradient: value and ∂loss/∂w1, ∂loss/∂w2, ∂loss/∂b2 in one call.
    loss = XorNetwork.LossGradient(w1, w2, b2, x, y, dW1, dW2, dB2);
    adamW1.Step(w1, dW1);
    adamW2.Step(w2, dW2);
    adamB2.Step(b2, dB2);
    if (step == 1 || step % (steps / 5) == 0) Console.WriteLine($"step {step,5}: loss {loss:F6}");
}
clock.Stop();

Console.WriteLine();
Console.WriteLine($"{steps} Adam steps in {clock.Elapsed.TotalMilliseconds:F0} ms. Predictions:");
Console.WriteLine("  x1  x2 | target | prediction | rounded");
double[] p = XorNetwork.Predict(w1, w2, b2, x);
bool allRight = true;
for (int i = 0; i < XorNetwork.Samples; i++)
{
    int rounded = p[i] >= 0.5 ? 1 : 0;
    allRight &= rounded == (int)y[i];
    Console.WriteLine($"  {x[3 * i],2}  {x[3 * i + 1],2} | {y[i],6} | {p[i],10:F4} | {rounded,7}");
}
Console.WriteLine(allRight ? "All four predictions are right." : "UNEXPECTED: some predictions are wrong.");
return allRight ? 0 : 1;
