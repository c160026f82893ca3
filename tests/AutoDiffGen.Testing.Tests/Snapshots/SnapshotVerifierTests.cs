using System.IO;
using System.Text;
using Xunit;

namespace AutoDiffGen.Testing.Tests.Snapshots;

/// <summary>The received/verified conventions, on files in a fresh temp directory with a fake environment.</summary>
public sealed class SnapshotVerifierTests : TempDirectory
{
    private SnapshotVerifier Verifier => new(Root, Lookup);

    private static SnapshotFile Source(string content) => new("#Ns.T.M", "cs", content);

    [Fact]
    public void Missing_verified_file_writes_received_and_fails_as_New()
    {
        var e = Assert.Throws<SnapshotMismatchException>(() => Verifier.Verify("C.Test", new[] { Source("a\r\nb") }));

        Assert.Contains("New:", e.Message);
        Assert.Contains("Received: C.Test#Ns.T.M.received.cs", e.Message);
        Assert.Contains("Verified: C.Test#Ns.T.M.verified.cs", e.Message);
        Assert.StartsWith("Directory: " + Root, e.Message);
        Assert.False(File.Exists(PathOf("C.Test#Ns.T.M.verified.cs")));
        // Normalised: LF, one trailing newline, UTF-8 with BOM.
        byte[] bytes = File.ReadAllBytes(PathOf("C.Test#Ns.T.M.received.cs"));
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF, (byte)'a', (byte)'\n', (byte)'b', (byte)'\n' }, bytes);
    }

    [Fact]
    public void Equal_content_passes_and_deletes_a_stale_received_file()
    {
        File.WriteAllText(PathOf("C.Test#Ns.T.M.verified.cs"), "a\r\nb\r\n\r\n", new UTF8Encoding(true));
        File.WriteAllText(PathOf("C.Test#Ns.T.M.received.cs"), "old");

        Verifier.Verify("C.Test", new[] { Source("a\nb\n") });

        Assert.False(File.Exists(PathOf("C.Test#Ns.T.M.received.cs")));
    }

    [Fact]
    public void Different_content_fails_as_NotEqual_with_the_first_differing_line()
    {
        File.WriteAllText(PathOf("C.Test#Ns.T.M.verified.cs"), "same\nold line\nrest\n");

        var e = Assert.Throws<SnapshotMismatchException>(() => Verifier.Verify("C.Test", new[] { Source("same\nnew line\nrest\n") }));

        Assert.Contains("NotEqual:", e.Message);
        Assert.Contains("Line 2 does not match.\nExpected Line: old line\nActual Line:   new line", e.Message);
        Assert.Equal("same\nnew line\nrest\n", File.ReadAllText(PathOf("C.Test#Ns.T.M.received.cs")));
        Assert.Equal("same\nold line\nrest\n", File.ReadAllText(PathOf("C.Test#Ns.T.M.verified.cs")));
    }

    [Fact]
    public void A_verified_file_no_longer_produced_fails_as_Delete()
    {
        File.WriteAllText(PathOf("C.Test#Ns.T.Old.verified.cs"), "x\n");
        File.WriteAllText(PathOf("C.Test#Ns.T.M.verified.cs"), "x\n");
        // Another test whose name starts the same way is not this test's file.
        File.WriteAllText(PathOf("C.TestTwo#Ns.T.M.verified.cs"), "x\n");

        var e = Assert.Throws<SnapshotMismatchException>(() => Verifier.Verify("C.Test", new[] { Source("x") }));

        Assert.Contains("Delete:\n  - Verified: C.Test#Ns.T.Old.verified.cs", e.Message);
        Assert.DoesNotContain("C.TestTwo", e.Message);
    }

    [Fact]
    public void Diagnostics_file_is_compared_like_sources()
    {
        var e = Assert.Throws<SnapshotMismatchException>(() => Verifier.Verify("C.Test", new[] { new SnapshotFile("", "txt", "Diagnostics: []") }));

        Assert.Contains("Received: C.Test.received.txt", e.Message);
    }

    [Fact]
    public void A_custom_comparer_decides_equality()
    {
        File.WriteAllText(PathOf("C.Test.verified.txt"), "x = 1\n");
        var lenient = new SnapshotFile("", "txt", "x = 1.0000001") { Comparer = (_, _) => null };
        var strict = new SnapshotFile("", "txt", "x = 1.0000001") { Comparer = (_, _) => "always different" };

        Verifier.Verify("C.Test", new[] { lenient });
        var e = Assert.Throws<SnapshotMismatchException>(() => Verifier.Verify("C.Test", new[] { strict }));

        Assert.Contains("always different", e.Message);
        Assert.Equal("x = 1\n", File.ReadAllText(PathOf("C.Test.verified.txt")));
    }

    [Fact]
    public void Accept_variable_overwrites_verified_files_and_still_fails()
    {
        Environment[SnapshotVerifier.AcceptVariable] = "1";
        File.WriteAllText(PathOf("C.Test#Ns.T.M.verified.cs"), "old\n");
        File.WriteAllText(PathOf("C.Test#Ns.T.Gone.verified.cs"), "gone\n");

        var e = Assert.Throws<SnapshotMismatchException>(() =>
            Verifier.Verify("C.Test", new[] { Source("new"), new SnapshotFile("#Ns.T.N", "cs", "added") }));

        Assert.Contains("accepted", e.Message);
        Assert.Equal("new\n", File.ReadAllText(PathOf("C.Test#Ns.T.M.verified.cs")));
        Assert.Equal("added\n", File.ReadAllText(PathOf("C.Test#Ns.T.N.verified.cs")));
        Assert.False(File.Exists(PathOf("C.Test#Ns.T.Gone.verified.cs")));
        Assert.False(File.Exists(PathOf("C.Test#Ns.T.M.received.cs")));
        Assert.False(File.Exists(PathOf("C.Test#Ns.T.N.received.cs")));

        // Accepted files then pass.
        Verifier.Verify("C.Test", new[] { Source("new"), new SnapshotFile("#Ns.T.N", "cs", "added") });
    }

    [Theory]
    [InlineData("CI")]
    [InlineData("TF_BUILD")]
    [InlineData("GITHUB_ACTIONS")]
    public void Accept_variable_is_ignored_on_a_build_server(string ciVariable)
    {
        Environment[SnapshotVerifier.AcceptVariable] = "1";
        Environment[ciVariable] = "true";
        File.WriteAllText(PathOf("C.Test#Ns.T.M.verified.cs"), "old\n");

        var e = Assert.Throws<SnapshotMismatchException>(() => Verifier.Verify("C.Test", new[] { Source("new") }));

        Assert.DoesNotContain("accepted", e.Message);
        Assert.Equal("old\n", File.ReadAllText(PathOf("C.Test#Ns.T.M.verified.cs")));
        Assert.True(File.Exists(PathOf("C.Test#Ns.T.M.received.cs")));
    }

    [Fact]
    public void Accept_needs_the_value_1()
    {
        Environment[SnapshotVerifier.AcceptVariable] = "true";
        Assert.False(Verifier.AcceptEnabled);
        Environment[SnapshotVerifier.AcceptVariable] = "1";
        Assert.True(Verifier.AcceptEnabled);
    }

    [Fact]
    public void Location_is_the_test_file_directory_and_file_dot_method()
    {
        string testFile = PathOf("MyTests.cs");

        SnapshotLocation plain = SnapshotLocation.ForTest(testFile, "Loss_is_stable");
        SnapshotLocation parameterised = SnapshotLocation.ForTest(testFile, "Theory", 1.5, "a/b");

        Assert.Equal(new SnapshotLocation(Root, "MyTests.Loss_is_stable"), plain);
        Assert.Equal("MyTests.Theory_1.5_a_b", parameterised.BaseName);
    }

    [Fact]
    public void Location_in_a_directory_that_does_not_exist_explains_deterministic_paths() =>
        Assert.Contains("ContinuousIntegrationBuild", Assert.Throws<System.InvalidOperationException>(
            () => SnapshotLocation.ForTest("/_/tests/MyTests.cs", "T")).Message);
}
