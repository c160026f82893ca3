using System;
using System.Buffers;
using AutoDiffGen.Functional.Tests.Gmm;

namespace AutoDiffGen.Benchmarks.Gmm;

/// <summary>
/// The ADBench GMM objective and its gradient by hand, as a careful programmer writes them (the role of
/// ADBench's "manual" tool): exp(q) and Σq are computed once per component, x − μ and Q(x − μ) once
/// per point and component, and the gradient is the closed-form reverse sweep of one point at a time.
/// Same layout and same <c>constant</c> convention as <see cref="GmmObjective.Objective"/>.
/// No heap allocation for K·d up to <see cref="StackLimit"/> (pooled arrays above).
/// </summary>
public static class HandWrittenGmm
{
    private const int StackLimit = 512;

    /// <summary>The objective, computed efficiently (ADBench's C++ <c>gmm_objective</c>, in C#).</summary>
    public static double Objective(ReadOnlySpan<double> alphas, ReadOnlySpan<double> means, ReadOnlySpan<double> icf,
        ReadOnlySpan<double> x, int d, int k, int n, double wishartGamma, int wishartM, double constant)
    {
        int size = k * d + 2 * k + d;
        double[]? rented = size > StackLimit ? ArrayPool<double>.Shared.Rent(size) : null;
        Span<double> buffer = rented is null ? stackalloc double[size] : rented.AsSpan(0, size);
        Span<double> qDiag = buffer.Slice(0, k * d);
        Span<double> sumQ = buffer.Slice(k * d, k);
        Span<double> main = buffer.Slice(k * d + k, k);
        Span<double> qxc = buffer.Slice(k * d + 2 * k, d);
        int icfSize = d * (d + 1) / 2;
        Preprocess(icf, d, k, qDiag, sumQ);

        double slse = 0.0;
        for (int ix = 0; ix < n; ix++)
        {
            ReadOnlySpan<double> point = x.Slice(ix * d, d);
            for (int ik = 0; ik < k; ik++)
            {
                ReadOnlySpan<double> mean = means.Slice(ik * d, d);
                ReadOnlySpan<double> q = qDiag.Slice(ik * d, d);
                ReadOnlySpan<double> lower = icf.Slice(ik * icfSize + d, icfSize - d);
                for (int j = 0; j < d; j++) qxc[j] = q[j] * (point[j] - mean[j]);
                int li = 0;
                for (int i = 0; i < d; i++)
                {
                    double xci = point[i] - mean[i];
                    for (int j = i + 1; j < d; j++) qxc[j] += lower[li++] * xci;
                }
                double sq = 0.0;
                for (int j = 0; j < d; j++) sq += qxc[j] * qxc[j];
                main[ik] = alphas[ik] + sumQ[ik] - 0.5 * sq;
            }
            slse += LogSumExp(main);
        }

        double result = constant + slse - n * LogSumExp(alphas) + Prior(icf, d, k, wishartGamma, wishartM, qDiag, sumQ);
        if (rented is not null) ArrayPool<double>.Shared.Return(rented);
        return result;
    }

    /// <summary>Returns the objective and sets the three gradients (cleared first).</summary>
    public static double Gradient(ReadOnlySpan<double> alphas, ReadOnlySpan<double> means, ReadOnlySpan<double> icf,
        ReadOnlySpan<double> x, int d, int k, int n, double wishartGamma, int wishartM, double constant,
        Span<double> dAlphas, Span<double> dMeans, Span<double> dIcf)
    {
        int size = 3 * k * d + 2 * k;
        double[]? rented = size > StackLimit ? ArrayPool<double>.Shared.Rent(size) : null;
        Span<double> buffer = rented is null ? stackalloc double[size] : rented.AsSpan(0, size);
        Span<double> qDiag = buffer.Slice(0, k * d);
        Span<double> xc = buffer.Slice(k * d, k * d);      // x − μ_k, per component
        Span<double> qxc = buffer.Slice(2 * k * d, k * d); // Q_k(x − μ_k), then scaled by the component's weight
        Span<double> sumQ = buffer.Slice(3 * k * d, k);
        Span<double> main = buffer.Slice(3 * k * d + k, k);
        int icfSize = d * (d + 1) / 2;
        Preprocess(icf, d, k, qDiag, sumQ);
        dAlphas.Clear();
        dMeans.Clear();
        dIcf.Clear();

        double slse = 0.0;
        for (int ix = 0; ix < n; ix++)
        {
            ReadOnlySpan<double> point = x.Slice(ix * d, d);

            // Forward for this point: every component's term, keeping x − μ and Q(x − μ).
            double max = double.NegativeInfinity;
            for (int ik = 0; ik < k; ik++)
            {
                ReadOnlySpan<double> mean = means.Slice(ik * d, d);
                ReadOnlySpan<double> q = qDiag.Slice(ik * d, d);
                ReadOnlySpan<double> lower = icf.Slice(ik * icfSize + d, icfSize - d);
                Span<double> c = xc.Slice(ik * d, d);
                Span<double> qc = qxc.Slice(ik * d, d);
                for (int j = 0; j < d; j++)
                {
                    c[j] = point[j] - mean[j];
                    qc[j] = q[j] * c[j];
                }
                int li = 0;
                for (int i = 0; i < d; i++)
                {
                    double ci = c[i];
                    for (int j = i + 1; j < d; j++) qc[j] += lower[li++] * ci;
                }
                double sq = 0.0;
                for (int j = 0; j < d; j++) sq += qc[j] * qc[j];
                double term = alphas[ik] + sumQ[ik] - 0.5 * sq;
                main[ik] = term;
                if (term > max) max = term;
            }
            double sum = 0.0;
            for (int ik = 0; ik < k; ik++)
            {
                main[ik] = Math.Exp(main[ik] - max);
                sum += main[ik];
            }
            slse += Math.Log(sum) + max;

            // Reverse: ∂lse/∂term_k = w_k (softmax); ∂term/∂alpha = 1, ∂term/∂μ = Qᵀ Q(x − μ),
            // ∂term/∂q_j = 1 − exp(q_j)(x − μ)_j (Q(x − μ))_j, ∂term/∂L_ji = −(Q(x − μ))_j (x − μ)_i.
            double inverseSum = 1.0 / sum;
            for (int ik = 0; ik < k; ik++)
            {
                double w = main[ik] * inverseSum;
                dAlphas[ik] += w;
                ReadOnlySpan<double> q = qDiag.Slice(ik * d, d);
                ReadOnlySpan<double> c = xc.Slice(ik * d, d);
                Span<double> wqc = qxc.Slice(ik * d, d);
                for (int j = 0; j < d; j++) wqc[j] *= w;
                int off = ik * icfSize;
                Span<double> dMean = dMeans.Slice(ik * d, d);
                Span<double> dDiag = dIcf.Slice(off, d);
                Span<double> dLower = dIcf.Slice(off + d, icfSize - d);
                ReadOnlySpan<double> lower = icf.Slice(off + d, icfSize - d);
                int li = 0;
                for (int i = 0; i < d; i++)
                {
                    double ci = c[i];
                    double qtq = q[i] * wqc[i];
                    dDiag[i] += w - ci * qtq;
                    for (int j = i + 1; j < d; j++)
                    {
                        qtq += lower[li] * wqc[j];
                        dLower[li] -= wqc[j] * ci;
                        li++;
                    }
                    dMean[i] += qtq;
                }
            }
        }

        // − n · logsumexp(alphas): its gradient is −n · softmax(alphas).
        double lseAlphas = LogSumExp(alphas);
        for (int ik = 0; ik < k; ik++) dAlphas[ik] -= n * Math.Exp(alphas[ik] - lseAlphas);

        // Wishart prior: ∂/∂q_j = γ² exp(q_j)² − m, ∂/∂L = γ² L.
        double gamma2 = wishartGamma * wishartGamma;
        for (int ik = 0; ik < k; ik++)
        {
            int off = ik * icfSize;
            for (int j = 0; j < d; j++)
            {
                double e = qDiag[ik * d + j];
                dIcf[off + j] += gamma2 * e * e - wishartM;
            }
            for (int j = d; j < icfSize; j++) dIcf[off + j] += gamma2 * icf[off + j];
        }

        double result = constant + slse - n * lseAlphas + Prior(icf, d, k, wishartGamma, wishartM, qDiag, sumQ);
        if (rented is not null) ArrayPool<double>.Shared.Return(rented);
        return result;
    }

    private static void Preprocess(ReadOnlySpan<double> icf, int d, int k, Span<double> qDiag, Span<double> sumQ)
    {
        int icfSize = d * (d + 1) / 2;
        for (int ik = 0; ik < k; ik++)
        {
            double s = 0.0;
            for (int j = 0; j < d; j++)
            {
                double q = icf[ik * icfSize + j];
                s += q;
                qDiag[ik * d + j] = Math.Exp(q);
            }
            sumQ[ik] = s;
        }
    }

    private static double Prior(ReadOnlySpan<double> icf, int d, int k, double wishartGamma, int wishartM,
        ReadOnlySpan<double> qDiag, ReadOnlySpan<double> sumQ)
    {
        int icfSize = d * (d + 1) / 2;
        double prior = 0.0;
        for (int ik = 0; ik < k; ik++)
        {
            double frobenius = 0.0;
            for (int j = 0; j < d; j++) frobenius += qDiag[ik * d + j] * qDiag[ik * d + j];
            for (int j = d; j < icfSize; j++) frobenius += icf[ik * icfSize + j] * icf[ik * icfSize + j];
            prior += 0.5 * wishartGamma * wishartGamma * frobenius - wishartM * sumQ[ik];
        }
        return prior;
    }

    private static double LogSumExp(ReadOnlySpan<double> values)
    {
        double max = double.NegativeInfinity;
        for (int i = 0; i < values.Length; i++) max = Math.Max(max, values[i]);
        double sum = 0.0;
        for (int i = 0; i < values.Length; i++) sum += Math.Exp(values[i] - max);
        return Math.Log(sum) + max;
    }
}
