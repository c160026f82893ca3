using System;
using System.Globalization;
using System.IO;
using System.Linq;
using AutoDiffGen.Training;
using VanishingGradientsSample;

// Every number below is printed with the invariant culture, so the output is the same on every machine.
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;

// Optional arguments: the SVG path (default vanishing-gradients.svg in the current directory), the depth.
string svgPath = args.Length > 0 ? args[0] : "vanishing-gradients.svg";
int layers = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 20;
const int Width = 8, Batch = 32, Seed = 2026;

var results = Configuration.All
    .Select(c => (Configuration: c, Result: Experiment.Run(c, layers, Width, Batch, Seed)))
    .ToArray();

Console.WriteLine($"A chain of {layers} fully connected layers of width {Width}, squared-error loss averaged over {Batch} inputs.");
Console.WriteLine("‖∂loss/∂Wₗ‖ per layer (layer 1 is nearest the input; v: vanishing, below 1e-7; x: exploding, above 1e3):");
Console.WriteLine();
const int Column = 19;
Console.WriteLine("layer " + string.Concat(results.Select(r => r.Configuration.Name.PadLeft(Column))));
for (int l = 0; l < layers; l++)
{
    Console.WriteLine($"{l + 1,5} " + string.Concat(results.Select(r => Cell(r.Result.Health.Groups[l]).PadLeft(Column))));
}

Console.WriteLine();
Console.WriteLine($"{"",-17}{"first/last layer",18}{"vanishing",11}{"exploding",11}{"mean loss",11}");
foreach (var (configuration, (health, meanLoss)) in results)
{
    var groups = health.Groups;
    double ratio = groups[0].Norm / groups[^1].Norm;
    int vanishing = groups.Count(g => g.Flags.HasFlag(GradientHealthFlags.Vanishing));
    int exploding = groups.Count(g => g.Flags.HasFlag(GradientHealthFlags.Exploding));
    Console.WriteLine($"{configuration.Name,-17}{ratio,18:0.00e+00}{vanishing,11}{exploding,11}{meanLoss,11:G4}");
}

// The report behind one column, as GradientHealth prints it.
var (shown, (shownHealth, _)) = results.First(r => !r.Result.Health.IsHealthy);
Console.WriteLine();
Console.WriteLine($"GradientHealth report for \"{shown.Name}\":");
Console.Write(shownHealth.ToTable());

string svg = SvgPlot.Render(
    $"Gradient norm per layer, {layers} layers of width {Width}",
    "layer (1 = nearest the input)",
    "‖∂loss/∂W‖ (log scale)",
    results.Select(r => new Series(r.Configuration.Name, r.Configuration.Colour,
        r.Result.Health.Groups.Select(g => g.Norm).ToArray())).ToArray(),
    new[]
    {
        (GradientHealth.DefaultExplodingThreshold, "exploding above 1e3"),
        (GradientHealth.DefaultVanishingThreshold, "vanishing below 1e-7"),
    });
File.WriteAllText(svgPath, svg);
Console.WriteLine();
Console.WriteLine($"Plot written to {Path.GetFullPath(svgPath)}");

static string Cell(GradientGroupHealth g)
{
    string mark = g.Flags.HasFlag(GradientHealthFlags.Vanishing) ? " v"
        : g.Flags.HasFlag(GradientHealthFlags.Exploding) ? " x"
        : g.Flags.HasFlag(GradientHealthFlags.NonFinite) ? " !" : "  ";
    return g.Norm.ToString("0.00e+00", CultureInfo.InvariantCulture) + mark;
}
