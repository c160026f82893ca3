using System;
using System.IO;
using AutoDiffGen.Testing;
using PackageSmoke;

// Exit code 0 = the testing package works for a user: the generator (as analyzer) made FGradient, the
// gradient check passes, and the packed generator runs in-process for generated-code snapshots.
GradientCheckReport report = GradientChecker.For(typeof(Model), nameof(Model.F)).AssertAt(0.7, -1.3, 0.4);
Console.WriteLine(report);

GeneratedMethodCode code = GeneratedCode.For(Path.Combine(AppContext.BaseDirectory, "Model.cs.txt"), nameof(Model.F));
if (!code.Text.Contains("public static double FGradient(double x, double y, double a, out double dX, out double dY)", StringComparison.Ordinal))
{
    Console.Error.WriteLine("GeneratedCode.For did not return FGradient:\n" + code.Text);
    return 1;
}
Console.WriteLine("ok   GeneratedCode.For ran the packaged generator in-process");
return 0;
