using System;
using Xunit;
using F = AutoDiffGen.Functional.Tests.Loops.LoopFunctions;

namespace AutoDiffGen.Functional.Tests.Loops;

/// <summary>
/// A 100-step recurrence overflows the tape's 64-double stack buffer; the pooled continuation must still
/// leave the heap alone once the pool is warm.
/// </summary>
public class LoopAllocationTests
{
    private const int Calls = 1000;

    [Fact]
    public void HundredStepRecurrenceGradientAllocatesNothing()
    {
        double sink = F.SinRecurrenceGradient(0.7, 100, out double d); // warm-up: JIT, pool
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < Calls; i++)
        {
            sink += F.SinRecurrenceGradient(0.7 + i * 1e-4, 100, out d) + d;
        }
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(double.IsFinite(sink));
        Assert.Equal(0L, allocated);
    }
}
