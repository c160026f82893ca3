using System;
using System.Globalization;
using ToyModelSample;

// Every number below is printed with the invariant culture, so the output is the same on every machine.
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;

var truth = new ToyParameters(beta0: 0.3, omega0: 1.2, beta1: -0.4, omega1: 0.8,
    beta2: 0.5, omega2: -0.7, beta3: 0.2, omega3: 1.5);

Console.WriteLine("== 1. Value and gradient at one point ==");
GradientCheck.Run(x: 0.5, y: 1.0, at: truth);

Console.WriteLine();
Console.WriteLine("== 2. Fitting the eight parameters by gradient descent ==");
(double[] xs, double[] ys) = TrainingData.Generate(truth, count: 200, seed: 2026);
// Optional arguments: steps, learning rate, momentum.
// Start from the true parameters pushed 0.25–0.4 away in both directions.
var start = new ToyParameters(beta0: 0.3 - 0.3, omega0: 1.2 + 0.4, beta1: -0.4 + 0.25, omega1: 0.8 - 0.3,
    beta2: 0.5 + 0.3, omega2: -0.7 - 0.25, beta3: 0.2 - 0.35, omega3: 1.5 - 0.4);
int steps = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 40000;
double rate = args.Length > 1 ? double.Parse(args[1], CultureInfo.InvariantCulture) : 0.05;
double momentum = args.Length > 2 ? double.Parse(args[2], CultureInfo.InvariantCulture) : 0.95;
Fitting.Run(xs, ys, start, truth, learningRate: rate, momentum: momentum, steps: steps, reportEvery: Math.Max(1, steps / 10));
// β1 and ω2 enter the model only through ω2·exp(β1 + ω1·h1) = (ω2·e^β1)·exp(ω1·h1): a whole curve of
// parameters fits the data exactly, so the loss goes to ~0 without every parameter returning to its true value.
Console.WriteLine("The loss is exactly flat along ω2·e^β1 = constant and nearly flat in other directions for x in [-1, 1],");
Console.WriteLine("so a near-zero loss does not bring every parameter back to its true value.");

Console.WriteLine();
Console.WriteLine("== 3. Batch training on 100,000 samples with LossBatchBackward and Adam ==");
BatchTraining.Run(truth, start, samples: 100_000, steps: 500);

Console.WriteLine();
Console.WriteLine("== 4. The generated code ==");
Console.WriteLine("LossGradient, LossBackward, LossBatchGradient and LossBatchBackward are plain C#, written at build time to");
Console.WriteLine("  samples/ToyModel/obj/Debug/net10.0/generated/AutoDiffGen.Generator/AutoDiffGen.Generator.DifferentiableGenerator/ToyModelSample.ToyModel.Loss.g.cs");
Console.WriteLine("(EmitCompilerGeneratedFiles is on in ToyModel.csproj; with -c Release the path has Release instead of Debug.)");
