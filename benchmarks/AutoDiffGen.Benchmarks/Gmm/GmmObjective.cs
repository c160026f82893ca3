using System;

namespace AutoDiffGen.Benchmarks.Gmm;

/// <summary>
/// The ADBench GMM objective (microsoft/ADBench, src/cpp/shared/gmm.h, <c>gmm_objective</c>): the
/// log-likelihood of n points under a K-component Gaussian mixture, plus the log of a Wishart prior
/// on the inverse covariances, written in the subset of C# the generator differentiates today.
/// A copy of tests/AutoDiffGen.Functional.Tests/Gmm/GmmObjective.cs, where it is checked against
/// ADBench's published values; keep the two identical apart from the namespace.
/// </summary>
/// <remarks>
/// Layout, as in ADBench: <c>alphas[K]</c> (unnormalised log weights), <c>means[K·d]</c>,
/// <c>icf[K·(d + d(d−1)/2)]</c> (per component: the logs of the diagonal of the inverse-covariance
/// Cholesky factor Q, then its strictly lower triangle column by column), <c>x[n·d]</c>.
/// No local arrays: x − μ is recomputed where it is read, each row of Q(x − μ) is formed on the fly,
/// and the log-sum-exp over components is a streaming one (running maximum, sum rescaled when the
/// maximum grows). The constant terms, which need log Γ, come in through <paramref name="constant"/>.
/// </remarks>
public static partial class GmmObjective
{
    /// <summary>The objective without its constant (<see cref="Constant"/>), which is added back at the end.</summary>
    [Differentiable]
    public static double Objective(double[] alphas, double[] means, double[] icf, [NoDiff] double[] x,
        int d, int k, int n, [NoDiff] double wishartGamma, int wishartM, [NoDiff] double constant)
    {
        int icfSize = d * (d + 1) / 2;

        // Σ over points of log Σ_k exp(alpha_k + Σ_j q_kj − ½‖Q_k (x − μ_k)‖²).
        double slse = 0.0;
        for (int ix = 0; ix < n; ix++)
        {
            double runMax = 0.0;
            double runSum = 0.0;
            for (int ik = 0; ik < k; ik++)
            {
                int off = ik * icfSize;
                double sumQ = 0.0;
                double sqNorm = 0.0;
                for (int j = 0; j < d; j++)
                {
                    double q = icf[off + j];
                    sumQ += q;
                    // Row j of Q(x − μ): exp(q_j)(x_j − μ_j) + Σ_{i<j} L_ji (x_i − μ_i), with L_ji stored
                    // column-major after the diagonal: column i starts at d + i(2d − i − 1)/2.
                    double row = Math.Exp(q) * (x[ix * d + j] - means[ik * d + j]);
                    for (int i = 0; i < j; i++)
                    {
                        row += icf[off + d + i * (2 * d - i - 1) / 2 + j - i - 1] * (x[ix * d + i] - means[ik * d + i]);
                    }
                    sqNorm += row * row;
                }
                double term = alphas[ik] + sumQ - 0.5 * sqNorm;

                // Streaming log-sum-exp: runSum = Σ exp(term − runMax) over the components seen so far.
                if (ik == 0)
                {
                    runMax = term;
                    runSum = 1.0;
                }
                else if (term > runMax)
                {
                    runSum = runSum * Math.Exp(runMax - term) + 1.0;
                    runMax = term;
                }
                else
                {
                    runSum += Math.Exp(term - runMax);
                }
            }
            slse += Math.Log(runSum) + runMax;
        }

        // n · log Σ_k exp(alpha_k), two passes.
        double alphaMax = alphas[0];
        for (int ik = 1; ik < k; ik++)
        {
            alphaMax = Math.Max(alphaMax, alphas[ik]);
        }
        double alphaSum = 0.0;
        for (int ik = 0; ik < k; ik++)
        {
            alphaSum += Math.Exp(alphas[ik] - alphaMax);
        }
        double lseAlphas = Math.Log(alphaSum) + alphaMax;

        // Wishart prior without its constant: Σ_k ½γ²‖Q_k‖²_F − m Σ_j q_kj.
        double prior = 0.0;
        for (int ik = 0; ik < k; ik++)
        {
            int off = ik * icfSize;
            double frobenius = 0.0;
            double sumQ = 0.0;
            for (int j = 0; j < d; j++)
            {
                double diag = Math.Exp(icf[off + j]);
                frobenius += diag * diag;
                sumQ += icf[off + j];
            }
            for (int j = d; j < icfSize; j++)
            {
                frobenius += icf[off + j] * icf[off + j];
            }
            prior += 0.5 * wishartGamma * wishartGamma * frobenius - wishartM * sumQ;
        }

        return constant + slse - n * lseAlphas + prior;
    }

    /// <summary>
    /// The terms that depend only on the sizes and the Wishart parameters: −(n·d/2)·log 2π from the
    /// Gaussian densities and −K·C from the Wishart normalisation,
    /// C = N·d·(log γ − ½ log 2) − log Γ_d(N/2) with N = d + m + 1.
    /// </summary>
    public static double Constant(int d, int k, int n, double wishartGamma, int wishartM)
    {
        int dof = d + wishartM + 1;
        double c = dof * d * (Math.Log(wishartGamma) - 0.5 * Math.Log(2.0)) - LogMultivariateGamma(0.5 * dof, d);
        return -n * d * 0.5 * Math.Log(2.0 * Math.PI) - k * c;
    }

    /// <summary>The whole ADBench objective: <see cref="Objective"/> with its constant.</summary>
    public static double Evaluate(double[] alphas, double[] means, double[] icf, double[] x,
        int d, int k, int n, double wishartGamma, int wishartM) =>
        Objective(alphas, means, icf, x, d, k, n, wishartGamma, wishartM, Constant(d, k, n, wishartGamma, wishartM));

    /// <summary>log Γ_p(a) = p(p−1)/4 · log π + Σ_{j=1..p} log Γ(a + (1 − j)/2).</summary>
    public static double LogMultivariateGamma(double a, int p)
    {
        double result = 0.25 * p * (p - 1) * Math.Log(Math.PI);
        for (int j = 1; j <= p; j++)
        {
            result += LogGammaOfHalfInteger(a + 0.5 * (1 - j));
        }
        return result;
    }

    /// <summary>
    /// log Γ(z) for z a positive multiple of ½ (the only arguments the Wishart constant uses; .NET has
    /// no lgamma): Γ(1) = 1, Γ(½) = √π and Γ(z + 1) = z·Γ(z), summed as logarithms.
    /// </summary>
    public static double LogGammaOfHalfInteger(double z)
    {
        double twice = 2.0 * z;
        if (!(z > 0) || twice != Math.Round(twice) || twice > 1e6)
        {
            throw new ArgumentOutOfRangeException(nameof(z), z, "Expected a positive multiple of 1/2.");
        }
        double result = twice % 2.0 == 0.0 ? 0.0 : 0.5 * Math.Log(Math.PI);
        for (double t = twice % 2.0 == 0.0 ? 1.0 : 0.5; t < z; t += 1.0)
        {
            result += Math.Log(t);
        }
        return result;
    }
}
