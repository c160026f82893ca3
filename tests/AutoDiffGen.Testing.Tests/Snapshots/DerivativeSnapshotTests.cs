using System.IO;
using AutoDiffGen.Testing.Tests.Gradients;
using Xunit;

namespace AutoDiffGen.Testing.Tests.Snapshots;

/// <summary>Create, compare, mismatch and accept paths of derivative snapshots, in a temp directory.</summary>
public sealed class DerivativeSnapshotTests : TempDirectory
{
    private SnapshotLocation Location => new(Root, "ModelTests.Loss");

    private string Verified => PathOf("ModelTests.Loss.verified.txt");

    private string Received => PathOf("ModelTests.Loss.received.txt");

    private static DerivativeSnapshot Scalar => DerivativeSnapshot.For(typeof(CheckedFunctions), nameof(CheckedFunctions.Scalar)).At(0.5, 2.0, 0.0);

    [Fact]
    public void Text_lists_arguments_value_and_gradient_by_name_in_round_trip_format()
    {
        // Scalar(x, a, b) = sin(a·x)·e^b + a·b²; at x = 0.5, a = 2, b = 0: value sin 1, ∂a = 0.5·cos 1, ∂b = sin 1.
        string expected =
            "AutoDiffGen.Testing.Tests.Gradients.CheckedFunctions.Scalar\n\n" +
            "Point 1:\n" +
            "  x = 0.5 (data)\n" +
            "  a = 2\n" +
            "  b = 0\n" +
            "  value = " + System.Math.Sin(1.0).ToString("R", System.Globalization.CultureInfo.InvariantCulture) + "\n" +
            "  dA = " + (0.5 * System.Math.Cos(1.0)).ToString("R", System.Globalization.CultureInfo.InvariantCulture) + "\n" +
            "  dB = " + System.Math.Sin(1.0).ToString("R", System.Globalization.CultureInfo.InvariantCulture) + "\n";

        Assert.Equal(expected, Scalar.Text());
    }

    [Fact]
    public void Arrays_are_written_as_lists()
    {
        string text = DerivativeSnapshot.For(typeof(CheckedFunctions), nameof(CheckedFunctions.Dot)).At(new[] { 1.0, 0.0 }, new[] { 0.0, 0.0 }, 0.0).Text();

        // tanh(0) = 0 and tanh' = 1, so ∂w = x = [0, 0] and ∂bias = 1.
        Assert.Contains("  w = [1, 0]\n  x = [0, 0] (data)\n  bias = 0\n  value = 0\n  dW = [0, 0]\n  dBias = 1\n", text);
    }

    [Fact]
    public void First_run_writes_received_and_fails_as_New()
    {
        var e = Assert.Throws<SnapshotMismatchException>(() => Scalar.Verify(Location, Lookup));

        Assert.Contains("New:", e.Message);
        Assert.Equal(Scalar.Text(), File.ReadAllText(Received));
        Assert.False(File.Exists(Verified));
    }

    [Fact]
    public void Matching_verified_file_passes()
    {
        File.WriteAllText(Verified, Scalar.Text());

        Scalar.Verify(Location, Lookup);

        Assert.False(File.Exists(Received));
    }

    [Fact]
    public void Numbers_within_the_tolerance_pass_and_the_verified_file_is_kept()
    {
        string nudged = Scalar.Text().Replace("  a = 2\n", "  a = 2.0000000000001\n");
        File.WriteAllText(Verified, nudged);

        Scalar.Verify(Location, Lookup);

        Assert.Equal(nudged, File.ReadAllText(Verified));
    }

    [Fact]
    public void A_changed_derivative_fails_naming_the_output()
    {
        // A verified file from a function whose ∂b was 1.5: the received one differs in that line only.
        File.WriteAllText(Verified, ReplaceLine(Scalar.Text(), "  dB = ", "  dB = 1.5"));

        var e = Assert.Throws<SnapshotMismatchException>(() => Scalar.Verify(Location, Lookup));

        Assert.Contains("NotEqual:", e.Message);
        Assert.Contains("Line 9 (dB = 1.5): verified 1.5, received 0.84147", e.Message);
        Assert.True(File.Exists(Received));
    }

    [Fact]
    public void A_looser_tolerance_accepts_a_small_change()
    {
        File.WriteAllText(Verified, ReplaceLine(Scalar.Text(), "  dB = ", "  dB = 0.84147098"));

        Assert.Throws<SnapshotMismatchException>(() => Scalar.Verify(Location, Lookup));
        Scalar.WithTolerance(relative: 1e-8).Verify(Location, Lookup);
    }

    [Fact]
    public void Accept_variable_writes_the_verified_file_and_still_fails()
    {
        Environment[SnapshotVerifier.AcceptVariable] = "1";

        var e = Assert.Throws<SnapshotMismatchException>(() => Scalar.Verify(Location, Lookup));

        Assert.Contains("accepted", e.Message);
        Assert.Equal(Scalar.Text(), File.ReadAllText(Verified));
        Scalar.Verify(Location, Lookup);
    }

    [Fact]
    public void Accept_variable_is_ignored_in_CI()
    {
        Environment[SnapshotVerifier.AcceptVariable] = "1";
        Environment["GITHUB_ACTIONS"] = "true";

        Assert.Throws<SnapshotMismatchException>(() => Scalar.Verify(Location, Lookup));

        Assert.False(File.Exists(Verified));
        Assert.True(File.Exists(Received));
    }

    [Fact]
    public void Verify_without_points_is_an_error() =>
        Assert.Throws<System.InvalidOperationException>(() =>
            DerivativeSnapshot.For(typeof(CheckedFunctions), nameof(CheckedFunctions.Scalar)).Verify(Location, Lookup));

    private static string ReplaceLine(string text, string prefix, string line)
    {
        string[] lines = text.Split('\n');
        for (int i = 0; i < lines.Length; i++) if (lines[i].StartsWith(prefix, System.StringComparison.Ordinal)) lines[i] = line;
        return string.Join('\n', lines);
    }
}
