using System;
using System.Diagnostics;
using System.Globalization;
using System.Linq;

namespace AutoDiffGen.Benchmarks;

/// <summary>
/// A cross-check for BenchmarkDotNet on a busy machine: BenchmarkDotNet times the methods one after
/// another, so load from other processes that comes and goes skews their ratios. Here the four methods
/// take turns in short rounds and each keeps its fastest round, which is the least disturbed one.
/// Run with: dotnet run -c Release --project benchmarks/AutoDiffGen.Benchmarks -- --interleaved
/// (the toy model), <c>-- --interleaved gmm</c> (the ADBench GMM, both sizes) or <c>-- --interleaved stability</c>
/// (the stable/naive cost pairs).
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

    /// <summary>
    /// Each stability pair of <see cref="StabilityCostBenchmarks"/> (XNaive, XStable) in interleaved rounds,
    /// each keeping its fastest: the stable/naive cost ratio, robust to load that comes and goes.
    /// </summary>
    /// <param name="only">Pair names (<c>Hypot</c>, <c>LogSumExp</c>, …) to time; all pairs when empty.</param>
    public static void RunStability(string[] only)
    {
        var inv = CultureInfo.InvariantCulture;
        var bench = new StabilityCostBenchmarks();
        bench.CheckAgreement();
        var methods = typeof(StabilityCostBenchmarks).GetMethods()
            .Where(m => m.Name.EndsWith("Naive", StringComparison.Ordinal) && m.ReturnType == typeof(double))
            .Select(naive => (Name: naive.Name[..^"Naive".Length],
                Naive: naive.CreateDelegate<Func<double>>(bench),
                Stable: typeof(StabilityCostBenchmarks).GetMethod(naive.Name[..^"Naive".Length] + "Stable")!.CreateDelegate<Func<double>>(bench)))
            .Where(pair => only.Length == 0 || only.Contains(pair.Name))
            .ToArray();
        var best = new double[methods.Length, 2];
        for (int m = 0; m < methods.Length; m++) best[m, 0] = best[m, 1] = double.PositiveInfinity;
        double sink = 0;
        for (int round = 0; round < 200; round++)
        {
            for (int m = 0; m < methods.Length; m++)
            {
                for (int side = 0; side < 2; side++)
                {
                    Func<double> call = side == 0 ? methods[m].Naive : methods[m].Stable;
                    var clock = Stopwatch.StartNew();
                    for (int i = 0; i < 20; i++) sink += call();
                    best[m, side] = Math.Min(best[m, side], clock.Elapsed.TotalMicroseconds / 20);
                }
            }
        }

        Console.WriteLine(string.Create(inv, $"Stable vs naive generated gradients, fastest of 200 interleaved rounds of 20 calls (checksum {sink:E3}):"));
        for (int m = 0; m < methods.Length; m++)
        {
            Console.WriteLine(string.Create(inv,
                $"  {methods[m].Name,-20} naive {best[m, 0],8:F2} us   stable {best[m, 1],8:F2} us   stable/naive {best[m, 1] / best[m, 0]:F2}"));
        }
    }
}
