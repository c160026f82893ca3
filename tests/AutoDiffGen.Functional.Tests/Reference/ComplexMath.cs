using System.Numerics;

namespace AutoDiffGen.Functional.Tests.Reference;

/// <summary>
/// Complex functions that are safe under a complex step, where System.Numerics.Complex is not.
/// Complex.Atan computes (i/2)(log(1 - iz) - log(1 + iz)); with Im z = 1e-20 the two log moduli round to
/// the same value and the step is lost. atan z = asin(z / sqrt(1 + z²)) keeps it (valid for real-near z).
/// ReferenceSelfTests checks every function used here against a hand-written derivative.
/// </summary>
internal static class ComplexMath
{
    public static Complex Atan(Complex z) => Complex.Asin(z / Complex.Sqrt(1 + z * z));
}
