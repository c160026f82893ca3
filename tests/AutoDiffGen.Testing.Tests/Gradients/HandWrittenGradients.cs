namespace AutoDiffGen.Testing.Tests.Gradients;

/// <summary>
/// F(a, b) = a²·b with hand-written companions that follow the contract's names and signatures, each with
/// one deliberate mistake, so the checker has something to catch. Not [Differentiable]: the generator would
/// refuse to generate over existing members.
/// </summary>
public static class HandWrittenGradients
{
    public static double WrongB(double a, double b) => a * a * b;

    /// <summary>∂/∂b should be a²; a² + 0.01 is wrong by 0.01.</summary>
    public static double WrongBGradient(double a, double b, out double dA, out double dB)
    {
        dA = 2 * a * b;
        dB = a * a + 0.01;
        return WrongB(a, b);
    }

    public static double WrongBBackward(double a, double b, double seed, ref double dA, ref double dB)
    {
        dA += seed * 2 * a * b;
        dB += seed * (a * a + 0.01);
        return WrongB(a, b);
    }

    public static double Overwrites(double a, double b) => a * a * b;

    public static double OverwritesGradient(double a, double b, out double dA, out double dB)
    {
        dA = 2 * a * b;
        dB = a * a;
        return Overwrites(a, b);
    }

    /// <summary>Assigns instead of adding: correct on zeroed accumulators, wrong when summing over samples.</summary>
    public static double OverwritesBackward(double a, double b, double seed, ref double dA, ref double dB)
    {
        dA = seed * 2 * a * b;
        dB += seed * a * a;
        return Overwrites(a, b);
    }

    public static double IgnoresSeed(double a, double b) => a * a * b;

    public static double IgnoresSeedGradient(double a, double b, out double dA, out double dB)
    {
        dA = 2 * a * b;
        dB = a * a;
        return IgnoresSeed(a, b);
    }

    /// <summary>Forgets the seed for b: right with seed 1, wrong for a mean (seed 1/n) or a weight.</summary>
    public static double IgnoresSeedBackward(double a, double b, double seed, ref double dA, ref double dB)
    {
        dA += seed * 2 * a * b;
        dB += a * a;
        return IgnoresSeed(a, b);
    }
}
