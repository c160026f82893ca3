using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace AutoDiffGen.Testing;

/// <summary>The generated code and the diagnostics for one method name.</summary>
/// <param name="MethodName">The <c>[Differentiable]</c> method's name.</param>
/// <param name="Files">One file per overload with that name that was generated; empty when an error stopped it.</param>
/// <param name="Diagnostics">The generator's diagnostics on that method, and C# errors inside it.</param>
public sealed record GeneratedMethodCode(string MethodName, ImmutableArray<GeneratedFile> Files, ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>The generated text (files joined by a blank line); empty when nothing was generated.</summary>
    public string Text => string.Join("\n", Files.Select(f => f.Text));

    /// <summary>True when a diagnostic is an error (then nothing is generated for that method).</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>
    /// Snapshot-tests the generated code in Verify.SourceGenerators' layout next to the test source:
    /// <c>{TestFile}.{TestMethod}#{HintNameWithoutExt}.verified.cs</c> per file, starting with
    /// <c>//HintName:</c>, and <c>{TestFile}.{TestMethod}.verified.txt</c> listing the diagnostics, only
    /// when there are any. The generator version in <c>GeneratedCodeAttribute</c> is scrubbed to <c>%VERSION%</c>.
    /// </summary>
    /// <exception cref="SnapshotMismatchException">A file is new, differs, or is no longer produced.</exception>
    public void Verify([CallerFilePath] string testFile = "", [CallerMemberName] string testMethod = "")
    {
        SnapshotLocation location = SnapshotLocation.ForTest(testFile, testMethod);
        new SnapshotVerifier(location.Directory).Verify(location.BaseName,
            GeneratedSnapshotFiles.Create(Files.Select(f => (f.HintName, f.Text)), Diagnostics, location.Directory));
    }
}
