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
}
