namespace AutoDiffGen.Generator.Model;

/// <summary>The public contract's names (docs/contract.md). Change them only as a breaking change.</summary>
internal static class GeneratedNames
{
    public static string Gradient(string method) => method + "Gradient";

    public static string Backward(string method) => method + "Backward";

    /// <summary><c>d</c> + the parameter name with its first letter upper-cased (beta0 → dBeta0).</summary>
    public static string GradientOutput(string parameter) =>
        "d" + char.ToUpperInvariant(parameter[0]) + parameter.Substring(1);
}
