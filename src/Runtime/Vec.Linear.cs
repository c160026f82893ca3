using System;
using System.Numerics;
using System.Numerics.Tensors;

namespace AutoDiffGen;

// Matrix–vector and matrix–matrix products over row-major spans: element (i, j) of an r×c matrix is at i·c + j.
public static partial class Vec
{
    /// <summary>result = M·x for a row-major <paramref name="rows"/>×<paramref name="columns"/> matrix M: resultᵢ = Σⱼ M[i·columns + j]·xⱼ.</summary>
    /// <param name="matrix">M, row-major, length rows·columns.</param>
    /// <param name="rows">The number of rows (the length of the result).</param>
    /// <param name="columns">The number of columns (the length of x).</param>
    /// <param name="x">The vector.</param>
    /// <param name="result">Receives M·x; overwritten; must not overlap <paramref name="matrix"/> or <paramref name="x"/>.</param>
    /// <exception cref="ArgumentException">A length does not match, a size is negative (<see cref="ArgumentOutOfRangeException"/>), or <paramref name="result"/> overlaps an input.</exception>
    public static void MatVec(ReadOnlySpan<double> matrix, int rows, int columns, ReadOnlySpan<double> x, Span<double> result) =>
        MatVecCore(matrix, rows, columns, x, result);

    /// <inheritdoc cref="MatVec(ReadOnlySpan{double}, int, int, ReadOnlySpan{double}, Span{double})"/>
    public static void MatVec(ReadOnlySpan<float> matrix, int rows, int columns, ReadOnlySpan<float> x, Span<float> result) =>
        MatVecCore(matrix, rows, columns, x, result);

    /// <summary>
    /// Pullback of <see cref="MatVec(ReadOnlySpan{double}, int, int, ReadOnlySpan{double}, Span{double})"/>: adds the outer
    /// product dResult·xᵀ into <paramref name="dMatrix"/> and Mᵀ·dResult into <paramref name="dX"/>.
    /// </summary>
    /// <param name="matrix">M, as passed to MatVec.</param>
    /// <param name="rows">The number of rows.</param>
    /// <param name="columns">The number of columns.</param>
    /// <param name="x">The vector, as passed to MatVec.</param>
    /// <param name="result">The result MatVec wrote (not read: the product is linear; kept for the common signature).</param>
    /// <param name="dResult">The adjoint of the result.</param>
    /// <param name="dMatrix">Gradient accumulator of <paramref name="matrix"/>, or empty (not wanted).</param>
    /// <param name="dX">Gradient accumulator of <paramref name="x"/>, or empty (not wanted).</param>
    /// <exception cref="ArgumentException">A length does not match.</exception>
    public static void MatVecBackward(ReadOnlySpan<double> matrix, int rows, int columns, ReadOnlySpan<double> x, ReadOnlySpan<double> result,
        ReadOnlySpan<double> dResult, Span<double> dMatrix, Span<double> dX) =>
        MatVecBackwardCore(matrix, rows, columns, x, result, dResult, dMatrix, dX);

    /// <inheritdoc cref="MatVecBackward(ReadOnlySpan{double}, int, int, ReadOnlySpan{double}, ReadOnlySpan{double}, ReadOnlySpan{double}, Span{double}, Span{double})"/>
    public static void MatVecBackward(ReadOnlySpan<float> matrix, int rows, int columns, ReadOnlySpan<float> x, ReadOnlySpan<float> result,
        ReadOnlySpan<float> dResult, Span<float> dMatrix, Span<float> dX) =>
        MatVecBackwardCore(matrix, rows, columns, x, result, dResult, dMatrix, dX);

    /// <summary>
    /// result = A·B for row-major A (<paramref name="m"/>×<paramref name="k"/>) and B (<paramref name="k"/>×<paramref name="n"/>):
    /// result[i·n + j] = Σₚ A[i·k + p]·B[p·n + j].
    /// </summary>
    /// <param name="a">A, row-major, length m·k.</param>
    /// <param name="m">Rows of A and of the result.</param>
    /// <param name="k">Columns of A, rows of B.</param>
    /// <param name="b">B, row-major, length k·n.</param>
    /// <param name="n">Columns of B and of the result.</param>
    /// <param name="result">Receives A·B (length m·n); overwritten; must not overlap <paramref name="a"/> or <paramref name="b"/>.</param>
    /// <exception cref="ArgumentException">A length does not match, a size is negative (<see cref="ArgumentOutOfRangeException"/>), or <paramref name="result"/> overlaps an input.</exception>
    public static void MatMul(ReadOnlySpan<double> a, int m, int k, ReadOnlySpan<double> b, int n, Span<double> result) =>
        MatMulCore(a, m, k, b, n, result);

    /// <inheritdoc cref="MatMul(ReadOnlySpan{double}, int, int, ReadOnlySpan{double}, int, Span{double})"/>
    public static void MatMul(ReadOnlySpan<float> a, int m, int k, ReadOnlySpan<float> b, int n, Span<float> result) =>
        MatMulCore(a, m, k, b, n, result);

    /// <summary>
    /// Pullback of <see cref="MatMul(ReadOnlySpan{double}, int, int, ReadOnlySpan{double}, int, Span{double})"/>: adds
    /// dResult·Bᵀ into <paramref name="dA"/> and Aᵀ·dResult into <paramref name="dB"/>.
    /// </summary>
    /// <param name="a">A, as passed to MatMul.</param>
    /// <param name="m">Rows of A.</param>
    /// <param name="k">Columns of A, rows of B.</param>
    /// <param name="b">B, as passed to MatMul.</param>
    /// <param name="n">Columns of B.</param>
    /// <param name="result">The result MatMul wrote (not read; kept for the common signature).</param>
    /// <param name="dResult">The adjoint of the result.</param>
    /// <param name="dA">Gradient accumulator of <paramref name="a"/>, or empty (not wanted).</param>
    /// <param name="dB">Gradient accumulator of <paramref name="b"/>, or empty (not wanted).</param>
    /// <exception cref="ArgumentException">A length does not match.</exception>
    public static void MatMulBackward(ReadOnlySpan<double> a, int m, int k, ReadOnlySpan<double> b, int n, ReadOnlySpan<double> result,
        ReadOnlySpan<double> dResult, Span<double> dA, Span<double> dB) =>
        MatMulBackwardCore(a, m, k, b, n, result, dResult, dA, dB);

    /// <inheritdoc cref="MatMulBackward(ReadOnlySpan{double}, int, int, ReadOnlySpan{double}, int, ReadOnlySpan{double}, ReadOnlySpan{double}, Span{double}, Span{double})"/>
    public static void MatMulBackward(ReadOnlySpan<float> a, int m, int k, ReadOnlySpan<float> b, int n, ReadOnlySpan<float> result,
        ReadOnlySpan<float> dResult, Span<float> dA, Span<float> dB) =>
        MatMulBackwardCore(a, m, k, b, n, result, dResult, dA, dB);

    private static void CheckSize(int size, string parameterName)
    {
        if (size < 0)
        {
            throw new ArgumentOutOfRangeException(parameterName, size, "Matrix sizes must not be negative.");
        }
    }

    private static void MatVecCore<T>(ReadOnlySpan<T> matrix, int rows, int columns, ReadOnlySpan<T> x, Span<T> result)
        where T : IFloatingPointIeee754<T>
    {
        CheckSize(rows, nameof(rows));
        CheckSize(columns, nameof(columns));
        CheckLength(rows * columns, matrix.Length, nameof(matrix));
        CheckLength(columns, x.Length, nameof(x));
        CheckLength(rows, result.Length, nameof(result));
        CheckNoOverlap(matrix, result, nameof(result));
        CheckNoOverlap(x, result, nameof(result));
        for (int i = 0; i < rows; i++)
        {
            result[i] = TensorPrimitives.Dot(matrix.Slice(i * columns, columns), x);
        }
    }

    private static void MatVecBackwardCore<T>(ReadOnlySpan<T> matrix, int rows, int columns, ReadOnlySpan<T> x, ReadOnlySpan<T> result,
        ReadOnlySpan<T> dResult, Span<T> dMatrix, Span<T> dX)
        where T : IFloatingPointIeee754<T>
    {
        CheckSize(rows, nameof(rows));
        CheckSize(columns, nameof(columns));
        CheckLength(rows * columns, matrix.Length, nameof(matrix));
        CheckLength(columns, x.Length, nameof(x));
        CheckLength(rows, result.Length, nameof(result));
        CheckLength(rows, dResult.Length, nameof(dResult));
        bool wantMatrix = Wanted(dMatrix, matrix.Length, nameof(dMatrix));
        bool wantX = Wanted(dX, columns, nameof(dX));
        for (int i = 0; i < rows; i++)
        {
            T g = dResult[i];
            if (wantMatrix)
            {
                Span<T> row = dMatrix.Slice(i * columns, columns);
                TensorPrimitives.MultiplyAdd(x, g, row, row);
            }

            if (wantX)
            {
                TensorPrimitives.MultiplyAdd(matrix.Slice(i * columns, columns), g, dX, dX);
            }
        }
    }

    private static void MatMulCore<T>(ReadOnlySpan<T> a, int m, int k, ReadOnlySpan<T> b, int n, Span<T> result)
        where T : IFloatingPointIeee754<T>
    {
        CheckSize(m, nameof(m));
        CheckSize(k, nameof(k));
        CheckSize(n, nameof(n));
        CheckLength(m * k, a.Length, nameof(a));
        CheckLength(k * n, b.Length, nameof(b));
        CheckLength(m * n, result.Length, nameof(result));
        CheckNoOverlap(a, result, nameof(result));
        CheckNoOverlap(b, result, nameof(result));
        for (int i = 0; i < m; i++)
        {
            // Row i of the result accumulates A[i, p]·(row p of B): contiguous rows, vectorised.
            Span<T> row = result.Slice(i * n, n);
            row.Clear();
            for (int p = 0; p < k; p++)
            {
                TensorPrimitives.MultiplyAdd(b.Slice(p * n, n), a[i * k + p], row, row);
            }
        }
    }

    private static void MatMulBackwardCore<T>(ReadOnlySpan<T> a, int m, int k, ReadOnlySpan<T> b, int n, ReadOnlySpan<T> result,
        ReadOnlySpan<T> dResult, Span<T> dA, Span<T> dB)
        where T : IFloatingPointIeee754<T>
    {
        CheckSize(m, nameof(m));
        CheckSize(k, nameof(k));
        CheckSize(n, nameof(n));
        CheckLength(m * k, a.Length, nameof(a));
        CheckLength(k * n, b.Length, nameof(b));
        CheckLength(m * n, result.Length, nameof(result));
        CheckLength(m * n, dResult.Length, nameof(dResult));
        bool wantA = Wanted(dA, a.Length, nameof(dA));
        bool wantB = Wanted(dB, b.Length, nameof(dB));
        for (int i = 0; i < m; i++)
        {
            ReadOnlySpan<T> g = dResult.Slice(i * n, n);
            for (int p = 0; p < k; p++)
            {
                // ∂/∂A[i, p] = ⟨dResult row i, B row p⟩; ∂/∂B row p += A[i, p]·dResult row i.
                if (wantA)
                {
                    dA[i * k + p] += TensorPrimitives.Dot(g, b.Slice(p * n, n));
                }

                if (wantB)
                {
                    Span<T> row = dB.Slice(p * n, n);
                    TensorPrimitives.MultiplyAdd(g, a[i * k + p], row, row);
                }
            }
        }
    }
}
