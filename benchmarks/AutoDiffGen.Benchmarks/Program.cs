using System;
using BenchmarkDotNet.Running;

namespace AutoDiffGen.Benchmarks;

public static class Program
{
    // dotnet run -c Release --project benchmarks/AutoDiffGen.Benchmarks -- --filter '*'
    // dotnet run -c Release --project benchmarks/AutoDiffGen.Benchmarks -- --interleaved   (see InterleavedTiming)
    // dotnet run -c Release --project benchmarks/AutoDiffGen.Benchmarks -- --filter '*GmmBenchmarks*' --job short   (ADBench GMM)
    // dotnet run -c Release --project benchmarks/AutoDiffGen.Benchmarks -- --interleaved gmm   (the same, interleaved rounds)
    // dotnet run -c Release --project benchmarks/AutoDiffGen.Benchmarks -- --filter '*StabilityCost*'   (stable vs naive forms, goal ≤ 1.2×)
    // dotnet run -c Release --project benchmarks/AutoDiffGen.Benchmarks -- --interleaved stability [Hypot Expm1 …]   (the same, interleaved rounds; optionally only the named pairs)
    // dotnet run -c Release --project benchmarks/AutoDiffGen.Benchmarks -- --filter '*Batch*' --job short   (batched toy gradient vs hand-written TensorPrimitives)
    // dotnet run -c Release --project benchmarks/AutoDiffGen.Benchmarks -- --filter '*MlpBenchmarks*' --job short   (MLP step: generated vs hand-written)
    public static void Main(string[] args)
    {
        // Fail fast, before any timing, if the two gradients being compared are not the same function.
        GradientAgreement.Check();
        Gmm.GmmAgreement.Check();
        if (args.Length == 1 && args[0] == "--interleaved")
        {
            InterleavedTiming.Run();
            return;
        }
        if (args.Length >= 2 && args[0] == "--interleaved")
        {
            if (args[1] == "gmm") InterleavedTiming.RunGmm();
            else if (args[1] == "stability") InterleavedTiming.RunStability(args[2..]);
            else Console.Error.WriteLine("--interleaved takes nothing, gmm or stability");
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
