using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace AutoDiffGen.Testing;

/// <summary>One C# source file to run the generator over.</summary>
/// <param name="Path">The path diagnostics report (as given; relative paths stay relative).</param>
/// <param name="Text">The file's text.</param>
public sealed record SourceInput(string Path, string Text)
{
    /// <summary>
    /// Reads files and directories: a file is read as it is; a directory (a project folder, say)
    /// contributes every <c>.cs</c> file below it except those under <c>bin</c> and <c>obj</c>, in ordinal
    /// order so that runs are reproducible.
    /// </summary>
    /// <param name="paths">Files or directories.</param>
    /// <param name="baseDirectory">Relative paths are resolved against it; reported paths stay as given.</param>
    /// <exception cref="FileNotFoundException">A path is neither a file nor a directory.</exception>
    public static IReadOnlyList<SourceInput> Read(IEnumerable<string> paths, string? baseDirectory = null)
    {
        var inputs = new List<SourceInput>();
        foreach (string path in paths)
        {
            string full = baseDirectory is null ? System.IO.Path.GetFullPath(path) : System.IO.Path.GetFullPath(path, baseDirectory);
            if (File.Exists(full))
            {
                inputs.Add(new SourceInput(path, File.ReadAllText(full)));
            }
            else if (Directory.Exists(full))
            {
                inputs.AddRange(SourcesIn(full).Select(file => new SourceInput(
                    System.IO.Path.Combine(path, System.IO.Path.GetRelativePath(full, file)), File.ReadAllText(file))));
            }
            else
            {
                throw new FileNotFoundException("No such file or directory: " + path + (path == full ? "" : " (" + full + ")"), path);
            }
        }
        return inputs;
    }

    private static IEnumerable<string> SourcesIn(string directory) =>
        Directory.EnumerateFiles(directory, "*.cs", SearchOption.AllDirectories)
            .Where(file => !IsBuildOutput(System.IO.Path.GetRelativePath(directory, file)))
            .OrderBy(file => file, StringComparer.Ordinal);

    // Generated copies under obj/ (EmitCompilerGeneratedFiles) would declare every gradient a second time.
    private static bool IsBuildOutput(string relativePath) =>
        relativePath.Split(System.IO.Path.DirectorySeparatorChar, System.IO.Path.AltDirectorySeparatorChar)
            .Any(segment => segment is "bin" or "obj");
}
