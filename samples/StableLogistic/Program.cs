using System;
using System.Globalization;
using System.Linq;
using StableLogisticSample;

// Every number below is printed with the invariant culture, so the output is the same on every machine.
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;

// Which rewrites the generator applied cannot be asked at run time: it reports them at build time as
// info diagnostics (ADGEN10nn for catalogue entry Rnn) on the user's expressions, shown in the IDE's
// error list. For LogisticLoss.Loss the sigmoid (R01) and the two logs of it (R02, R04) end up inside
// one binary cross-entropy with logits: ADGEN1005 on the cross-entropy expression. LossAsWritten has
// none. The rewritten code is in
// obj/<Configuration>/net10.0/generated/AutoDiffGen.Generator/AutoDiffGen.Generator.DifferentiableGenerator/.

// Optional arguments: steps, learning rate. The rate is far above what the scale-1000 feature tolerates
// (about 2e-5), as it easily is when features are left unnormalised: the steps overshoot and logits pass
// 37, where p rounds to 1, after the first step; only a gradient that stays finite there keeps training.
double[] trueW = { 0.5, -0.02, 0.004 };
const double trueB = 0.5;
var data = Dataset.Generate(trueW, trueB, count: 200, labelNoise: 0.05, seed: 2026);
int steps = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 300;
double rate = args.Length > 1 ? double.Parse(args[1], CultureInfo.InvariantCulture) : 3e-4;
int every = Math.Max(1, steps / 6);

var generated = GradientDescent.Run(data, LogisticLoss.LossBackward, rate, steps, every);
var textbook = GradientDescent.Run(data, TextbookGradient.Backward, rate, steps, every);
var asWritten = GradientDescent.Run(data, LogisticLoss.LossAsWrittenBackward, rate, steps, every);

Console.WriteLine($"Logistic regression: {data.Y.Length} samples, features on scales {string.Join(", ", Dataset.Scales)} (not normalised),");
Console.WriteLine($"true w = ({Format(trueW)}), b = {trueB}; plain gradient descent, rate {rate}, {steps} steps.");
Console.WriteLine();
Console.WriteLine($"{"",6}  {"generated (default)",-22}  {"textbook hand-coded",-22}  {"generated, rewrites off",-22}");
Console.WriteLine($"{"step",6}  {"loss",10} {"|grad|",11}  {"loss",10} {"|grad|",11}  {"loss",10} {"|grad|",11}");
for (int k = 0; k < generated.History.Count; k++)
{
    Console.WriteLine($"{generated.History[k].Step,6}  {Cells(generated.History[k])}  {Cells(textbook.History[k])}  {Cells(asWritten.History[k])}");
}

Console.WriteLine();
Report("generated (default)", generated);
Report("textbook hand-coded", textbook);
Report("generated, rewrites off", asWritten);
Console.WriteLine($"{"(true weights)",-24} w = ({Format(trueW)}), b = {trueB:G4}, accuracy {data.Accuracy(trueW, trueB):P0}");
// Compared as products, not with Math.Sign, which throws on NaN.
bool signsRecovered = generated.W.Zip(trueW, (fitted, truth) => fitted * truth > 0).All(same => same);
Console.WriteLine();
Console.WriteLine(signsRecovered && generated.FirstNonFiniteStep is null
    ? $"The generated gradient trains: accuracy {data.Accuracy(generated.W, generated.B):P0} and the signs of the true weights recovered;"
    : "UNEXPECTED: the generated gradient did not recover the sign pattern of the true weights;");
Console.WriteLine($"the textbook gradient is NaN or ∞ from step {Describe(textbook.FirstNonFiniteStep)}, the rewrites-off one from step {Describe(asWritten.FirstNonFiniteStep)}.");

static string Cells(StepRecord r) => $"{r.MeanLoss,10:G4} {r.GradientNorm,11:G4}";

static string Format(double[] v) => string.Join(", ", v.Select(x => x.ToString("G4", CultureInfo.InvariantCulture)));

static string Describe(int? step) => step is int s ? s.ToString(CultureInfo.InvariantCulture) : "(never)";

// NaN weights classify every sample as 0 (NaN > 0 is false): an accuracy for them would be a count of zeros.
void Report(string name, TrainingRun run)
{
    bool finite = run.W.All(double.IsFinite) && double.IsFinite(run.B);
    string accuracy = finite ? data.Accuracy(run.W, run.B).ToString("P0", CultureInfo.InvariantCulture) : "-";
    Console.WriteLine($"{name,-24} w = ({Format(run.W)}), b = {run.B:G4}, accuracy {accuracy}");
}
