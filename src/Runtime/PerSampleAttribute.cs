using System;

namespace AutoDiffGen;

/// <summary>
/// Marks a <c>double</c> or <c>float</c> parameter of a <see cref="DifferentiableAttribute"/> method as
/// one value per sample (a data point, a target). A method with at least one such parameter also gets
/// <c>MBatchGradient</c> and <c>MBatchBackward</c>: they take a <c>ReadOnlySpan</c> of samples for each
/// per-sample parameter, evaluate the method on every sample, and return the summed value and the summed
/// gradient of the shared parameters, computed on spans with <c>TensorPrimitives</c> kernels.
/// </summary>
/// <remarks>
/// Which parameters vary per sample is said explicitly, never guessed: every other parameter is shared
/// by all samples. A per-sample parameter without <see cref="NoDiffAttribute"/> also gets a per-sample
/// gradient span. See docs/batching.md.
/// </remarks>
[AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
public sealed class PerSampleAttribute : Attribute
{
}
