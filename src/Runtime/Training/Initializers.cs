using System;
using System.Numerics;

namespace AutoDiffGen.Training;

/// <summary>
/// Random initial weights: the variance-preserving schemes of Glorot &amp; Bengio (2010) and He et al. (2015),
/// and the plain uniform and normal fills they are built on. Every method draws from the
/// <see cref="Random"/> it is given, so <c>new Random(seed)</c> makes the weights reproducible: the same seed
/// and the same sequence of calls give the same weights.
/// </summary>
/// <remarks>
/// For a layer y = W·x with W of shape fanOut × fanIn, <c>fanIn</c> is the number of inputs of one unit and
/// <c>fanOut</c> the number of units. Uniform draws are a·(2u − 1) with u from <see cref="Random.NextDouble"/>,
/// so they lie in [−a, a). Normal draws use the Box–Muller transform (both of its outputs), not a truncated
/// normal. Values are computed in <see cref="double"/> and rounded once to the element type.
/// </remarks>
public static class Initializers
{
    /// <summary>
    /// Glorot/Xavier uniform: U(−a, a) with a = √(6 / (fanIn + fanOut)), variance 2 / (fanIn + fanOut)
    /// (Glorot &amp; Bengio 2010, eq. 16). Suited to tanh and sigmoid layers.
    /// </summary>
    /// <typeparam name="T"><see cref="double"/> or <see cref="float"/>.</typeparam>
    /// <param name="weights">Overwritten with the draws.</param>
    /// <param name="fanIn">Inputs per unit; positive.</param>
    /// <param name="fanOut">Units of the layer; positive.</param>
    /// <param name="random">The source of randomness.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="fanIn"/> or <paramref name="fanOut"/> is not positive.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="random"/> is null.</exception>
    public static void XavierUniform<T>(Span<T> weights, int fanIn, int fanOut, Random random)
        where T : IFloatingPointIeee754<T>
    {
        Guard.Positive(fanIn, nameof(fanIn));
        Guard.Positive(fanOut, nameof(fanOut));
        FillUniform(weights, Math.Sqrt(6.0 / ((double)fanIn + fanOut)), random);
    }

    /// <summary>
    /// Glorot/Xavier normal: N(0, σ²) with σ² = 2 / (fanIn + fanOut), the variance of Glorot &amp; Bengio (2010),
    /// who draw uniformly.
    /// </summary>
    /// <inheritdoc cref="XavierUniform{T}(Span{T}, int, int, Random)" path="/*[not(self::summary)]"/>
    public static void XavierNormal<T>(Span<T> weights, int fanIn, int fanOut, Random random)
        where T : IFloatingPointIeee754<T>
    {
        Guard.Positive(fanIn, nameof(fanIn));
        Guard.Positive(fanOut, nameof(fanOut));
        FillNormal(weights, Math.Sqrt(2.0 / ((double)fanIn + fanOut)), random);
    }

    /// <summary>
    /// He/Kaiming uniform: U(−a, a) with a = √(6 / fanIn), variance 2 / fanIn (He et al. 2015, eq. 10).
    /// Suited to ReLU layers, which zero half of their inputs' variance.
    /// </summary>
    /// <typeparam name="T"><see cref="double"/> or <see cref="float"/>.</typeparam>
    /// <param name="weights">Overwritten with the draws.</param>
    /// <param name="fanIn">Inputs per unit; positive.</param>
    /// <param name="random">The source of randomness.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="fanIn"/> is not positive.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="random"/> is null.</exception>
    public static void HeUniform<T>(Span<T> weights, int fanIn, Random random)
        where T : IFloatingPointIeee754<T>
    {
        Guard.Positive(fanIn, nameof(fanIn));
        FillUniform(weights, Math.Sqrt(6.0 / fanIn), random);
    }

    /// <summary>He/Kaiming normal: N(0, σ²) with σ² = 2 / fanIn (He et al. 2015, eq. 10).</summary>
    /// <inheritdoc cref="HeUniform{T}(Span{T}, int, Random)" path="/*[not(self::summary)]"/>
    public static void HeNormal<T>(Span<T> weights, int fanIn, Random random)
        where T : IFloatingPointIeee754<T>
    {
        Guard.Positive(fanIn, nameof(fanIn));
        FillNormal(weights, Math.Sqrt(2.0 / fanIn), random);
    }

    /// <summary>U(−<paramref name="limit"/>, <paramref name="limit"/>): every weight a·(2u − 1), u uniform in [0, 1).</summary>
    /// <typeparam name="T"><see cref="double"/> or <see cref="float"/>.</typeparam>
    /// <param name="weights">Overwritten with the draws.</param>
    /// <param name="limit">The half-width a; finite and ≥ 0.</param>
    /// <param name="random">The source of randomness.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="limit"/> is negative, infinite or NaN.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="random"/> is null.</exception>
    public static void Uniform<T>(Span<T> weights, T limit, Random random)
        where T : IFloatingPointIeee754<T>
    {
        Guard.NonNegativeFinite(limit, nameof(limit));
        FillUniform(weights, double.CreateChecked(limit), random);
    }

    /// <summary>N(0, σ²) by Box–Muller, σ = <paramref name="standardDeviation"/>.</summary>
    /// <typeparam name="T"><see cref="double"/> or <see cref="float"/>.</typeparam>
    /// <param name="weights">Overwritten with the draws.</param>
    /// <param name="standardDeviation">σ; finite and ≥ 0.</param>
    /// <param name="random">The source of randomness.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="standardDeviation"/> is negative, infinite or NaN.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="random"/> is null.</exception>
    public static void Normal<T>(Span<T> weights, T standardDeviation, Random random)
        where T : IFloatingPointIeee754<T>
    {
        Guard.NonNegativeFinite(standardDeviation, nameof(standardDeviation));
        FillNormal(weights, double.CreateChecked(standardDeviation), random);
    }

    private static void FillUniform<T>(Span<T> weights, double limit, Random random)
        where T : IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(random);
        for (int i = 0; i < weights.Length; i++)
        {
            weights[i] = T.CreateChecked(limit * (2.0 * random.NextDouble() - 1.0));
        }
    }

    private static void FillNormal<T>(Span<T> weights, double standardDeviation, Random random)
        where T : IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(random);
        for (int i = 0; i < weights.Length; i += 2)
        {
            // Box–Muller: for u₁ in (0, 1] and u₂ in [0, 1), r·cos θ and r·sin θ with r = √(−2 ln u₁),
            // θ = 2π u₂ are two independent standard normals. 1 − NextDouble() keeps u₁ off 0, where ln is −∞.
            double radius = standardDeviation * Math.Sqrt(-2.0 * Math.Log(1.0 - random.NextDouble()));
            double angle = 2.0 * Math.PI * random.NextDouble();
            weights[i] = T.CreateChecked(radius * Math.Cos(angle));
            if (i + 1 < weights.Length)
            {
                weights[i + 1] = T.CreateChecked(radius * Math.Sin(angle));
            }
        }
    }
}
