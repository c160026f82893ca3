using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using AutoDiffGen.Testing;
using Microsoft.CodeAnalysis;

namespace AutoDiffGen.Cli;

/// <summary>
/// <c>autodiffgen &lt;paths&gt;… [--method NAME]</c>: generated code on standard output, diagnostics
/// (<c>file(line,col): error ADGEN…: message</c>) on standard error.
/// </summary>
internal static class Viewer
{
    /// <summary>The code was generated and no error was reported.</summary>
    public const int Success = 0;

    /// <summary>An error diagnostic was reported: some method got no gradient.</summary>
    public const int ErrorsReported = 1;

    /// <summary>The command could not run: bad arguments, a missing file, an unknown method.</summary>
    public const int InvalidInput = 2;

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = ".cs files, or directories whose .cs files are read (bin and obj excluded)",
            Arity = ArgumentArity.OneOrMore,
        };
        var method = new Option<string?>("--method", "-m")
        {
            Description = "Show only this [Differentiable] method (all overloads of the name); by default every method",
        };
        var root = new RootCommand("Prints the gradient code AutoDiffGen generates, and its diagnostics, without a build.") { paths, method };

        ParseResult parsed = root.Parse(args);
        // Parse errors are usage errors (exit code 2), kept apart from ADGEN errors (exit code 1).
        if (parsed.Errors.Count > 0)
        {
            foreach (var parseError in parsed.Errors) error.WriteLine("autodiffgen: " + parseError.Message);
            error.WriteLine("Usage: autodiffgen <file.cs|directory>... [--method <name>]   (--help for more)");
            return InvalidInput;
        }
        root.SetAction(result => Show(result.GetValue(paths)!, result.GetValue(method), output, error));
        return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error });
    }

    private static int Show(string[] paths, string? methodName, TextWriter output, TextWriter error)
    {
        IReadOnlyList<SourceInput> inputs;
        try
        {
            inputs = SourceInput.Read(paths);
        }
        catch (FileNotFoundException e)
        {
            error.WriteLine("autodiffgen: " + e.Message);
            return InvalidInput;
        }
        if (inputs.Count == 0)
        {
            error.WriteLine("autodiffgen: no .cs files in " + string.Join(", ", paths));
            return InvalidInput;
        }

        GeneratorOutput run = GeneratorRunner.Run(inputs);
        IEnumerable<GeneratedFile> files = run.Files;
        IEnumerable<Diagnostic> diagnostics = run.Diagnostics;
        if (methodName is not null)
        {
            GeneratedMethodCode code;
            try
            {
                code = run.ForMethod(methodName);
            }
            catch (ArgumentException e)
            {
                // ArgumentException appends " (Parameter 'methodName')", which means nothing on a command line.
                error.WriteLine("autodiffgen: " + e.Message.Split(" (Parameter")[0]);
                return InvalidInput;
            }
            files = code.Files;
            diagnostics = code.Diagnostics;
        }

        foreach (GeneratedFile file in files)
        {
            output.WriteLine("// " + file.HintName);
            output.WriteLine(file.Text.TrimEnd('\n'));
            output.WriteLine();
        }
        List<Diagnostic> list = DiagnosticText.InSourceOrder(diagnostics).ToList();
        foreach (Diagnostic diagnostic in list) error.WriteLine(DiagnosticText.CompilerStyle(diagnostic));
        int errors = list.Count(d => d.Severity == DiagnosticSeverity.Error);
        if (!files.Any() && list.Count == 0) error.WriteLine("autodiffgen: no [Differentiable] methods in " + string.Join(", ", paths));
        if (errors > 0) error.WriteLine(errors + (errors == 1 ? " error" : " errors") + ": no code is generated for a method with an error.");
        return errors > 0 ? ErrorsReported : Success;
    }
}
