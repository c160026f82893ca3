using System;
using System.Numerics;
using System.Numerics.Tensors;

namespace AutoDiffGen;

// Losses: mean squared error, binary cross-entropy with logits (both means over the elements) and softmax
// cross-entropy (one distribution, summed over its classes).
public static partial class Vec
{
    /// <summary>The mean squared error (1/n) Σ (predictionᵢ − targetᵢ)².</summary>
    /// <param name="prediction">The predictions.</param>
    /// <param name="target">The targets, same length.</param>
    /// <returns>The mean of the squared differences; NaN for empty spans (a mean of nothing).</returns>
    /// <exception cref="ArgumentException">The lengths differ.</exception>
    public static double MeanSquaredError(ReadOnlySpan<double> prediction, ReadOnlySpan<double> target) =>
        MeanSquaredErrorCore(prediction, target, 0.0, Span<double>.Empty, Span<double>.Empty);

    /// <inheritdoc cref="MeanSquaredError(ReadOnlySpan{double}, ReadOnlySpan{double})"/>
    public static float MeanSquaredError(ReadOnlySpan<float> prediction, ReadOnlySpan<float> target) =>
        MeanSquaredErrorCore(prediction, target, 0.0f, Span<float>.Empty, Span<float>.Empty);

    /// <summary>
    /// Returns <see cref="MeanSquaredError(ReadOnlySpan{double}, ReadOnlySpan{double})"/> and adds
    /// seed·2(pᵢ − tᵢ)/n into <paramref name="dPrediction"/> and its negative into <paramref name="dTarget"/>.
    /// </summary>
    /// <param name="prediction">The predictions.</param>
    /// <param name="target">The targets.</param>
    /// <param name="seed">The adjoint of the result.</param>
    /// <param name="dPrediction">Gradient accumulator of <paramref name="prediction"/>, or empty (not wanted).</param>
    /// <param name="dTarget">Gradient accumulator of <paramref name="target"/>, or empty (not wanted: data).</param>
    /// <returns>The mean squared error.</returns>
    /// <exception cref="ArgumentException">A length does not match.</exception>
    public static double MeanSquaredErrorBackward(ReadOnlySpan<double> prediction, ReadOnlySpan<double> target, double seed,
        Span<double> dPrediction, Span<double> dTarget) =>
        MeanSquaredErrorCore(prediction, target, seed, dPrediction, dTarget);

    /// <inheritdoc cref="MeanSquaredErrorBackward(ReadOnlySpan{double}, ReadOnlySpan{double}, double, Span{double}, Span{double})"/>
    public static float MeanSquaredErrorBackward(ReadOnlySpan<float> prediction, ReadOnlySpan<float> target, float seed,
        Span<float> dPrediction, Span<float> dTarget) =>
        MeanSquaredErrorCore(prediction, target, seed, dPrediction, dTarget);

    /// <summary>
    /// Binary cross-entropy of logits z against targets y in [0, 1], averaged over the elements:
    /// (1/n) Σ [max(zᵢ, 0) − zᵢ·yᵢ + log1p(exp(−|zᵢ|))], which equals −(1/n) Σ [yᵢ log σ(zᵢ) + (1 − yᵢ) log(1 − σ(zᵢ))]
    /// without ever forming σ(z) (finite for |z| = 1000, where the textbook form is ∞ or NaN).
    /// </summary>
    /// <param name="logits">The logits z (pre-sigmoid scores).</param>
    /// <param name="target">The targets y, same length; usually 0 or 1.</param>
    /// <returns>The mean loss; NaN for empty spans.</returns>
    /// <exception cref="ArgumentException">The lengths differ.</exception>
    public static double BinaryCrossEntropyWithLogits(ReadOnlySpan<double> logits, ReadOnlySpan<double> target) =>
        BinaryCrossEntropyCore(logits, target, 0.0, Span<double>.Empty, Span<double>.Empty);

    /// <inheritdoc cref="BinaryCrossEntropyWithLogits(ReadOnlySpan{double}, ReadOnlySpan{double})"/>
    public static float BinaryCrossEntropyWithLogits(ReadOnlySpan<float> logits, ReadOnlySpan<float> target) =>
        BinaryCrossEntropyCore(logits, target, 0.0f, Span<float>.Empty, Span<float>.Empty);

    /// <summary>
    /// Returns <see cref="BinaryCrossEntropyWithLogits(ReadOnlySpan{double}, ReadOnlySpan{double})"/> and adds
    /// seed·(σ(zᵢ) − yᵢ)/n into <paramref name="dLogits"/> and seed·(−zᵢ)/n into <paramref name="dTarget"/>.
    /// σ(z) − y is computed as (1 − y)·σ(z) − y·σ(−z), so a confident correct logit keeps its tiny gradient
    /// (e^−40, not the 0 of 1 − σ(40) rounded).
    /// </summary>
    /// <param name="logits">The logits.</param>
    /// <param name="target">The targets.</param>
    /// <param name="seed">The adjoint of the result.</param>
    /// <param name="dLogits">Gradient accumulator of <paramref name="logits"/>, or empty (not wanted).</param>
    /// <param name="dTarget">Gradient accumulator of <paramref name="target"/>, or empty (not wanted: data).</param>
    /// <returns>The mean loss.</returns>
    /// <exception cref="ArgumentException">A length does not match.</exception>
    public static double BinaryCrossEntropyWithLogitsBackward(ReadOnlySpan<double> logits, ReadOnlySpan<double> target, double seed,
        Span<double> dLogits, Span<double> dTarget) =>
        BinaryCrossEntropyCore(logits, target, seed, dLogits, dTarget);

    /// <inheritdoc cref="BinaryCrossEntropyWithLogitsBackward(ReadOnlySpan{double}, ReadOnlySpan{double}, double, Span{double}, Span{double})"/>
    public static float BinaryCrossEntropyWithLogitsBackward(ReadOnlySpan<float> logits, ReadOnlySpan<float> target, float seed,
        Span<float> dLogits, Span<float> dTarget) =>
        BinaryCrossEntropyCore(logits, target, seed, dLogits, dTarget);

    /// <summary>
    /// Softmax cross-entropy of one distribution: −Σ targetᵢ · log softmax(logits)ᵢ, with the log-softmax
    /// max-shifted (<see cref="LogSoftmax(ReadOnlySpan{double}, Span{double})"/>). The target is a probability
    /// vector (one-hot for a class label); it is not checked to sum to 1.
    /// </summary>
    /// <param name="logits">The logits z; finite (a −∞ logit with target 0 gives 0·∞ = NaN).</param>
    /// <param name="target">The target probabilities, same length.</param>
    /// <returns>The loss, summed over the classes (one sample); 0 for empty spans.</returns>
    /// <exception cref="ArgumentException">The lengths differ.</exception>
    public static double SoftmaxCrossEntropy(ReadOnlySpan<double> logits, ReadOnlySpan<double> target) =>
        SoftmaxCrossEntropyCore(logits, target, 0.0, Span<double>.Empty, Span<double>.Empty);

    /// <inheritdoc cref="SoftmaxCrossEntropy(ReadOnlySpan{double}, ReadOnlySpan{double})"/>
    public static float SoftmaxCrossEntropy(ReadOnlySpan<float> logits, ReadOnlySpan<float> target) =>
        SoftmaxCrossEntropyCore(logits, target, 0.0f, Span<float>.Empty, Span<float>.Empty);

    /// <summary>
    /// Returns <see cref="SoftmaxCrossEntropy(ReadOnlySpan{double}, ReadOnlySpan{double})"/> and adds
    /// seed·(softmax(z)ᵢ·Σⱼ targetⱼ − targetᵢ) into <paramref name="dLogits"/> and seed·(−log softmax(z)ᵢ) into
    /// <paramref name="dTarget"/>.
    /// </summary>
    /// <param name="logits">The logits.</param>
    /// <param name="target">The target probabilities.</param>
    /// <param name="seed">The adjoint of the result.</param>
    /// <param name="dLogits">Gradient accumulator of <paramref name="logits"/>, or empty (not wanted).</param>
    /// <param name="dTarget">Gradient accumulator of <paramref name="target"/>, or empty (not wanted: data).</param>
    /// <returns>The loss.</returns>
    /// <exception cref="ArgumentException">A length does not match.</exception>
    public static double SoftmaxCrossEntropyBackward(ReadOnlySpan<double> logits, ReadOnlySpan<double> target, double seed,
        Span<double> dLogits, Span<double> dTarget) =>
        SoftmaxCrossEntropyCore(logits, target, seed, dLogits, dTarget);

    /// <inheritdoc cref="SoftmaxCrossEntropyBackward(ReadOnlySpan{double}, ReadOnlySpan{double}, double, Span{double}, Span{double})"/>
    public static float SoftmaxCrossEntropyBackward(ReadOnlySpan<float> logits, ReadOnlySpan<float> target, float seed,
        Span<float> dLogits, Span<float> dTarget) =>
        SoftmaxCrossEntropyCore(logits, target, seed, dLogits, dTarget);

    /// <summary>The forward (empty gradients) and the pullback share one pass: the difference vector serves both.</summary>
    private static T MeanSquaredErrorCore<T>(ReadOnlySpan<T> prediction, ReadOnlySpan<T> target, T seed, Span<T> dPrediction, Span<T> dTarget)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        int n = prediction.Length;
        CheckLength(n, target.Length, nameof(target));
        bool wantP = Wanted(dPrediction, n, nameof(dPrediction));
        bool wantT = Wanted(dTarget, n, nameof(dTarget));
        if (n == 0)
        {
            return T.NaN;
        }

        T[]? rented = null;
        Span<T> difference = n <= StackElements ? stackalloc T[n] : Rent(n, out rented);
        TensorPrimitives.Subtract(prediction, target, difference);
        T value = TensorPrimitives.Dot<T>(difference, difference) / Count<T>(n);
        T scale = seed * (T.One + T.One) / Count<T>(n);
        if (wantP)
        {
            TensorPrimitives.MultiplyAdd(difference, scale, dPrediction, dPrediction);
        }

        if (wantT)
        {
            TensorPrimitives.MultiplyAdd(difference, -scale, dTarget, dTarget);
        }

        Return(rented);
        return value;
    }

    private static T BinaryCrossEntropyCore<T>(ReadOnlySpan<T> logits, ReadOnlySpan<T> target, T seed, Span<T> dLogits, Span<T> dTarget)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        int n = logits.Length;
        CheckLength(n, target.Length, nameof(target));
        bool wantZ = Wanted(dLogits, n, nameof(dLogits));
        bool wantY = Wanted(dTarget, n, nameof(dTarget));
        if (n == 0)
        {
            return T.NaN;
        }

        T[]? rentedA = null, rentedB = null, rentedC = null, rentedD = null;
        Span<T> a = n <= StackElements ? stackalloc T[n] : Rent(n, out rentedA);
        Span<T> b = n <= StackElements ? stackalloc T[n] : Rent(n, out rentedB);
        Span<T> c = n <= StackElements ? stackalloc T[n] : Rent(n, out rentedC);
        Span<T> d = n <= StackElements ? stackalloc T[n] : Rent(n, out rentedD);

        // max(z, 0) − z·y per element (exact for y ∈ {0, 1}: no cancellation across elements), plus log1p(e^−|z|).
        TensorPrimitives.Max(logits, T.Zero, a);
        TensorPrimitives.Multiply(logits, target, b);
        TensorPrimitives.Subtract(a, b, a);
        TensorPrimitives.Abs(logits, b);
        TensorPrimitives.Negate(b, b);
        TensorPrimitives.Exp(b, b);
        Log1pInPlace(b, c, d);
        TensorPrimitives.Add(a, b, a);
        T value = TensorPrimitives.Sum<T>(a) / Count<T>(n);

        T scale = seed / Count<T>(n);
        if (wantZ)
        {
            // σ(z) − y = (1 − y)·σ(z) − y·σ(−z): each term keeps its relative accuracy.
            TensorPrimitives.Sigmoid(logits, a);
            TensorPrimitives.Subtract(T.One, target, b);
            TensorPrimitives.Multiply(a, b, a);
            TensorPrimitives.Negate(logits, b);
            TensorPrimitives.Sigmoid(b, b);
            TensorPrimitives.Multiply(b, target, b);
            TensorPrimitives.Subtract(a, b, a);
            TensorPrimitives.MultiplyAdd(a, scale, dLogits, dLogits);
        }

        if (wantY)
        {
            TensorPrimitives.MultiplyAdd(logits, -scale, dTarget, dTarget);
        }

        Return(rentedA);
        Return(rentedB);
        Return(rentedC);
        Return(rentedD);
        return value;
    }

    private static T SoftmaxCrossEntropyCore<T>(ReadOnlySpan<T> logits, ReadOnlySpan<T> target, T seed, Span<T> dLogits, Span<T> dTarget)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        int n = logits.Length;
        CheckLength(n, target.Length, nameof(target));
        bool wantZ = Wanted(dLogits, n, nameof(dLogits));
        bool wantY = Wanted(dTarget, n, nameof(dTarget));
        if (n == 0)
        {
            return T.Zero;
        }

        T[]? rented = null;
        Span<T> logProbabilities = n <= StackElements ? stackalloc T[n] : Rent(n, out rented);
        LogSoftmaxCore(logits, logProbabilities);
        T value = -TensorPrimitives.Dot<T>(target, logProbabilities);
        if (wantY)
        {
            TensorPrimitives.MultiplyAdd<T>(logProbabilities, -seed, dTarget, dTarget);
        }

        if (wantZ)
        {
            // softmax = exp(log-softmax): accurate, as the log-softmax is accurate in absolute terms.
            Span<T> probabilities = logProbabilities;
            TensorPrimitives.Exp<T>(logProbabilities, probabilities);
            TensorPrimitives.MultiplyAdd(probabilities, seed * TensorPrimitives.Sum(target), dLogits, dLogits);
            TensorPrimitives.MultiplyAdd(target, -seed, dLogits, dLogits);
        }

        Return(rented);
        return value;
    }
}
