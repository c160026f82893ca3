using System;
using System.Numerics;
using System.Numerics.Tensors;

namespace AutoDiffGen;

// Element-wise activations. Each pullback computes the derivative from the input in a stable form; the result
// is read only where it is the exact factor the derivative needs (σ(x) in σ'(x) = σ(x)·σ(−x)).
public static partial class Vec
{
    /// <summary>The logistic sigmoid, resultᵢ = 1 / (1 + exp(−xᵢ)) (0 and 1 at the extremes, never NaN for finite x).</summary>
    /// <param name="x">The input.</param>
    /// <param name="result">Receives σ(x), same length; overwritten.</param>
    /// <exception cref="ArgumentException">The lengths differ.</exception>
    public static void Sigmoid(ReadOnlySpan<double> x, Span<double> result) => SigmoidCore(x, result);

    /// <inheritdoc cref="Sigmoid(ReadOnlySpan{double}, Span{double})"/>
    public static void Sigmoid(ReadOnlySpan<float> x, Span<float> result) => SigmoidCore(x, result);

    /// <summary>
    /// Pullback of <see cref="Sigmoid(ReadOnlySpan{double}, Span{double})"/>: adds dResultᵢ·σ(xᵢ)·σ(−xᵢ) into <paramref name="dX"/>.
    /// σ(−x) is computed from x, not as 1 − σ(x), which rounds to 0 for x &gt; 37 and loses the tiny derivative.
    /// </summary>
    /// <param name="x">The input, as passed to Sigmoid.</param>
    /// <param name="result">σ(x), as Sigmoid wrote it.</param>
    /// <param name="dResult">The adjoint of the result.</param>
    /// <param name="dX">Gradient accumulator of <paramref name="x"/>, or empty (not wanted).</param>
    /// <exception cref="ArgumentException">A length does not match.</exception>
    public static void SigmoidBackward(ReadOnlySpan<double> x, ReadOnlySpan<double> result, ReadOnlySpan<double> dResult, Span<double> dX) =>
        SigmoidBackwardCore(x, result, dResult, dX);

    /// <inheritdoc cref="SigmoidBackward(ReadOnlySpan{double}, ReadOnlySpan{double}, ReadOnlySpan{double}, Span{double})"/>
    public static void SigmoidBackward(ReadOnlySpan<float> x, ReadOnlySpan<float> result, ReadOnlySpan<float> dResult, Span<float> dX) =>
        SigmoidBackwardCore(x, result, dResult, dX);

    /// <summary>The hyperbolic tangent, resultᵢ = tanh(xᵢ).</summary>
    /// <param name="x">The input.</param>
    /// <param name="result">Receives tanh(x), same length; overwritten.</param>
    /// <exception cref="ArgumentException">The lengths differ.</exception>
    public static void Tanh(ReadOnlySpan<double> x, Span<double> result) => UnaryCore(x, result, static (i, r) => TensorPrimitives.Tanh(i, r));

    /// <inheritdoc cref="Tanh(ReadOnlySpan{double}, Span{double})"/>
    public static void Tanh(ReadOnlySpan<float> x, Span<float> result) => UnaryCore(x, result, static (i, r) => TensorPrimitives.Tanh(i, r));

    /// <summary>
    /// Pullback of <see cref="Tanh(ReadOnlySpan{double}, Span{double})"/>: adds dResultᵢ / cosh²(xᵢ) into <paramref name="dX"/>
    /// (1 − tanh² computed from the result is 0 beyond |x| ≈ 19 and loses the derivative's digits before that).
    /// </summary>
    /// <param name="x">The input, as passed to Tanh.</param>
    /// <param name="result">The result Tanh wrote (not read).</param>
    /// <param name="dResult">The adjoint of the result.</param>
    /// <param name="dX">Gradient accumulator of <paramref name="x"/>, or empty (not wanted).</param>
    /// <exception cref="ArgumentException">A length does not match.</exception>
    public static void TanhBackward(ReadOnlySpan<double> x, ReadOnlySpan<double> result, ReadOnlySpan<double> dResult, Span<double> dX) =>
        TanhBackwardCore(x, result, dResult, dX);

    /// <inheritdoc cref="TanhBackward(ReadOnlySpan{double}, ReadOnlySpan{double}, ReadOnlySpan{double}, Span{double})"/>
    public static void TanhBackward(ReadOnlySpan<float> x, ReadOnlySpan<float> result, ReadOnlySpan<float> dResult, Span<float> dX) =>
        TanhBackwardCore(x, result, dResult, dX);

    /// <summary>The rectified linear unit, resultᵢ = max(xᵢ, 0) (NaN stays NaN).</summary>
    /// <param name="x">The input.</param>
    /// <param name="result">Receives max(x, 0), same length; overwritten.</param>
    /// <exception cref="ArgumentException">The lengths differ.</exception>
    public static void Relu(ReadOnlySpan<double> x, Span<double> result) => UnaryCore(x, result, static (i, r) => TensorPrimitives.Max(i, 0.0, r));

    /// <inheritdoc cref="Relu(ReadOnlySpan{double}, Span{double})"/>
    public static void Relu(ReadOnlySpan<float> x, Span<float> result) => UnaryCore(x, result, static (i, r) => TensorPrimitives.Max(i, 0.0f, r));

    /// <summary>
    /// Pullback of <see cref="Relu(ReadOnlySpan{double}, Span{double})"/>: adds dResultᵢ where xᵢ &gt; 0 into <paramref name="dX"/>.
    /// At xᵢ = 0 the derivative is taken as 0 (the subgradient PyTorch uses).
    /// </summary>
    /// <param name="x">The input, as passed to Relu.</param>
    /// <param name="result">The result Relu wrote (not read).</param>
    /// <param name="dResult">The adjoint of the result.</param>
    /// <param name="dX">Gradient accumulator of <paramref name="x"/>, or empty (not wanted).</param>
    /// <exception cref="ArgumentException">A length does not match.</exception>
    public static void ReluBackward(ReadOnlySpan<double> x, ReadOnlySpan<double> result, ReadOnlySpan<double> dResult, Span<double> dX) =>
        LeakyReluBackwardCore(x, 0.0, result, dResult, dX);

    /// <inheritdoc cref="ReluBackward(ReadOnlySpan{double}, ReadOnlySpan{double}, ReadOnlySpan{double}, Span{double})"/>
    public static void ReluBackward(ReadOnlySpan<float> x, ReadOnlySpan<float> result, ReadOnlySpan<float> dResult, Span<float> dX) =>
        LeakyReluBackwardCore(x, 0.0f, result, dResult, dX);

    /// <summary>The leaky ReLU, resultᵢ = xᵢ if xᵢ &gt; 0, else slope·xᵢ.</summary>
    /// <param name="x">The input.</param>
    /// <param name="slope">The slope for negative inputs (often 0.01): a hyperparameter, not differentiated.</param>
    /// <param name="result">Receives the activations, same length; overwritten.</param>
    /// <exception cref="ArgumentException">The lengths differ.</exception>
    public static void LeakyRelu(ReadOnlySpan<double> x, [NoDiff] double slope, Span<double> result) => LeakyReluCore(x, slope, result);

    /// <inheritdoc cref="LeakyRelu(ReadOnlySpan{double}, double, Span{double})"/>
    public static void LeakyRelu(ReadOnlySpan<float> x, [NoDiff] float slope, Span<float> result) => LeakyReluCore(x, slope, result);

    /// <summary>
    /// Pullback of <see cref="LeakyRelu(ReadOnlySpan{double}, double, Span{double})"/>: adds dResultᵢ where xᵢ &gt; 0 and
    /// slope·dResultᵢ elsewhere (x = 0 included) into <paramref name="dX"/>.
    /// </summary>
    /// <param name="x">The input, as passed to LeakyRelu.</param>
    /// <param name="slope">The slope, as passed to LeakyRelu.</param>
    /// <param name="result">The result LeakyRelu wrote (not read).</param>
    /// <param name="dResult">The adjoint of the result.</param>
    /// <param name="dX">Gradient accumulator of <paramref name="x"/>, or empty (not wanted).</param>
    /// <exception cref="ArgumentException">A length does not match.</exception>
    public static void LeakyReluBackward(ReadOnlySpan<double> x, double slope, ReadOnlySpan<double> result, ReadOnlySpan<double> dResult, Span<double> dX) =>
        LeakyReluBackwardCore(x, slope, result, dResult, dX);

    /// <inheritdoc cref="LeakyReluBackward(ReadOnlySpan{double}, double, ReadOnlySpan{double}, ReadOnlySpan{double}, Span{double})"/>
    public static void LeakyReluBackward(ReadOnlySpan<float> x, float slope, ReadOnlySpan<float> result, ReadOnlySpan<float> dResult, Span<float> dX) =>
        LeakyReluBackwardCore(x, slope, result, dResult, dX);

    /// <summary>
    /// Softplus, resultᵢ = log(1 + exp(xᵢ)), computed as max(xᵢ, 0) + log1p(exp(−|xᵢ|)): no overflow for large x,
    /// no loss of the tiny value for very negative x.
    /// </summary>
    /// <param name="x">The input.</param>
    /// <param name="result">Receives softplus(x), same length; overwritten.</param>
    /// <exception cref="ArgumentException">The lengths differ.</exception>
    public static void Softplus(ReadOnlySpan<double> x, Span<double> result) => SoftplusCore(x, result);

    /// <inheritdoc cref="Softplus(ReadOnlySpan{double}, Span{double})"/>
    public static void Softplus(ReadOnlySpan<float> x, Span<float> result) => SoftplusCore(x, result);

    /// <summary>Pullback of <see cref="Softplus(ReadOnlySpan{double}, Span{double})"/>: adds dResultᵢ·σ(xᵢ) into <paramref name="dX"/>.</summary>
    /// <param name="x">The input, as passed to Softplus.</param>
    /// <param name="result">The result Softplus wrote (not read).</param>
    /// <param name="dResult">The adjoint of the result.</param>
    /// <param name="dX">Gradient accumulator of <paramref name="x"/>, or empty (not wanted).</param>
    /// <exception cref="ArgumentException">A length does not match.</exception>
    public static void SoftplusBackward(ReadOnlySpan<double> x, ReadOnlySpan<double> result, ReadOnlySpan<double> dResult, Span<double> dX) =>
        SoftplusBackwardCore(x, result, dResult, dX);

    /// <inheritdoc cref="SoftplusBackward(ReadOnlySpan{double}, ReadOnlySpan{double}, ReadOnlySpan{double}, Span{double})"/>
    public static void SoftplusBackward(ReadOnlySpan<float> x, ReadOnlySpan<float> result, ReadOnlySpan<float> dResult, Span<float> dX) =>
        SoftplusBackwardCore(x, result, dResult, dX);

    /// <summary>A kernel that maps an input span into a result span of the same length.</summary>
    private delegate void Kernel<T>(ReadOnlySpan<T> input, Span<T> result);

    private static void UnaryCore<T>(ReadOnlySpan<T> x, Span<T> result, Kernel<T> kernel)
    {
        CheckLength(x.Length, result.Length, nameof(result));
        kernel(x, result);
    }

    /// <summary>The checks every element-wise pullback makes; false when the gradient is not wanted.</summary>
    private static bool CheckUnaryBackward<T>(ReadOnlySpan<T> x, ReadOnlySpan<T> result, ReadOnlySpan<T> dResult, Span<T> dX)
    {
        CheckLength(x.Length, result.Length, nameof(result));
        CheckLength(x.Length, dResult.Length, nameof(dResult));
        return Wanted(dX, x.Length, nameof(dX));
    }

    private static void SigmoidCore<T>(ReadOnlySpan<T> x, Span<T> result)
        where T : IFloatingPointIeee754<T>
    {
        CheckLength(x.Length, result.Length, nameof(result));
        TensorPrimitives.Sigmoid(x, result);
    }

    private static void SigmoidBackwardCore<T>(ReadOnlySpan<T> x, ReadOnlySpan<T> result, ReadOnlySpan<T> dResult, Span<T> dX)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        if (!CheckUnaryBackward(x, result, dResult, dX))
        {
            return;
        }

        int n = x.Length;
        T[]? rented = null;
        Span<T> other = n <= StackElements ? stackalloc T[n] : Rent(n, out rented);
        TensorPrimitives.Negate(x, other);
        TensorPrimitives.Sigmoid(other, other);
        TensorPrimitives.Multiply(other, result, other);
        TensorPrimitives.MultiplyAdd(dResult, other, dX, dX);
        Return(rented);
    }

    private static void TanhBackwardCore<T>(ReadOnlySpan<T> x, ReadOnlySpan<T> result, ReadOnlySpan<T> dResult, Span<T> dX)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        if (!CheckUnaryBackward(x, result, dResult, dX))
        {
            return;
        }

        int n = x.Length;
        T[]? rented = null;
        Span<T> cosh = n <= StackElements ? stackalloc T[n] : Rent(n, out rented);
        TensorPrimitives.Cosh(x, cosh);
        TensorPrimitives.Multiply(cosh, cosh, cosh);
        TensorPrimitives.Divide(dResult, cosh, cosh);
        TensorPrimitives.Add(dX, cosh, dX);
        Return(rented);
    }

    private static void LeakyReluCore<T>(ReadOnlySpan<T> x, T slope, Span<T> result)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        CheckLength(x.Length, result.Length, nameof(result));
        int i = 0;
        if (UseVectors<T>(x.Length))
        {
            for (; i <= x.Length - Vector<T>.Count; i += Vector<T>.Count)
            {
                var v = new Vector<T>(x.Slice(i));
                Vector.ConditionalSelect(Vector.GreaterThan(v, Vector<T>.Zero), v, v * slope).CopyTo(result.Slice(i));
            }
        }

        for (; i < x.Length; i++)
        {
            result[i] = x[i] > T.Zero ? x[i] : slope * x[i];
        }
    }

    private static void LeakyReluBackwardCore<T>(ReadOnlySpan<T> x, T slope, ReadOnlySpan<T> result, ReadOnlySpan<T> dResult, Span<T> dX)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        if (!CheckUnaryBackward(x, result, dResult, dX))
        {
            return;
        }

        int i = 0;
        if (UseVectors<T>(x.Length))
        {
            for (; i <= x.Length - Vector<T>.Count; i += Vector<T>.Count)
            {
                var g = new Vector<T>(dResult.Slice(i));
                Vector<T> positive = Vector.GreaterThan(new Vector<T>(x.Slice(i)), Vector<T>.Zero);
                (new Vector<T>(dX.Slice(i)) + Vector.ConditionalSelect(positive, g, g * slope)).CopyTo(dX.Slice(i));
            }
        }

        for (; i < x.Length; i++)
        {
            dX[i] += x[i] > T.Zero ? dResult[i] : slope * dResult[i];
        }
    }

    private static void SoftplusCore<T>(ReadOnlySpan<T> x, Span<T> result)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        CheckLength(x.Length, result.Length, nameof(result));
        int n = x.Length;
        T[]? rentedA = null, rentedB = null, rentedC = null;
        Span<T> positivePart = n <= StackElements ? stackalloc T[n] : Rent(n, out rentedA);
        Span<T> u = n <= StackElements ? stackalloc T[n] : Rent(n, out rentedB);
        Span<T> log = n <= StackElements ? stackalloc T[n] : Rent(n, out rentedC);
        TensorPrimitives.Max(x, T.Zero, positivePart);
        TensorPrimitives.Abs(x, result);
        TensorPrimitives.Negate(result, result);
        TensorPrimitives.Exp(result, result);
        Log1pInPlace(result, u, log);
        TensorPrimitives.Add(result, positivePart, result);
        Return(rentedA);
        Return(rentedB);
        Return(rentedC);
    }

    private static void SoftplusBackwardCore<T>(ReadOnlySpan<T> x, ReadOnlySpan<T> result, ReadOnlySpan<T> dResult, Span<T> dX)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        if (!CheckUnaryBackward(x, result, dResult, dX))
        {
            return;
        }

        int n = x.Length;
        T[]? rented = null;
        Span<T> sigmoid = n <= StackElements ? stackalloc T[n] : Rent(n, out rented);
        TensorPrimitives.Sigmoid(x, sigmoid);
        TensorPrimitives.MultiplyAdd(dResult, sigmoid, dX, dX);
        Return(rented);
    }
}
