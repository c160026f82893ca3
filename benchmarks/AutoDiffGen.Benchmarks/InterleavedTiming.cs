using System;
using System.Diagnostics;
using System.Globalization;

namespace AutoDiffGen.Benchmarks;

/// <summary>
/// A cross-check for BenchmarkDotNet on a busy machine: BenchmarkDotNet times the methods one after
/// another, so load from other processes that comes and goes skews their ratios. Here the four methods
/// take turns in short rounds and each keeps its fastest round, which is the least disturbed one.
/// Run with: dotnet run -c Release --project benchmarks/AutoDiffGen.Benchmarks -- --interleaved
/// (the toy model) or <c>-- --interleaved gmm</c> (the ADBench GMM, both sizes).
/// </summary>
public static class InterleavedTiming
{
    private const int CallsPerRound = 2_000_000;
    private const int Rounds = 60;

    public static void Run()
    {
        var bench = new ToyModelBenchmarks();
        string[] methods = { "Forward", "GeneratedGradient", "GeneratedBackward", "HandWrittenGradient" };
        double[] best = new double[methods.Length];
        Array.Fill(best, double.PositiveInfinity);
        double sink = 0;

        for (int round = 0; round < Rounds; round++)
        {
            for (int m = 0; m < methods.Length; m++)
            {
                var clock = Stopwatch.StartNew();
                sink += Repeat(methods[m], bench);
                double nsPerCall = clock.Elapsed.TotalNanoseconds / CallsPerRound;
                // The first rounds include tiering up to optimised code; min() discards them.
                best[m] = Math.Min(best[m], nsPerCall);
            }
        }

        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(inv, $"Fastest of {Rounds} interleaved rounds of {CallsPerRound:N0} calls (checksum {sink:E3}):"));
        for (int m = 0; m < methods.Length; m++)
        {
            Console.WriteLine(string.Create(inv, $"  {methods[m],-20} {best[m],8:F2} ns"));
        }

        Console.WriteLine(string.Create(inv, $"  GeneratedGradient / HandWrittenGradient = {best[1] / best[3]:F2}"));
        Console.WriteLine(string.Create(inv, $"  GeneratedBackward / HandWrittenGradient = {best[2] / best[3]:F2}"));
        Console.WriteLine(string.Create(inv, $"  GeneratedGradient / Forward             = {best[1] / best[0]:F2}"));
        Console.WriteLine(string.Create(inv, $"  GeneratedBackward / Forward             = {best[2] / best[0]:F2}"));
    }

    // A direct call per method (not through the delegate) so the loop adds no indirect-call cost.
    private static double Repeat(string name, ToyModelBenchmarks bench)
    {
        double sum = 0;
        switch (name)
        {
            case "Forward":
                for (int i = 0; i < CallsPerRound; i++) sum += bench.Forward();
                break;
            case "GeneratedGradient":
                for (int i = 0; i < CallsPerRound; i++) sum += bench.GeneratedGradient();
                break;
            case "GeneratedBackward":
                for (int i = 0; i < CallsPerRound; i++) sum += bench.GeneratedBackward();
                break;
            default:
                for (int i = 0; i < CallsPerRound; i++) sum += bench.HandWrittenGradient();
                break;
        }

        return sum;
    }

    /// <summary>
    /// The GMM objective and its gradients in interleaved rounds, each keeping its fastest: the ratio
    /// GeneratedGradient / Objective that <see cref="Gmm.GmmBenchmarks"/> reports, robust to load that comes and goes.
    /// (A call takes 0.1–1.5 ms, so calling through a delegate costs nothing measurable.)
    /// </summary>
    public static void RunGmm()
    {
        var inv = CultureInfo.InvariantCulture;
        foreach (Gmm.GmmSize size in Gmm.GmmBenchmarks.Sizes)
        {
            var bench = new Gmm.GmmBenchmarks { Size = size };
            bench.Setup();
            (string Name, Func<double> Call)[] methods =
            {
                ("Objective", bench.Objective),
                ("HandWrittenObjective", bench.HandWrittenObjective),
                ("GeneratedGradient", bench.GeneratedGradient),
                ("HandWrittenGradient", bench.HandWrittenGradient),
            };
            double[] best = new double[methods.Length];
            Array.Fill(best, double.PositiveInfinity);
            double sink = 0;
            for (int round = 0; round < 300; round++)
            {
                for (int m = 0; m < methods.Length; m++)
                {
                    var clock = Stopwatch.StartNew();
                    for (int call = 0; call < 5; call++) sink += methods[m].Call();
                    best[m] = Math.Min(best[m], clock.Elapsed.TotalMicroseconds / 5);
                }
            }

            Console.WriteLine(string.Create(inv, $"GMM {size}: fastest of 300 interleaved rounds of 5 calls (checksum {sink:E3}):"));
            for (int m = 0; m < methods.Length; m++)
            {
                Console.WriteLine(string.Create(inv, $"  {methods[m].Name,-20} {best[m],9:F1} us   / Objective = {best[m] / best[0]:F2}"));
            }
        }
    }
}
