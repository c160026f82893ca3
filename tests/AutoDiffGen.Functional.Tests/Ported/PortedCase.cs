using System;
using System.Numerics;

namespace AutoDiffGen.Functional.Tests.Ported;

/// <summary>
/// One ported function: how to call it, an optional re-write over Complex (same inputs, branches decided on
/// the real part) for the complex-step reference, and the points to check. Without a Complex re-write the
/// reference is Richardson-extrapolated central differences of the function itself.
/// </summary>
internal sealed record PortedCase(string Name, PortedInvoker Invoker, Func<Complex[], Complex>? Complex, params double[][] Points)
{
    /// <summary>A stability rewrite computes the value in another form: equal to within rounding, not bit for bit.</summary>
    public bool ValueRewritten { get; init; }

    /// <summary>Overrides the reference's relative tolerance, for long accumulations (the reason is given at the case).</summary>
    public double? RelTolerance { get; init; }
}
