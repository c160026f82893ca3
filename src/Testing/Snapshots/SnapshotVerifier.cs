using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace AutoDiffGen.Testing;

/// <summary>
/// Compares snapshot files with Verify's conventions, so a project can move to Verify without renaming
/// anything: <c>{base}{suffix}.verified.{ext}</c> is the committed truth, <c>.received.</c> is written on a
/// difference, a passing run deletes stale received files, and the failure message uses Verify's
/// machine-parsable layout. The one implementation of these conventions in the repository: the
/// generator's own snapshot tests use it too.
/// </summary>
public sealed class SnapshotVerifier
{
    /// <summary>Set to 1 to overwrite verified files with what the test produces now (the test still fails).</summary>
    public const string AcceptVariable = "ADGEN_ACCEPT_SNAPSHOTS";

    /// <summary>Build servers set one of these; accepting there would hide a regression (Verify's includeBuildServer: false).</summary>
    public static readonly IReadOnlyList<string> CiVariables = new[] { "CI", "TF_BUILD", "GITHUB_ACTIONS" };

    private static readonly Encoding Utf8WithBom = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);

    private readonly string directory;
    private readonly Func<string, string?> environment;

    /// <summary>A verifier for files in <paramref name="directory"/>.</summary>
    /// <param name="directory">Where the verified and received files live.</param>
    /// <param name="environment">Reads an environment variable; tests of the verifier pass a fake. Defaults to the process environment.</param>
    public SnapshotVerifier(string directory, Func<string, string?>? environment = null)
    {
        this.directory = directory;
        this.environment = environment ?? Environment.GetEnvironmentVariable;
    }

    /// <summary>True when snapshots may be accepted automatically: the variable is 1 and no CI variable is set.</summary>
    public bool AcceptEnabled =>
        environment(AcceptVariable) == "1" && !CiVariables.Any(v => !string.IsNullOrEmpty(environment(v)));

    /// <summary>Throws <see cref="SnapshotMismatchException"/> unless every file matches its verified copy
    /// and no other verified file carries <paramref name="baseName"/>.</summary>
    public void Verify(string baseName, IReadOnlyList<SnapshotFile> files)
    {
        var newFiles = new List<(string Received, string Verified, string Content)>();
        var notEqual = new List<(string Received, string Verified, string Diff)>();
        var produced = new HashSet<string>(StringComparer.Ordinal);

        foreach (SnapshotFile file in files)
        {
            string verified = baseName + file.Suffix + ".verified." + file.Extension;
            string received = baseName + file.Suffix + ".received." + file.Extension;
            produced.Add(verified);
            string content = Normalize(file.Content);
            string verifiedPath = Path.Combine(directory, verified);
            string receivedPath = Path.Combine(directory, received);

            if (!File.Exists(verifiedPath))
            {
                File.WriteAllText(receivedPath, content, Utf8WithBom);
                newFiles.Add((received, verified, content));
                continue;
            }
            string expected = Normalize(File.ReadAllText(verifiedPath));
            string? difference = file.Comparer is null
                ? (expected == content ? null : LineDiff(expected, content))
                : file.Comparer(expected, content);
            if (difference is null)
            {
                if (File.Exists(receivedPath)) File.Delete(receivedPath);
            }
            else
            {
                File.WriteAllText(receivedPath, content, Utf8WithBom);
                notEqual.Add((received, verified, difference));
            }
        }

        // A verified file this run did not produce: usually a renamed hint name, or diagnostics that went away.
        List<string> delete = Directory.EnumerateFiles(directory, baseName + "#*.verified.*")
            .Concat(Directory.EnumerateFiles(directory, baseName + ".verified.*"))
            .Select(path => Path.GetFileName(path))
            .Where(name => !produced.Contains(name))
            .OrderBy(name => name, StringComparer.Ordinal)
            .ToList();

        if (newFiles.Count == 0 && notEqual.Count == 0 && delete.Count == 0) return;

        bool accepted = AcceptEnabled;
        if (accepted) Accept(newFiles.Select(f => (f.Received, f.Verified)).Concat(notEqual.Select(f => (f.Received, f.Verified))), delete);

        throw new SnapshotMismatchException(Message(accepted, newFiles, notEqual, delete));
    }

    /// <summary>CRLF or CR to LF, exactly one trailing newline: the same text on every OS and after any git checkout.</summary>
    public static string Normalize(string text)
    {
        string lf = text.Replace("\r\n", "\n").Replace('\r', '\n');
        return lf.TrimEnd('\n') + "\n";
    }

    private void Accept(IEnumerable<(string Received, string Verified)> pairs, List<string> delete)
    {
        foreach ((string received, string verified) in pairs)
        {
            File.Copy(Path.Combine(directory, received), Path.Combine(directory, verified), overwrite: true);
            File.Delete(Path.Combine(directory, received));
        }
        foreach (string verified in delete) File.Delete(Path.Combine(directory, verified));
    }

    /// <summary>The first differing line, like RT-TESTS RoslynTestUtils.CompareLines.</summary>
    public static string LineDiff(string expected, string actual)
    {
        string[] e = expected.Split('\n'), a = actual.Split('\n');
        for (int i = 0; i < Math.Max(e.Length, a.Length); i++)
        {
            string? el = i < e.Length ? e[i] : null, al = i < a.Length ? a[i] : null;
            if (el != al)
            {
                return "Line " + (i + 1) + " does not match.\n" +
                    "Expected Line: " + (el ?? "<end of file>") + "\n" +
                    "Actual Line:   " + (al ?? "<end of file>");
            }
        }
        return "The files are equal.";
    }

    private string Message(bool accepted,
        List<(string Received, string Verified, string Content)> newFiles,
        List<(string Received, string Verified, string Diff)> notEqual,
        List<string> delete)
    {
        var m = new StringBuilder();
        if (accepted)
        {
            m.Append("Snapshots were accepted because ").Append(AcceptVariable)
             .Append("=1. The test fails anyway so that nothing is accepted by accident; run it again.\n");
        }
        m.Append("Directory: ").Append(directory).Append('\n');
        if (newFiles.Count > 0)
        {
            m.Append("New:\n");
            foreach (var f in newFiles) m.Append("  - Received: ").Append(f.Received).Append("\n    Verified: ").Append(f.Verified).Append('\n');
        }
        if (notEqual.Count > 0)
        {
            m.Append("NotEqual:\n");
            foreach (var f in notEqual) m.Append("  - Received: ").Append(f.Received).Append("\n    Verified: ").Append(f.Verified).Append('\n');
        }
        if (delete.Count > 0)
        {
            m.Append("Delete:\n");
            foreach (string f in delete) m.Append("  - Verified: ").Append(f).Append('\n');
        }
        m.Append("\nFileContent:\n");
        foreach (var f in newFiles) m.Append("\nNew:\n\nReceived: ").Append(f.Received).Append('\n').Append(f.Content);
        foreach (var f in notEqual) m.Append("\nNotEqual:\n\nReceived: ").Append(f.Received).Append('\n').Append(f.Diff).Append('\n');
        if (!accepted && (newFiles.Count > 0 || notEqual.Count > 0))
        {
            m.Append("\nTo accept: rename each received file over its verified file, or run the tests once with ")
             .Append(AcceptVariable).Append("=1 (ignored on build servers).\n");
        }
        return m.ToString();
    }
}
