using Xunit;
using F = AutoDiffGen.Functional.Tests.Stability.TrapFunctions;

namespace AutoDiffGen.Functional.Tests.Stability;

/// <summary>
/// Catalogue §4 traps: a zero adjoint never turns an infinite partial into NaN, a branch not taken is never
/// differentiated, and the documented conventions at kinks (|x|' = 0 at 0, a max/min tie splits ½/½,
/// atan2 and hypot have gradient 0 at the origin). Expected values are those conventions, exactly.
/// </summary>
public class TrapTests
{
    [Fact]
    public void Zero_times_sqrt_at_0()
    {
        Assert.Equal(0.0, F.ZeroTimesSqrtGradient(0, out double dX));
        Assert.Equal(0.0, dX);
    }

    [Fact]
    public void Zero_weight_on_log_0()
    {
        // With rewrites the product is xlogy (value 0); without, the value is 0·(−∞) = NaN, but the gradient
        // must still be 0: log's partial 1/0 is skipped because its adjoint w is 0.
        Assert.Equal(0.0, F.WeightedLogGradient(0, 0, out double dX));
        Assert.Equal(0.0, dX);
        F.WeightedLogOffGradient(0, 0, out double dXOff);
        Assert.Equal(0.0, dXOff);
    }

    [Fact]
    public void Zero_weight_on_square_root_power_at_0()
    {
        Assert.Equal(0.0, F.WeightedHalfPowerGradient(0, 0, out double dX));
        Assert.Equal(0.0, dX);
        Assert.Equal(0.0, F.WeightedHalfPowerOffGradient(0, 0, out double dXOff));
        Assert.Equal(0.0, dXOff);
    }

    [Fact]
    public void Atan2_at_the_origin_has_gradient_0()
    {
        Assert.Equal(0.0, F.Atan2Gradient(0, 0, out double dY, out double dX));
        Assert.Equal(0.0, dY);
        Assert.Equal(0.0, dX);
    }

    [Fact]
    public void Hypot_at_the_origin_has_gradient_0()
    {
        Assert.Equal(0.0, F.HypotGradient(0, 0, out double dX, out double dY));
        Assert.Equal(0.0, dX);
        Assert.Equal(0.0, dY);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.0)]
    public void Untaken_log_branch_leaks_nothing(double x)
    {
        Assert.Equal(0.0, F.GuardedLogTernaryGradient(x, out double dTernary));
        Assert.Equal(0.0, dTernary);
        Assert.Equal(0.0, F.GuardedLogIfGradient(x, out double dIf));
        Assert.Equal(0.0, dIf);
    }

    [Fact]
    public void Abs_at_0_has_derivative_0()
    {
        F.AbsGradient(0, out double dX);
        Assert.Equal(0.0, dX);
    }

    [Fact]
    public void Max_and_min_ties_split_evenly()
    {
        Assert.Equal(1.5, F.MaxGradient(1.5, 1.5, out double dX, out double dY));
        Assert.Equal(0.5, dX);
        Assert.Equal(0.5, dY);
        Assert.Equal(-2.0, F.MinGradient(-2, -2, out dX, out dY));
        Assert.Equal(0.5, dX);
        Assert.Equal(0.5, dY);
    }
}
