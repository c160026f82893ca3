using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;

namespace AutoDiffGen.Testing;

/// <summary>
/// The generated gradient code of one of your methods, for reading or snapshot-testing, without setting up
/// a generator driver: the generator runs in-process over the source files you name.
/// </summary>
public static class GeneratedCode
{
    /// <summary>
    /// Runs the generator over <paramref name="sourcePath"/> and returns what it generated and reported for
    /// <paramref name="methodName"/>.
    /// </summary>
    /// <param name="sourcePath">A <c>.cs</c> file or a directory of them (bin/obj excluded); a relative path is
    /// relative to the calling test's source file, e.g. <c>"../../src/Model/ToyModel.cs"</c>.</param>
    /// <param name="methodName">The <c>[Differentiable]</c> method.</param>
    /// <param name="callerFile">Filled in by the compiler.</param>
    public static GeneratedMethodCode For(string sourcePath, string methodName, [CallerFilePath] string callerFile = "") =>
        For(new[] { sourcePath }, methodName, callerFile);

    /// <summary>The same over several files or directories (a method that calls methods in other files needs them).</summary>
    public static GeneratedMethodCode For(IEnumerable<string> sourcePaths, string methodName, [CallerFilePath] string callerFile = "")
    {
        IReadOnlyList<SourceInput> inputs = SourceInput.Read(sourcePaths, Path.GetDirectoryName(callerFile));
        return GeneratorRunner.Run(inputs).ForMethod(methodName);
    }

    /// <summary>
    /// <see cref="For(string, string, string)"/> then <see cref="GeneratedMethodCode.Verify"/>: snapshot-tests the
    /// generated code of <paramref name="methodName"/> next to the calling test.
    /// </summary>
    public static void Verify(string sourcePath, string methodName,
        [CallerFilePath] string callerFile = "", [CallerMemberName] string testMethod = "") =>
        For(sourcePath, methodName, callerFile).Verify(callerFile, testMethod);
}
