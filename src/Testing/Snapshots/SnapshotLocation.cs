using System;
using System.IO;

namespace AutoDiffGen.Testing;

/// <summary>Where a test's snapshot files live: next to the test source, named <c>{TestFile}.{TestMethod}</c>.</summary>
/// <param name="Directory">The directory of the test source file.</param>
/// <param name="BaseName">The test file's name without extension, a dot, and the test method's name.</param>
public sealed record SnapshotLocation(string Directory, string BaseName)
{
    /// <summary>
    /// The location for a test, from the compiler-filled <c>[CallerFilePath]</c> and <c>[CallerMemberName]</c>.
    /// </summary>
    /// <param name="testFile">The test source file's full path.</param>
    /// <param name="testMethod">The test method's name.</param>
    /// <param name="parameters">For a parameterised test: values appended as <c>_{value}</c>, unsafe characters replaced by <c>_</c>.</param>
    public static SnapshotLocation ForTest(string testFile, string testMethod, params object?[] parameters)
    {
        if (string.IsNullOrEmpty(testFile) || string.IsNullOrEmpty(testMethod))
        {
            throw new ArgumentException("The test file and method are needed; they are filled in by [CallerFilePath] and [CallerMemberName] when left out.");
        }
        string directory = Path.GetDirectoryName(testFile) ?? "";
        // A build with deterministic source paths (ContinuousIntegrationBuild=true) maps them to /_/…; the
        // snapshots would then be looked for in a directory that does not exist.
        if (!System.IO.Directory.Exists(directory))
        {
            throw new InvalidOperationException("The test's source directory '" + directory + "' does not exist on this machine. " +
                "Snapshot tests need the real source path in [CallerFilePath]: build the test project without ContinuousIntegrationBuild or PathMap.");
        }
        string baseName = Path.GetFileNameWithoutExtension(testFile) + "." + testMethod;
        foreach (object? parameter in parameters) baseName += "_" + SafeName(Convert.ToString(parameter, System.Globalization.CultureInfo.InvariantCulture) ?? "null");
        return new SnapshotLocation(directory, baseName);
    }

    private static string SafeName(string value)
    {
        char[] chars = value.ToCharArray();
        for (int i = 0; i < chars.Length; i++)
        {
            if (!(char.IsLetterOrDigit(chars[i]) || chars[i] is '-' or '.')) chars[i] = '_';
        }
        return new string(chars);
    }
}
