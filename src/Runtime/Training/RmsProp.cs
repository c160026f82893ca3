using System;
using System.Numerics;

namespace AutoDiffGen.Training;

/// <summary>
/// RMSProp (Tieleman &amp; Hinton 2012, Coursera lecture 6.5): s ← ρ·s + (1 − ρ)·g², θ ← θ − η·g / (√s + ε),
/// element-wise, with s starting at 0 (PyTorch's <c>RMSprop</c> without momentum or centring).
/// </summary>
/// <typeparam name="T"><see cref="double"/> or <see cref="float"/>.</typeparam>
public sealed class RmsProp<T> : Optimizer<T>
    where T : IFloatingPointIeee754<T>
{
    private readonly T[] meanSquare;
    private readonly T rho;
    private readonly T epsilon;

    /// <summary>Creates the optimiser with a zero mean square.</summary>
    /// <param name="parameterCount">The length of the buffers <see cref="Optimizer{T}.Step"/> will get; ≥ 0.</param>
    /// <param name="learningRate">η; finite and ≥ 0 (0.001 is a common start).</param>
    /// <param name="rho">The decay ρ of the mean square, in [0, 1); 0.9 as in the lecture.</param>
    /// <param name="epsilon">ε &gt; 0, added to √s so a zero gradient history does not divide by 0.</param>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of its range.</exception>
    public RmsProp(int parameterCount, double learningRate, double rho = 0.9, double epsilon = 1e-8)
        : base(parameterCount, learningRate)
    {
        Guard.UnitInterval(rho, nameof(rho));
        Guard.PositiveFinite(epsilon, nameof(epsilon));
        this.rho = T.CreateChecked(rho);
        this.epsilon = T.CreateChecked(epsilon);
        meanSquare = new T[parameterCount];
    }

    // One fused pass: the update reads and writes three buffers per element, and a chain of
    // TensorPrimitives calls would stream them several times and need a scratch buffer for g².
    private protected override void Update(Span<T> parameters, ReadOnlySpan<T> gradient)
    {
        T keep = T.One - rho;
        for (int i = 0; i < parameters.Length; i++)
        {
            T g = gradient[i];
            T s = rho * meanSquare[i] + keep * g * g;
            meanSquare[i] = s;
            parameters[i] -= Rate * g / (T.Sqrt(s) + epsilon);
        }
    }

    private protected override void ClearState() => Array.Clear(meanSquare);
}
