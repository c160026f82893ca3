using System;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Xunit;

namespace AutoDiffGen.Testing.Tests.Generation;

/// <summary>The in-process generator run behind GeneratedCode and the viewer.</summary>
public sealed class GeneratedCodeTests
{
    // A .txt, so the test project does not compile it (with the generator as analyzer it would fail the build).
    private const string Input = "Inputs/Model.cs.txt";

    [Fact]
    public void Generated_code_of_a_method_is_found_by_name_relative_to_the_test_file()
    {
        GeneratedMethodCode code = GeneratedCode.For(Input, "Square");

        GeneratedFile file = Assert.Single(code.Files);
        Assert.Equal("Inputs.Model.Square.g.cs", file.HintName);
        Assert.Contains("public static double SquareGradient(double x, out double dX)", code.Text);
        Assert.Contains("public static double SquareBackward(double x, double seed, ref double dX)", code.Text);
        Assert.Empty(code.Diagnostics);
    }

    [Fact]
    public void An_unsupported_construct_gives_its_ADGEN_error_and_no_code()
    {
        GeneratedMethodCode code = GeneratedCode.For(Input, "Guarded");

        Assert.Empty(code.Files);
        Assert.True(code.HasErrors);
        Diagnostic error = Assert.Single(code.Diagnostics);
        Assert.Equal("ADGEN0005", error.Id);
        // The `try` keyword, line 14 column 9 of the input.
        Assert.StartsWith("Inputs/Model.cs.txt(14,9): error ADGEN0005: This statement cannot be differentiated: 'try' is not supported", DiagnosticText.CompilerStyle(error));
    }

    [Fact]
    public void A_missing_or_plain_method_is_explained()
    {
        Assert.Contains("No method named 'Cube'", Assert.Throws<ArgumentException>(() => GeneratedCode.For(Input, "Cube")).Message);
        Assert.Contains("'Plain' in Inputs/Model.cs.txt is not marked [Differentiable]", Assert.Throws<ArgumentException>(() => GeneratedCode.For(Input, "Plain")).Message);
    }

    [Fact]
    public void A_missing_file_names_the_path() =>
        Assert.Contains("No such file or directory: Inputs/Missing.cs", Assert.Throws<FileNotFoundException>(() => GeneratedCode.For("Inputs/Missing.cs", "F")).Message);

    [Fact]
    public void A_C_sharp_error_inside_a_differentiable_method_is_reported_since_the_generator_stays_silent()
    {
        GeneratorOutput output = GeneratorRunner.Run(new[]
        {
            new SourceInput("Broken.cs", "using AutoDiffGen; public static partial class B { [Differentiable] public static double F(double x) => x * Undefined; }"),
        });

        Assert.Empty(output.Files);
        Assert.Equal("CS0103", Assert.Single(output.ForMethod("F").Diagnostics).Id);
    }

    [Fact]
    public void Directories_contribute_their_cs_files_except_bin_and_obj()
    {
        string root = Path.Combine(Path.GetTempPath(), "adgen-sources-" + Guid.NewGuid().ToString("N"));
        try
        {
            Directory.CreateDirectory(Path.Combine(root, "obj", "generated"));
            Directory.CreateDirectory(Path.Combine(root, "Sub"));
            File.WriteAllText(Path.Combine(root, "A.cs"), "class A {}");
            File.WriteAllText(Path.Combine(root, "Sub", "B.cs"), "class B {}");
            File.WriteAllText(Path.Combine(root, "obj", "generated", "A.g.cs"), "class A {}");
            File.WriteAllText(Path.Combine(root, "notes.txt"), "");

            var inputs = SourceInput.Read(new[] { root });

            Assert.Equal(new[] { Path.Combine(root, "A.cs"), Path.Combine(root, "Sub", "B.cs") }, inputs.Select(i => i.Path));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void Snapshot_of_generated_code_uses_the_Verify_SourceGenerators_layout()
    {
        GeneratedMethodCode code = GeneratedCode.For(Input, "Guarded");
        var files = GeneratedSnapshotFiles.Create(code.Files.Select(f => (f.HintName, f.Text)), code.Diagnostics, "/nowhere");

        SnapshotFile diagnostics = Assert.Single(files);
        Assert.Equal(("", "txt"), (diagnostics.Suffix, diagnostics.Extension));
        Assert.StartsWith("Diagnostics: [\n  {\n    Id: ADGEN0005,\n    Severity: Error,\n    Location: Model.cs.txt: (14,9)-(14,12),", diagnostics.Content);
    }
}
