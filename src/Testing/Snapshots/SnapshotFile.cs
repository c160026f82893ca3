namespace AutoDiffGen.Testing;

/// <summary>Decides whether a received snapshot matches its verified copy (both already normalised).</summary>
/// <returns><c>null</c> when they match; otherwise a readable description of the difference.</returns>
public delegate string? SnapshotComparer(string verified, string received);

/// <summary>One file a snapshot consists of.</summary>
/// <param name="Suffix">What follows the base name before ".verified": "#Ns.Type.Method.g" for a generated source, "" for the main text file.</param>
/// <param name="Extension">The extension without its dot: "cs" or "txt".</param>
/// <param name="Content">The text; it is normalised (LF, one trailing newline) before comparing and writing.</param>
public sealed record SnapshotFile(string Suffix, string Extension, string Content)
{
    /// <summary>How to compare with the verified file; <c>null</c> means the texts must be equal.</summary>
    public SnapshotComparer? Comparer { get; init; }
}
