namespace AutoDiffGen.Generator.Differentiation;

/// <summary>The functions the rule table knows. Their derivatives live in <see cref="DerivativeRules"/>.</summary>
internal enum Primitive
{
    Sin, Cos, Tan, Asin, Acos, Atan, Atan2,
    Sinh, Cosh, Tanh, Asinh, Acosh, Atanh,
    Exp, Log, LogBase, Log10, Log2, Sqrt, Cbrt, Pow, Hypot,
    Abs, Max, Min, Clamp, FusedMultiplyAdd,
    Floor, Ceiling, Round, Sign, Truncate,
    IsNaN, IsInfinity, IsFinite,
    StopGradient,
    // AutoDiffGen.StableMath
    StableHypot, Sigmoid, LogSigmoid, Softplus, SoftplusInverse, Log1p, Expm1, Log1mexp, LogAddExp, LogDiffExp, LogOfProduct,
    Xlogy, Xlog1py, LogCosh, Log1pSquare, OneMinusCos, Sinc, Sqrt1pm1, BinaryCrossEntropyWithLogits,
    // StableMath helpers that only derivative code calls
    SigmoidDerivative, TanhDerivative, SincDerivative, Log1pSquareDerivative, LogAddExpPartial, HypotPartial,
    // StableMath forms that take an exponential the forward pass computed once (Rewrites/SharedExponentials)
    SigmoidFromExp, SigmoidDerivativeFromExp, SoftplusFromExp, LogAddExpFromExp, LogAddExpPartialFromExp, Expm1FromExp,
    // StableMath.Exp: eˣ from the kernel Expm1FromExp shares (R12's value and derivative from one exponential)
    StableExp,
    XlogyFromLog,
    // the root of a sum of squares that R18's loop rewrite reads (Rewrites/NormAccumulators)
    SqrtOfSumOfSquares,
}
