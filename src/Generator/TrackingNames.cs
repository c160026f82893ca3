namespace AutoDiffGen.Generator;

/// <summary>Names of the incremental steps tests assert on; renaming one cannot silently blind a test.</summary>
public static class TrackingNames
{
    /// <summary>The [Differentiable] method turned into a spec plus diagnostics.</summary>
    public const string Parse = "AutoDiffGen.Parse";

    /// <summary>The spec alone (no diagnostics, no locations): equal specs skip emission.</summary>
    public const string Spec = "AutoDiffGen.Spec";
}
