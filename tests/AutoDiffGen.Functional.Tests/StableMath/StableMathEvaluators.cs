using System;
using System.Collections.Generic;

namespace AutoDiffGen.Functional.Tests.StableMathTests;

/// <summary>
/// Maps a function name of the reference files to the StableMath call that computes it, in double and in
/// float. Vector functions return every output (softmax entries, gradient entries).
/// </summary>
public static class StableMathEvaluators
{
    /// <summary>Tested name → (reference-data function name, double evaluation).</summary>
    public static readonly IReadOnlyDictionary<string, (string Data, Func<double[], double[]> Eval)> Double =
        new Dictionary<string, (string, Func<double[], double[]>)>
        {
            ["Sigmoid"] = ("Sigmoid", x => [StableMath.Sigmoid(x[0])]),
            ["LogSigmoid"] = ("LogSigmoid", x => [StableMath.LogSigmoid(x[0])]),
            ["Softplus"] = ("Softplus", x => [StableMath.Softplus(x[0])]),
            ["SoftplusInverse"] = ("SoftplusInverse", x => [StableMath.SoftplusInverse(x[0])]),
            ["Log1p"] = ("Log1p", x => [StableMath.Log1p(x[0])]),
            ["Expm1"] = ("Expm1", x => [StableMath.Expm1(x[0])]),
            ["Exp"] = ("Exp", x => [StableMath.Exp(x[0])]),
            ["Log1mexp"] = ("Log1mexp", x => [StableMath.Log1mexp(x[0])]),
            ["LogCosh"] = ("LogCosh", x => [StableMath.LogCosh(x[0])]),
            ["Log1pSquare"] = ("Log1pSquare", x => [StableMath.Log1pSquare(x[0])]),
            ["OneMinusCos"] = ("OneMinusCos", x => [StableMath.OneMinusCos(x[0])]),
            ["Sinc"] = ("Sinc", x => [StableMath.Sinc(x[0])]),
            ["Sqrt1pm1"] = ("Sqrt1pm1", x => [StableMath.Sqrt1pm1(x[0])]),
            ["SigmoidDerivative"] = ("SigmoidDerivative", x => [StableMath.SigmoidDerivative(x[0])]),
            ["TanhDerivative"] = ("TanhDerivative", x => [StableMath.TanhDerivative(x[0])]),
            ["SincDerivative"] = ("SincDerivative", x => [StableMath.SincDerivative(x[0])]),
            ["Log1pSquareDerivative"] = ("Log1pSquareDerivative", x => [StableMath.Log1pSquareDerivative(x[0])]),
            ["LogAddExp"] = ("LogAddExp", x => [StableMath.LogAddExp(x[0], x[1])]),
            ["LogDiffExp"] = ("LogDiffExp", x => [StableMath.LogDiffExp(x[0], x[1])]),
            ["Xlogy"] = ("Xlogy", x => [StableMath.Xlogy(x[0], x[1])]),
            ["Xlog1py"] = ("Xlog1py", x => [StableMath.Xlog1py(x[0], x[1])]),
            ["Hypot"] = ("Hypot", x => [StableMath.Hypot(x[0], x[1])]),
            ["BinaryCrossEntropyWithLogits"] = ("BinaryCrossEntropyWithLogits",
                x => [StableMath.BinaryCrossEntropyWithLogits(x[0], x[1])]),
            // Generated code computes the exponential once and passes it (Rewrites/SharedExponentials).
            ["SigmoidFromExp"] = ("Sigmoid", x => [StableMath.SigmoidFromExp(x[0], Math.Exp(-Math.Abs(x[0])))]),
            ["Expm1FromExp"] = ("Expm1", x => [StableMath.Expm1FromExp(x[0], Math.Exp(x[0]))]),
            // What generated R12 code writes: the exponential from the same kernel.
            ["Expm1FromStableExp"] = ("Expm1", x => [StableMath.Expm1FromExp(x[0], StableMath.Exp(x[0]))]),
            ["SoftplusFromExp"] = ("Softplus", x => [StableMath.SoftplusFromExp(x[0], Math.Exp(-Math.Abs(x[0])))]),
            ["LogSigmoidFromExp"] = ("LogSigmoid", x => [-StableMath.SoftplusFromExp(-x[0], Math.Exp(-Math.Abs(x[0])))]),
            ["XlogyFromLog"] = ("Xlogy", x => [StableMath.XlogyFromLog(x[0], x[1], Math.Log(x[1]))]),
            ["SigmoidDerivativeFromExp"] = ("SigmoidDerivative", x => [StableMath.SigmoidDerivativeFromExp(Math.Exp(-Math.Abs(x[0])))]),
            // The generator passes the LogAddExp it already computed as the result.
            ["LogAddExpPartial"] = ("LogAddExpPartial",
                x => [StableMath.LogAddExpPartial(x[0], StableMath.LogAddExp(x[0], x[1]))]),
            ["LogAddExpFromExp"] = ("LogAddExp", x => [StableMath.LogAddExpFromExp(x[0], x[1], Math.Exp(-Math.Abs(x[0] - x[1])))]),
            ["LogAddExpPartialFromExp"] = ("LogAddExpPartial", x => [StableMath.LogAddExpPartialFromExp(x[0], x[1], Math.Exp(-Math.Abs(x[0] - x[1])))]),
            ["LogSumExp"] = ("LogSumExp", x => [StableMath.LogSumExp(x)]),
            ["Softmax"] = ("Softmax", x => { var r = new double[x.Length]; StableMath.Softmax(x, r); return r; }),
            ["LogSoftmax"] = ("LogSoftmax", x => { var r = new double[x.Length]; StableMath.LogSoftmax(x, r); return r; }),
            ["Norm"] = ("Norm", x => [StableMath.Norm(x)]),
            // The gradient of log-sum-exp is the softmax; of the norm, x/‖x‖.
            ["LogSumExpBackward"] = ("Softmax",
                x => { var d = new double[x.Length]; StableMath.LogSumExpBackward(x, 1.0, d); return d; }),
            ["NormBackward"] = ("NormGradient",
                x => { var d = new double[x.Length]; StableMath.NormBackward(x, 1.0, d); return d; }),
        };

    /// <summary>Tested name → (reference-data function name, float evaluation).</summary>
    public static readonly IReadOnlyDictionary<string, (string Data, Func<float[], float[]> Eval)> Float =
        new Dictionary<string, (string, Func<float[], float[]>)>
        {
            ["SigmoidFromExp"] = ("Sigmoid", x => [StableMath.SigmoidFromExp(x[0], MathF.Exp(-MathF.Abs(x[0])))]),
            ["Expm1FromExp"] = ("Expm1", x => [StableMath.Expm1FromExp(x[0], MathF.Exp(x[0]))]),
            ["Expm1FromStableExp"] = ("Expm1", x => [StableMath.Expm1FromExp(x[0], StableMath.Exp(x[0]))]),
            ["SoftplusFromExp"] = ("Softplus", x => [StableMath.SoftplusFromExp(x[0], MathF.Exp(-MathF.Abs(x[0])))]),
            ["Sigmoid"] = ("Sigmoid", x => [StableMath.Sigmoid(x[0])]),
            ["LogSigmoid"] = ("LogSigmoid", x => [StableMath.LogSigmoid(x[0])]),
            ["Softplus"] = ("Softplus", x => [StableMath.Softplus(x[0])]),
            ["SoftplusInverse"] = ("SoftplusInverse", x => [StableMath.SoftplusInverse(x[0])]),
            ["Log1p"] = ("Log1p", x => [StableMath.Log1p(x[0])]),
            ["Expm1"] = ("Expm1", x => [StableMath.Expm1(x[0])]),
            ["Exp"] = ("Exp", x => [StableMath.Exp(x[0])]),
            ["Log1mexp"] = ("Log1mexp", x => [StableMath.Log1mexp(x[0])]),
            ["LogCosh"] = ("LogCosh", x => [StableMath.LogCosh(x[0])]),
            ["Log1pSquare"] = ("Log1pSquare", x => [StableMath.Log1pSquare(x[0])]),
            ["OneMinusCos"] = ("OneMinusCos", x => [StableMath.OneMinusCos(x[0])]),
            ["Sinc"] = ("Sinc", x => [StableMath.Sinc(x[0])]),
            ["Sqrt1pm1"] = ("Sqrt1pm1", x => [StableMath.Sqrt1pm1(x[0])]),
            ["SigmoidDerivative"] = ("SigmoidDerivative", x => [StableMath.SigmoidDerivative(x[0])]),
            ["TanhDerivative"] = ("TanhDerivative", x => [StableMath.TanhDerivative(x[0])]),
            ["SincDerivative"] = ("SincDerivative", x => [StableMath.SincDerivative(x[0])]),
            ["Log1pSquareDerivative"] = ("Log1pSquareDerivative", x => [StableMath.Log1pSquareDerivative(x[0])]),
            ["LogAddExp"] = ("LogAddExp", x => [StableMath.LogAddExp(x[0], x[1])]),
            ["LogDiffExp"] = ("LogDiffExp", x => [StableMath.LogDiffExp(x[0], x[1])]),
            ["Xlogy"] = ("Xlogy", x => [StableMath.Xlogy(x[0], x[1])]),
            ["Xlog1py"] = ("Xlog1py", x => [StableMath.Xlog1py(x[0], x[1])]),
            ["Hypot"] = ("Hypot", x => [StableMath.Hypot(x[0], x[1])]),
            ["BinaryCrossEntropyWithLogits"] = ("BinaryCrossEntropyWithLogits",
                x => [StableMath.BinaryCrossEntropyWithLogits(x[0], x[1])]),
            ["LogAddExpFromExp"] = ("LogAddExp", x => [StableMath.LogAddExpFromExp(x[0], x[1], MathF.Exp(-MathF.Abs(x[0] - x[1])))]),
            ["LogAddExpPartialFromExp"] = ("LogAddExpPartial", x => [StableMath.LogAddExpPartialFromExp(x[0], x[1], MathF.Exp(-MathF.Abs(x[0] - x[1])))]),
            ["LogAddExpPartial"] = ("LogAddExpPartial",
                x => [StableMath.LogAddExpPartial(x[0], StableMath.LogAddExp(x[0], x[1]))]),
            ["LogSumExp"] = ("LogSumExp", x => [StableMath.LogSumExp(x)]),
            ["Softmax"] = ("Softmax", x => { var r = new float[x.Length]; StableMath.Softmax(x, r); return r; }),
            ["LogSoftmax"] = ("LogSoftmax", x => { var r = new float[x.Length]; StableMath.LogSoftmax(x, r); return r; }),
            ["Norm"] = ("Norm", x => [StableMath.Norm(x)]),
            ["LogSumExpBackward"] = ("Softmax",
                x => { var d = new float[x.Length]; StableMath.LogSumExpBackward(x, 1.0f, d); return d; }),
            ["NormBackward"] = ("NormGradient",
                x => { var d = new float[x.Length]; StableMath.NormBackward(x, 1.0f, d); return d; }),
        };
}
