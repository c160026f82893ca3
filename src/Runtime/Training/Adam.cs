using System;
using System.Numerics;

namespace AutoDiffGen.Training;

/// <summary>
/// Adam (Kingma &amp; Ba 2015, Algorithm 1), optionally with decoupled weight decay (AdamW, Loshchilov &amp;
/// Hutter 2019). At step t, element-wise:
/// m ← β₁·m + (1 − β₁)·g, v ← β₂·v + (1 − β₂)·g², m̂ = m / (1 − β₁ᵗ), v̂ = v / (1 − β₂ᵗ),
/// θ ← θ − η·λ·θ − η·m̂ / (√v̂ + ε).
/// </summary>
/// <remarks>
/// The bias correction makes the first step η·g / (|g| + ε) ≈ η·sign(g) whatever the scale of g. With λ = 0
/// (the default) this is Adam; with λ &gt; 0 the decay shrinks the weights directly instead of being added to
/// the gradient, as PyTorch's <c>AdamW</c> does. For a coupled L2 penalty use
/// <see cref="Regularization.AddL2Gradient{T}"/> on the gradient instead.
/// </remarks>
/// <typeparam name="T"><see cref="double"/> or <see cref="float"/>.</typeparam>
public sealed class Adam<T> : Optimizer<T>
    where T : IFloatingPointIeee754<T>
{
    private readonly T[] firstMoment;
    private readonly T[] secondMoment;
    private readonly T beta1;
    private readonly T beta2;
    private readonly T epsilon;
    private readonly T weightDecay;

    /// <summary>Creates the optimiser with zero moment estimates.</summary>
    /// <param name="parameterCount">The length of the buffers <see cref="Optimizer{T}.Step"/> will get; ≥ 0.</param>
    /// <param name="learningRate">η; finite and ≥ 0; the paper's default is 0.001.</param>
    /// <param name="beta1">β₁ in [0, 1), decay of the mean; 0.9 in the paper.</param>
    /// <param name="beta2">β₂ in [0, 1), decay of the uncentred variance; 0.999 in the paper.</param>
    /// <param name="epsilon">ε &gt; 0; 1e−8 in the paper.</param>
    /// <param name="weightDecay">λ ≥ 0, decoupled weight decay (AdamW); 0 for plain Adam.</param>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of its range.</exception>
    public Adam(int parameterCount, double learningRate = 0.001, double beta1 = 0.9, double beta2 = 0.999,
        double epsilon = 1e-8, double weightDecay = 0.0)
        : base(parameterCount, learningRate)
    {
        Guard.UnitInterval(beta1, nameof(beta1));
        Guard.UnitInterval(beta2, nameof(beta2));
        Guard.PositiveFinite(epsilon, nameof(epsilon));
        Guard.NonNegativeFinite(weightDecay, nameof(weightDecay));
        this.beta1 = T.CreateChecked(beta1);
        this.beta2 = T.CreateChecked(beta2);
        this.epsilon = T.CreateChecked(epsilon);
        this.weightDecay = T.CreateChecked(weightDecay);
        firstMoment = new T[parameterCount];
        secondMoment = new T[parameterCount];
    }

    // One fused pass over the four buffers (see RmsProp). The corrections are computed once per step;
    // √v̂ is written √v / √(1 − β₂ᵗ), the same value, as PyTorch does.
    private protected override void Update(Span<T> parameters, ReadOnlySpan<T> gradient)
    {
        T t = T.CreateChecked(StepCount);
        T meanScale = Rate / (T.One - T.Pow(beta1, t));
        T rootCorrection = T.Sqrt(T.One - T.Pow(beta2, t));
        T decay = T.One - Rate * weightDecay;
        T keep1 = T.One - beta1;
        T keep2 = T.One - beta2;
        for (int i = 0; i < parameters.Length; i++)
        {
            T g = gradient[i];
            T m = beta1 * firstMoment[i] + keep1 * g;
            T v = beta2 * secondMoment[i] + keep2 * g * g;
            firstMoment[i] = m;
            secondMoment[i] = v;
            parameters[i] = decay * parameters[i] - meanScale * m / (T.Sqrt(v) / rootCorrection + epsilon);
        }
    }

    private protected override void ClearState()
    {
        Array.Clear(firstMoment);
        Array.Clear(secondMoment);
    }
}
