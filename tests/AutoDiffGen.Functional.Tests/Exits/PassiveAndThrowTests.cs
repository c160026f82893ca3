using System;
using F = AutoDiffGen.Functional.Tests.Ported.PortedFunctions;
using Xunit;

namespace AutoDiffGen.Functional.Tests.Exits;

/// <summary>Passive inputs and throw: the generated members behave like the method where it throws, and read
/// enum, string and nullable inputs the way it does.</summary>
public static partial class PassiveFunctions
{
    public enum Shape { Line, Square, Cube }

    // A throw inside a loop, after enough iterations that the tape has moved to a pooled array.
    [Differentiable]
    public static double PowerUntil(double x, int n, double limit, string what)
    {
        double p = 1;
        for (int i = 0; i < n; i++)
        {
            p = p * x;
            if (p > limit) throw new OverflowException(what + " passed the limit");
        }
        return p;
    }

    [Differentiable]
    public static double ByShape(double x, Shape shape, double? scale) => shape switch
    {
        Shape.Line => x,
        Shape.Square => x * x,
        _ => x * x * x,
    } * (scale ?? 1.0);
}

public sealed class PassiveAndThrowTests
{
    [Theory]
    [InlineData(0.0)]
    [InlineData(-2.0)]
    public void SwiftGuard3GradientAndBackwardThrowWhereTheFunctionThrows(double x)
    {
        Assert.Throws<InvalidOperationException>(() => F.SwiftGuard3((float)x, 3f));
        Assert.Throws<InvalidOperationException>(() => F.SwiftGuard3Gradient((float)x, 3f, out _, out _));
        float dX = 0, dY = 0;
        Assert.Throws<InvalidOperationException>(() => F.SwiftGuard3Backward((float)x, 3f, 1f, ref dX, ref dY));
    }

    [Fact]
    public void ThrowInsideALoopWithAPooledTapeThrowsAndTheNextCallIsExact()
    {
        var e = Assert.Throws<OverflowException>(() => PassiveFunctions.PowerUntilGradient(1.01, 500, 2.0, "p", out _, out _));
        Assert.Equal("p passed the limit", e.Message);
        // 1.001^200 stays below the limit: x^n, derivative n·x^(n-1).
        double value = PassiveFunctions.PowerUntilGradient(1.001, 200, 2.0, "p", out double dX, out double dLimit);
        Assert.Equal(PassiveFunctions.PowerUntil(1.001, 200, 2.0, "p"), value);
        Assert.Equal(200 * Math.Pow(1.001, 199), dX, 1e-12);
        Assert.Equal(0.0, dLimit);
    }

    [Theory]
    [InlineData(PassiveFunctions.Shape.Line, 1.0)]
    [InlineData(PassiveFunctions.Shape.Square, 2.0 * 1.5)]
    [InlineData(PassiveFunctions.Shape.Cube, 3.0 * 1.5 * 1.5)]
    public void EnumAndNullableInputsPickTheBranch(PassiveFunctions.Shape shape, double expectedWithoutScale)
    {
        double value = PassiveFunctions.ByShapeGradient(1.5, shape, null, out double dX);
        Assert.Equal(PassiveFunctions.ByShape(1.5, shape, null), value);
        Assert.Equal(expectedWithoutScale, dX, 1e-15);
        PassiveFunctions.ByShapeGradient(1.5, shape, 4.0, out double scaled);
        Assert.Equal(4.0 * expectedWithoutScale, scaled, 1e-14);
    }
}
