using System;
using Xunit;
using F = AutoDiffGen.Functional.Tests.Arrays.ArrayFunctions;

namespace AutoDiffGen.Functional.Tests.Arrays;

/// <summary>A 50-coefficient Horner gradient tapes 50 values of r; with caller-owned spans it must not allocate.</summary>
public class ArrayAllocationTests
{
    private const int Calls = 1000;

    [Fact]
    public void FiftyCoefficientHornerGradientAllocatesNothing()
    {
        var c = new double[50];
        for (int i = 0; i < c.Length; i++) c[i] = 1.0 / (i + 1);
        var dC = new double[c.Length];
        double sink = F.HornerGradient(c, 0.9, dC, out double dX); // warm-up
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < Calls; i++)
        {
            sink += F.HornerGradient(c, 0.9 + i * 1e-5, dC, out dX) + dX + dC[49];
        }
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(double.IsFinite(sink));
        Assert.Equal(0L, allocated);
    }
}
