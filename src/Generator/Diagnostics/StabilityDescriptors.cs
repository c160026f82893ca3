using System.Collections.Generic;
using System.Linq;
using AutoDiffGen.Generator.Rewrites;
using Microsoft.CodeAnalysis;

namespace AutoDiffGen.Generator.Diagnostics;

/// <summary>
/// The info diagnostics of the stability rewrites: one per catalogue entry, ADGEN10nn for entry Rnn
/// (ADGEN1102 for trap T2), so a user can silence one kind (<c>#pragma warning disable ADGEN1033</c>)
/// and the code fix knows what it is replacing.
/// </summary>
internal static class StabilityDescriptors
{
    private const string Category = "AutoDiffGen.Stability";

    /// <summary>Diagnostic property: the stable C# call that replaces the user's expression, for the code fix.</summary>
    public const string ReplacementProperty = "Replacement";

    private static readonly DiagnosticDescriptor Sigmoid = Info("ADGEN1001", "Stable sigmoid used");
    private static readonly DiagnosticDescriptor LogSigmoid = Info("ADGEN1002", "Stable log-sigmoid used");
    private static readonly DiagnosticDescriptor Softplus = Info("ADGEN1003", "Stable softplus used");
    private static readonly DiagnosticDescriptor LogOneMinusSigmoid = Info("ADGEN1004", "Stable log(1-σ) used");
    private static readonly DiagnosticDescriptor CrossEntropy = Info("ADGEN1005", "Stable binary cross-entropy with logits used");
    private static readonly DiagnosticDescriptor LogAddExp = Info("ADGEN1006", "Stable log-add-exp used");
    private static readonly DiagnosticDescriptor LogSumExp = Info("ADGEN1007", "Stable log-sum-exp used");
    private static readonly DiagnosticDescriptor Softmax = Info("ADGEN1008", "Stable max-shifted softmax used");
    private static readonly DiagnosticDescriptor Log1p = Info("ADGEN1011", "Stable log1p used");
    private static readonly DiagnosticDescriptor Expm1 = Info("ADGEN1012", "Stable expm1 used");
    private static readonly DiagnosticDescriptor Log1mexp = Info("ADGEN1013", "Stable log1mexp used");
    private static readonly DiagnosticDescriptor LogDiffExp = Info("ADGEN1014", "Stable log-diff-exp used");
    private static readonly DiagnosticDescriptor SoftplusInverse = Info("ADGEN1015", "Stable inverse softplus used");
    private static readonly DiagnosticDescriptor LogOfProduct = Info("ADGEN1016", "Stable log of a product used");
    private static readonly DiagnosticDescriptor Hypot = Info("ADGEN1017", "Stable hypot or norm used");
    private static readonly DiagnosticDescriptor SquaredRoot = Info("ADGEN1018", "Stable (√s)² = s used");
    private static readonly DiagnosticDescriptor Xlogx = Info("ADGEN1019", "Stable x·log x used");
    private static readonly DiagnosticDescriptor Xlogy = Info("ADGEN1020", "Stable x·log y used");
    private static readonly DiagnosticDescriptor Tanh = Info("ADGEN1021", "Stable tanh used");
    private static readonly DiagnosticDescriptor LogCosh = Info("ADGEN1022", "Stable log cosh used");
    private static readonly DiagnosticDescriptor Log1pSquare = Info("ADGEN1023", "Stable log(1+x²) used");
    private static readonly DiagnosticDescriptor Sqrt1pm1 = Info("ADGEN1024", "Stable √(1+x)-1 used");
    private static readonly DiagnosticDescriptor OneMinusCos = Info("ADGEN1025", "Stable 1-cos x used");
    private static readonly DiagnosticDescriptor Sinc = Info("ADGEN1026", "Stable sinc used");
    private static readonly DiagnosticDescriptor LogOfExp = Info("ADGEN1027", "Stable log of exp used");
    private static readonly DiagnosticDescriptor ExpRatio = Info("ADGEN1028", "Stable exp of a sum used");
    private static readonly DiagnosticDescriptor Pow = Info("ADGEN1033", "Stable constant power used");
    private static readonly DiagnosticDescriptor SqrtOfSquare = Info("ADGEN1102", "Stable √(x·x) = abs(x) used");

    private static readonly Dictionary<StabilityRule, DiagnosticDescriptor> ByRule = new()
    {
        [StabilityRule.Sigmoid] = Sigmoid,
        [StabilityRule.OneMinusSigmoid] = Sigmoid,
        [StabilityRule.LogSigmoid] = LogSigmoid,
        [StabilityRule.Softplus] = Softplus,
        [StabilityRule.LogOneMinusSigmoid] = LogOneMinusSigmoid,
        [StabilityRule.CrossEntropy] = CrossEntropy,
        [StabilityRule.LogAddExp] = LogAddExp,
        [StabilityRule.LogSumExp] = LogSumExp,
        [StabilityRule.Softmax] = Softmax,
        [StabilityRule.Log1p] = Log1p,
        [StabilityRule.Expm1] = Expm1,
        [StabilityRule.Log1mexp] = Log1mexp,
        [StabilityRule.LogDiffExp] = LogDiffExp,
        [StabilityRule.SoftplusInverse] = SoftplusInverse,
        [StabilityRule.LogOfProduct] = LogOfProduct,
        [StabilityRule.Hypot] = Hypot,
        [StabilityRule.NormLoop] = Hypot,
        [StabilityRule.SquaredRoot] = SquaredRoot,
        [StabilityRule.Xlogx] = Xlogx,
        [StabilityRule.Xlogy] = Xlogy,
        [StabilityRule.Tanh] = Tanh,
        [StabilityRule.LogCosh] = LogCosh,
        [StabilityRule.Log1pSquare] = Log1pSquare,
        [StabilityRule.Sqrt1pm1] = Sqrt1pm1,
        [StabilityRule.OneMinusCos] = OneMinusCos,
        [StabilityRule.Sinc] = Sinc,
        [StabilityRule.LogOfExp] = LogOfExp,
        [StabilityRule.ExpRatio] = ExpRatio,
        [StabilityRule.Pow] = Pow,
        [StabilityRule.SqrtOfSquare] = SqrtOfSquare,
    };

    public static DiagnosticDescriptor For(StabilityRule rule) => ByRule[rule];

    /// <summary>Every descriptor once, for tests and docs (R01's two forms share ADGEN1001).</summary>
    public static IEnumerable<DiagnosticDescriptor> All => ByRule.Values.Distinct();

    private static DiagnosticDescriptor Info(string id, string title) => new(
        id, title,
        "'{0}' is computed as '{1}' in the generated gradient: {2}. {3}",
        Category, DiagnosticSeverity.Info, isEnabledByDefault: true,
        description: "The generator replaced a numerically fragile formula by a stable one with the same value, in the generated gradient only. "
            + "Turn rewrites off for a method with [Differentiable(StabilityRewrites = false)]. docs/stability.md lists every rewrite.",
        helpLinkUri: "https://github.com/autodiffgen/autodiffgen/blob/main/docs/stability.md#the-rewrites");
}
