using Xunit;
using L = AutoDiffGen.Functional.Tests.Stability.LogisticFunctions;
using S = AutoDiffGen.Functional.Tests.Stability.LogSpaceFunctions;

namespace AutoDiffGen.Functional.Tests.Stability;

/// <summary>
/// MBackward of rewritten methods adds seed · (catalogue derivative) into accumulators that are not zero,
/// and returns the stable value. Start values and seeds are chosen so the sums are exact in double.
/// </summary>
public class BackwardTests
{
    [Fact]
    public void LogSigmoid_through_a_local_at_minus_800()
    {
        // R02 table: value −800, derivative 1.
        double dX = 0.25;
        Assert.Equal(-800.0, L.LogSigmoidBackward(-800, -3.0, ref dX));
        Assert.Equal(0.25 - 3.0, dX);
    }

    [Fact]
    public void Cross_entropy_at_40_with_label_0()
    {
        // R05 table: value 40, d/dz 1.
        double dZ = 1.0;
        Assert.Equal(40.0, L.CrossEntropyBackward(40, 0, 0.5, ref dZ), 12);
        Assert.Equal(1.5, dZ, 12);
    }

    [Fact]
    public void LogAddExp_at_1000_1000()
    {
        // R06 table: value 1000.6931471805599, gradient [0.5, 0.5].
        double dA = -1.0, dB = 2.0;
        double v = S.LogAddExpBackward(1000, 1000, 4.0, ref dA, ref dB);
        Exact.Equal(1000.6931471805599, v, "LogAddExpBackward value", 1000);
        Exact.Equal(-1.0 + 4.0 * 0.5, dA, "dA", 1000);
        Exact.Equal(2.0 + 4.0 * 0.5, dB, "dB", 1000);
    }

    [Fact]
    public void Log1mexp_at_minus_1e_minus_20_twice()
    {
        // R13 table: derivative −1e20. Two calls accumulate.
        double dX = 0;
        S.Log1mexpBackward(-1e-20, 1.0, ref dX);
        S.Log1mexpBackward(-1e-20, 0.5, ref dX);
        Exact.Equal(-1.5e20, dX, "dX after two calls", -1e-20);
    }
}
