using System;

namespace AutoDiffGen.Functional.Tests.Batching;

/// <summary>Minimal reproductions of batched-member bugs found by the random batch-program fuzz
/// (tests/AutoDiffGen.Generator.Tests/Fuzz/RandomBatchProgramTests.cs); one per bug.</summary>
public static partial class BatchRegressionFunctions
{
    // The parallel overload was not bit-identical to the span overload: dY differed in the last bit for a
    // few samples, also inside full 1024-sample chunks. TensorPrimitives.Sin/Cos on double round an element
    // differently depending on where it lies relative to the vector alignment, and the chunks' scratch
    // buffers lay at other addresses (another rented array, another thread). Fixed by BatchScratch: pinned,
    // 64-byte-aligned buffers. Which samples differed varied from run to run; the test tries many batch sizes.
    [Differentiable]
    public static double CosOfProduct([PerSample] double y, double w) => Math.Cos(w * y);
}
