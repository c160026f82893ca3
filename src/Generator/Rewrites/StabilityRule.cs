namespace AutoDiffGen.Generator.Rewrites;

/// <summary>
/// One entry of the stability catalogue (docs/stability.md, after ../shared/reference/stability-catalog.md):
/// a fragile formula the generator replaces by a stable one.
/// </summary>
/// <param name="Id">The catalogue number, R01…R33 (T2 for the √(x·x) trap).</param>
/// <param name="Name">What the stable form is, for messages ("softplus").</param>
/// <param name="Failure">What goes wrong with the formula as written, for messages.</param>
internal sealed record StabilityRule(string Id, string Name, string Failure)
{
    public static readonly StabilityRule Sigmoid = new("R01", "sigmoid", "1/(1+e^-x) has a NaN gradient below x = -709");
    public static readonly StabilityRule OneMinusSigmoid = new("R01", "σ(−x) for 1 − σ(x)", "1 − σ(x) is 0 above x = 37 and σ(x)(1 − σ(x)) with it");
    public static readonly StabilityRule LogSigmoid = new("R02", "log-sigmoid", "log of a sigmoid is -∞ below x = -745 and loses all digits above x = 37");
    public static readonly StabilityRule Softplus = new("R03", "softplus", "log(1+e^x) overflows to ∞ above x = 709");
    public static readonly StabilityRule LogOneMinusSigmoid = new("R04", "log(1-σ)", "log(1-σ(x)) is -∞ above x = 37");
    public static readonly StabilityRule CrossEntropy = new("R05", "binary cross-entropy with logits", "cross-entropy of a sigmoid is ∞ for confident logits");
    public static readonly StabilityRule LogAddExp = new("R06", "log-add-exp", "log(e^a+e^b) overflows above 709 and underflows below -745");
    public static readonly StabilityRule LogSumExp = new("R07", "max-shifted log-sum-exp", "a sum of exponentials overflows once a term passes 709, and its log is -∞ once all are below -745");
    public static readonly StabilityRule Softmax = new("R08", "max-shifted softmax", "e^x/Σe^x is ∞/∞ = NaN once a term passes 709, and 0/0 once all are below -745");
    public static readonly StabilityRule Log1p = new("R11", "log1p", "log(1+x) loses all digits for |x| below 1e-16");
    public static readonly StabilityRule Expm1 = new("R12", "expm1", "e^x-1 loses all digits for |x| below 1e-16");
    public static readonly StabilityRule Log1mexp = new("R13", "log1mexp", "log(1-e^x) is -∞ near 0 and 0 below -37");
    public static readonly StabilityRule LogDiffExp = new("R14", "log-diff-exp", "log(e^a-e^b) is NaN or -∞ for large or close arguments");
    public static readonly StabilityRule SoftplusInverse = new("R15", "inverse softplus", "log(e^x-1) overflows above 709 and is -∞ near 0");
    public static readonly StabilityRule LogOfProduct = new("R16", "log of a product", "log(a·b) is ∞ or -∞ when a·b overflows or underflows, though log a + log b is finite");
    public static readonly StabilityRule Hypot = new("R17", "hypot", "√(x²+y²) overflows above 1e154 and underflows below 1e-154");
    public static readonly StabilityRule NormLoop = new("R18", "scaled norm", "a sum of squares overflows once a term passes 1e154, underflows below 1e-154, and its root has a NaN gradient at 0");
    public static readonly StabilityRule Xlogx = new("R19", "x·log x", "x·log x is NaN at x = 0");
    public static readonly StabilityRule Xlogy = new("R20", "x·log y", "x·log y is NaN at x = y = 0");
    public static readonly StabilityRule Tanh = new("R21", "tanh", "(e^x-e^-x)/(e^x+e^-x) is NaN above x = 709");
    public static readonly StabilityRule LogCosh = new("R22", "log cosh", "log(cosh x) overflows above x = 710");
    public static readonly StabilityRule Log1pSquare = new("R23", "log(1+x²)", "log(1+x²) overflows above 1e154 and loses digits below 1e-8");
    public static readonly StabilityRule Sqrt1pm1 = new("R24", "√(1+x)-1", "√(1+x)-1 loses all digits for |x| below 1e-16");
    public static readonly StabilityRule OneMinusCos = new("R25", "1-cos x", "1-cos x loses all digits for |x| below 1e-8");
    public static readonly StabilityRule Sinc = new("R26", "sinc", "sin(x)/x is NaN at 0");
    public static readonly StabilityRule LogOfExp = new("R27", "log of exp", "log(e^u·c) is -∞ or ∞ when e^u underflows or overflows");
    public static readonly StabilityRule ExpRatio = new("R28", "exp of a sum", "e^a/e^b and e^a·e^b are NaN when both overflow or underflow");
    public static readonly StabilityRule Pow = new("R33", "integer or half-integer power", "Pow(x, c) with a constant c differentiates through log x (NaN at 0) and is slow");
    public static readonly StabilityRule SquaredRoot = new("R18", "(√s)² = s", "(√s)² has a NaN gradient at s = 0");
    public static readonly StabilityRule SqrtOfSquare = new("T2", "√(x·x) = |x|", "√(x·x) has a NaN gradient at 0");
}
