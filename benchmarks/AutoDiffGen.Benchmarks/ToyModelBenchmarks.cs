using BenchmarkDotNet.Attributes;

namespace AutoDiffGen.Benchmarks;

/// <summary>
/// One sample of the toy model: the forward loss, the generated gradient (both entry points) and a
/// hand-written gradient. Inputs are instance fields so the JIT cannot constant-fold them; every
/// output is summed into the return value so none of the work can be dropped as dead.
/// </summary>
[MemoryDiagnoser]
public class ToyModelBenchmarks
{
    private double _x = 0.5, _y = 1.0;
    private double _beta0 = 0.3, _omega0 = 1.2, _beta1 = -0.4, _omega1 = 0.8;
    private double _beta2 = 0.5, _omega2 = -0.7, _beta3 = 0.2, _omega3 = 1.5;

    [GlobalSetup]
    public void CheckGeneratedAgreesWithHandWritten() => GradientAgreement.Check();

    [Benchmark]
    public double Forward() =>
        ToyModel.Loss(_x, _y, _beta0, _omega0, _beta1, _omega1, _beta2, _omega2, _beta3, _omega3);

    [Benchmark]
    public double GeneratedGradient()
    {
        double loss = ToyModel.LossGradient(_x, _y, _beta0, _omega0, _beta1, _omega1, _beta2, _omega2, _beta3, _omega3,
            out double dBeta0, out double dOmega0, out double dBeta1, out double dOmega1,
            out double dBeta2, out double dOmega2, out double dBeta3, out double dOmega3);
        return loss + dBeta0 + dOmega0 + dBeta1 + dOmega1 + dBeta2 + dOmega2 + dBeta3 + dOmega3;
    }

    [Benchmark]
    public double GeneratedBackward()
    {
        double dBeta0 = 0, dOmega0 = 0, dBeta1 = 0, dOmega1 = 0, dBeta2 = 0, dOmega2 = 0, dBeta3 = 0, dOmega3 = 0;
        double loss = ToyModel.LossBackward(_x, _y, _beta0, _omega0, _beta1, _omega1, _beta2, _omega2, _beta3, _omega3, 1.0,
            ref dBeta0, ref dOmega0, ref dBeta1, ref dOmega1, ref dBeta2, ref dOmega2, ref dBeta3, ref dOmega3);
        return loss + dBeta0 + dOmega0 + dBeta1 + dOmega1 + dBeta2 + dOmega2 + dBeta3 + dOmega3;
    }

    [Benchmark(Baseline = true)]
    public double HandWrittenGradient()
    {
        double loss = HandWrittenToyGradient.Loss(_x, _y, _beta0, _omega0, _beta1, _omega1, _beta2, _omega2, _beta3, _omega3,
            out double dBeta0, out double dOmega0, out double dBeta1, out double dOmega1,
            out double dBeta2, out double dOmega2, out double dBeta3, out double dOmega3);
        return loss + dBeta0 + dOmega0 + dBeta1 + dOmega1 + dBeta2 + dOmega2 + dBeta3 + dOmega3;
    }
}
