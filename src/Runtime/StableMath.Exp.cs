using System;
using System.Runtime.CompilerServices;

namespace AutoDiffGen;

/// <summary>
/// A table-driven exponential kernel (Tang's method; constants in StableMath.ExpTable.cs, written by
/// tools/make_exp_table.py) from which both eˣ and eˣ − 1 follow without cancellation:
/// <code>
/// x = k·ln2/N + r,  |r| ≤ ln2/(2N),  s = 2^(k/N) (a table entry scaled by a power of two)
/// eˣ     = s + s·t        t = (table tail) + p(r),  p(r) ≈ eʳ − 1
/// eˣ − 1 = (s − 1) + s·t
/// </code>
/// s − 1 is exact for s in [1/2, 2] (Sterbenz), and beyond that range |eˣ − 1| ≥ 1/2 so nothing cancels;
/// near 0 (k = 0) s − 1 = 0 and the result is p(r) = p(x) itself, which is relatively accurate because its
/// leading terms x + x²/2 are exact. So eˣ − 1 needs no branch on |x| &lt; ln 2.
/// </summary>
/// <remarks>
/// Why: generated code for R12 (<c>Math.Exp(x) - 1</c>) needs eˣ (the derivative) and eˣ − 1 (the value).
/// Taking eˣ from <c>Math.Exp</c> and eˣ − 1 from a branch on |x| (u − 1 above ln 2, a Padé approximant with
/// a division below) cost 1.5–1.6× the naive gradient: the branch is mispredicted on mixed inputs and the
/// exponential was computed twice in effect. Here both come from one reduction and one table look-up; both
/// inlined calls evaluate the same expressions of x, which the JIT computes once.
/// Only |x| ≥ 512, |x| &lt; 2⁻⁵⁴, ±∞ and NaN take a (well-predicted) branch to <c>Math.Exp</c> and the
/// previous expm1 formulas: there the scale 2^(k/N) could leave the normal range, and tiny x (±0 above all,
/// whose sign expm1 keeps) is exactly what the old near-zero formula handles.
/// </remarks>
public static partial class StableMath
{
    /// <summary>1.5·2⁵²: adding it rounds x·N/ln2 to an integer k that sits in the low bits of the sum.</summary>
    private const double ExpShift = 6755399441055744.0;

    /// <summary>Biased exponent of 2⁻⁵⁴: below it eˣ − 1 rounds to x.</summary>
    private const uint ExpKernelLowTop = 0x3C9;

    /// <summary>Biased exponent of 512: from it on, 2^(k/N) may not be a normal double.</summary>
    private const uint ExpKernelHighTop = 0x408;

    /// <summary>2⁻⁵⁴ ≤ |x| &lt; 512 (so not ±0, ±∞, NaN): one unsigned compare of the exponent bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool InExpKernelRange(double x) =>
        (uint)(BitConverter.DoubleToInt64Bits(x) >> 52 & 0x7FF) - ExpKernelLowTop < ExpKernelHighTop - ExpKernelLowTop;

    /// <summary>s = 2^(k/N) and t with eˣ ≈ s·(1 + t), for x in <see cref="InExpKernelRange"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double ExpKernel(double x, out double t)
    {
        double kd = x * ExpInvLn2N + ExpShift;
        long ki = BitConverter.DoubleToInt64Bits(kd);
        kd -= ExpShift;
        // k·Ln2HiN is exact (|k| < 2^17, Ln2HiN has 36 bits) and x − k·Ln2HiN exact by Sterbenz; k = 0 gives r = x.
        double r = x - kd * ExpLn2HiN - kd * ExpLn2LoN;
        int j = (int)ki & ((1 << ExpTableBits) - 1);
        // ki << (52 − log₂N) is k·2^(52−log₂N) mod 2⁶⁴ (the bits of ExpShift shift out): it adds ⌊k/N⌋ to the
        // exponent of the table entry, whose j·2^(52−log₂N) was subtracted when the table was written.
        double s = BitConverter.Int64BitsToDouble((long)ExpScaleBits[j] + (ki << (52 - ExpTableBits)));
        double r2 = r * r;
        double p = r + (r2 * (0.5 + r * ExpQ0) + r2 * r2 * (ExpQ1 + r * ExpQ2 + r2 * ExpQ3));
        t = BitConverter.Int64BitsToDouble((long)ExpTailBits[j]) + p;
        return s;
    }

    /// <summary>
    /// eˣ, as accurate as <c>Math.Exp</c> (within 0.52 ulp measured against mpmath), computed by the kernel
    /// that <see cref="Expm1FromExp(double, double)"/> and <see cref="Expm1(double)"/> share, so that code
    /// needing both eˣ and eˣ − 1 of the same x pays for one exponential.
    /// </summary>
    /// <returns>eˣ; +∞ above ln(DBL_MAX) ≈ 709.78, 0 below about −745.13, NaN for NaN.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Exp(double x)
    {
        if (!InExpKernelRange(x)) return Math.Exp(x);
        double s = ExpKernel(x, out double t);
        return s + s * t;
    }

    /// <inheritdoc cref="Exp(double)"/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float Exp(float x) => (float)Exp((double)x);
}
