using System;

namespace AutoDiffGen.Functional.Tests.Batching;

/// <summary>Minimal reproductions of batched-member bugs found by the random batch-program fuzz
/// (tests/AutoDiffGen.Generator.Tests/Fuzz/RandomBatchProgramTests.cs); one per bug.</summary>
public static partial class BatchRegressionFunctions
{
    // The parallel overload is not bit-identical to the span overload (docs/batching.md promises it is):
    // dY differs in the last bit for a few samples, also inside full 1024-sample chunks. Each chunk runs
    // the same kernels on the same samples, so the difference comes from the scratch buffers lying at other
    // addresses (another rented array, on another thread): TensorPrimitives.Sin/Cos on double apparently
    // do not give an element the same bits wherever it lies relative to the vector alignment (seen on an
    // AVX-512 machine). Which samples differ varies from run to run; the test tries many batch sizes.
    [Differentiable]
    public static double CosOfProduct([PerSample] double y, double w) => Math.Cos(w * y);
}
