using System;
using System.Diagnostics;
using System.Globalization;

namespace AutoDiffGen.Benchmarks;

/// <summary>
/// A cross-check for BenchmarkDotNet on a busy machine: BenchmarkDotNet times the methods one after
/// another, so load from other processes that comes and goes skews their ratios. Here the four methods
/// take turns in short rounds and each keeps its fastest round, which is the least disturbed one.
/// Run with: dotnet run -c Release --project benchmarks/AutoDiffGen.Benchmarks -- --interleaved
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
}
