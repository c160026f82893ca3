using Xunit;

namespace AutoDiffGen.Testing.Tests.Snapshots;

public sealed class NumericTextComparerTests
{
    private static readonly NumericTextComparer Comparer = new(relative: 1e-10);

    [Theory]
    [InlineData("  dX = 1.5\n", "  dX = 1.5\n")]
    [InlineData("  dX = 1.5\n", "  dX = 1.50000000000001\n")]
    [InlineData("  dC = [1, -2.5]\n", "  dC = [1.0000000000001, -2.5]\n")]
    [InlineData("  value = NaN\n", "  value = NaN\n")]
    public void Numbers_within_the_tolerance_match(string verified, string received) =>
        Assert.Null(Comparer.Compare(verified, received));

    [Fact]
    public void A_number_outside_the_tolerance_is_named_with_its_line()
    {
        string? difference = Comparer.Compare("P\n  dX = 1.5\n  dY = 2\n", "P\n  dX = 1.5\n  dY = 2.001\n");

        Assert.NotNull(difference);
        Assert.StartsWith("Line 3 (dY = 2): verified 2, received 2.001, difference 1.0e-03 (relative 5.0e-04) exceeds 0 + 1E-10·|verified|", difference);
    }

    [Theory]
    [InlineData("  dX = 1\n", "  dY = 1\n")]
    [InlineData("  dC = [1, 2]\n", "  dC = [1, 2, 3]\n")]
    [InlineData("  value = Infinity\n", "  value = 1E+308\n")]
    [InlineData("a\n", "a\nb\n")]
    public void Different_words_shapes_or_infinities_do_not_match(string verified, string received) =>
        Assert.NotNull(Comparer.Compare(verified, received));

    [Fact]
    public void Absolute_tolerance_covers_numbers_near_zero()
    {
        Assert.NotNull(Comparer.Compare("dX = 0\n", "dX = 1E-17\n"));
        Assert.Null(new NumericTextComparer(1e-10, absolute: 1e-15).Compare("dX = 0\n", "dX = 1E-17\n"));
    }
}
