namespace AutoDiffGen.Generator.Model;

/// <summary>The public contract's names (docs/contract.md). Change them only as a breaking change.</summary>
internal static class GeneratedNames
{
    public static string Gradient(string method) => method + "Gradient";

    public static string Backward(string method) => method + "Backward";

    /// <summary>The batched gradient, generated when a parameter is [PerSample] (docs/batching.md).</summary>
    public static string BatchGradient(string method) => method + "BatchGradient";

    /// <summary>The batched backward pass, generated when a parameter is [PerSample].</summary>
    public static string BatchBackward(string method) => method + "BatchBackward";

    /// <summary><c>d</c> + the parameter name with its first letter upper-cased (beta0 → dBeta0).</summary>
    public static string GradientOutput(string parameter) =>
        "d" + char.ToUpperInvariant(parameter[0]) + parameter.Substring(1);
}
