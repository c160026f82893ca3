using System;
using System.Numerics;
using System.Numerics.Tensors;

namespace AutoDiffGen;

// log(1 + x) without TensorPrimitives.LogP1 and T.LogP1, which compute Log(x + 1) and return 0 for x below ε
// (dotnet/runtime #77979): softplus(−46) would be 0 instead of 1e−20.
public static partial class Vec
{
    /// <summary>log(1 + x) by Goldberg's correction: u = 1 + x, log(u)·x/(u − 1), with u − 1 exact.</summary>
    private static T Log1p<T>(T x)
        where T : IFloatingPointIeee754<T>
    {
        T u = T.One + x;
        if (u == T.One)
        {
            return x;
        }

        return T.IsPositiveInfinity(u) || T.IsNaN(u) ? T.Log(u) : T.Log(u) * (x / (u - T.One));
    }

    /// <summary>
    /// <paramref name="values"/>ᵢ ← log(1 + valuesᵢ) for values in [0, 1] (or NaN), vectorised: the logarithm on
    /// TensorPrimitives, the correction on Vector&lt;T&gt;. <paramref name="u"/> and <paramref name="log"/> are scratch of the same length.
    /// </summary>
    private static void Log1pInPlace<T>(Span<T> values, Span<T> u, Span<T> log)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        TensorPrimitives.Add(values, T.One, u);
        TensorPrimitives.Log(u, log);
        TensorPrimitives.Subtract(u, T.One, u); // exact: u is 1 + v rounded, v ∈ [0, 1]
        int i = 0;
        if (UseVectors<T>(values.Length))
        {
            for (; i <= values.Length - Vector<T>.Count; i += Vector<T>.Count)
            {
                var v = new Vector<T>(values.Slice(i));
                var shifted = new Vector<T>(u.Slice(i));
                // Where 1 + v rounded to 1, log1p(v) = v to within ε²; elsewhere correct the rounding of 1 + v.
                Vector.ConditionalSelect(Vector.Equals(shifted, Vector<T>.Zero), v, new Vector<T>(log.Slice(i)) * (v / shifted))
                    .CopyTo(values.Slice(i));
            }
        }

        for (; i < values.Length; i++)
        {
            values[i] = u[i] == T.Zero ? values[i] : log[i] * (values[i] / u[i]);
        }
    }
}
