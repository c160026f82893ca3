using System;
using AutoDiffGen.Functional.Tests.Reference;
using Xunit;
using F = AutoDiffGen.Functional.Tests.Rules.AllSpellingsFunctions;

namespace AutoDiffGen.Functional.Tests.Rules;

public class AllSpellingsTests
{
    /// <summary>Hand-written gradient of the all-rules sum, valid for |x| &lt; 1 &lt; y &lt; z, x ≠ 0.</summary>
    private static (double dX, double dY, double dZ) ClosedForm(double x, double y, double z)
    {
        double r2 = x * x + y * y;
        double oneMinusX2 = (1 - x) * (1 + x);
        double dX = Math.Cos(x) - Math.Sin(x) + 1 / (Math.Cos(x) * Math.Cos(x))
            + 1 / Math.Sqrt(oneMinusX2) - 1 / Math.Sqrt(oneMinusX2) + 1 / (1 + x * x) - y / r2
            + Math.Cosh(x) + Math.Sinh(x) + 1 / (Math.Cosh(x) * Math.Cosh(x)) + 1 / Math.Sqrt(x * x + 1) + 1 / oneMinusX2 + Math.Exp(x)
            + 1 / (3 * Math.Cbrt(x) * Math.Cbrt(x)) + Math.Pow(y, x) * Math.Log(y)
            + Math.Sign(x) + 0 /* Max: y wins */ + 1 /* Min: x wins */ + 0 /* Clamp: x < lo */ + y;
        double dY = x / r2 + 1 / Math.Sqrt((y - 1) * (y + 1)) + 1 / y + 1 / (y * Math.Log(z)) + 1 / (y * Math.Log(10)) + 1 / (y * Math.Log(2))
            + 0.5 / Math.Sqrt(y) + x * Math.Pow(y, x - 1) + 1 /* Max */ + 0 /* Min */ + 1 /* Clamp → lo */ + x;
        double dZ = -Math.Log(y) / (z * Math.Log(z) * Math.Log(z)) + 0 /* Clamp */ + 1;
        return (dX, dY, dZ);
    }

    [Theory]
    [InlineData(0.3, 1.5, 2.5)]
    [InlineData(-0.6, 1.2, 3.0)]
    [InlineData(0.8, 2.0, 4.0)]
    public void DoubleSpellings(double x, double y, double z)
    {
        var (eX, eY, eZ) = ClosedForm(x, y, z);
        string at = Approx.At(("x", x), ("y", y), ("z", z));
        Assert.Equal(F.AllMath(x, y, z), F.AllMathGradient(x, y, z, out double dX, out double dY, out double dZ));
        Approx.Grad(eX, dX, "Math dX", at);
        Approx.Grad(eY, dY, "Math dY", at);
        Approx.Grad(eZ, dZ, "Math dZ", at);
        Assert.Equal(F.AllDoubleDot(x, y, z), F.AllDoubleDotGradient(x, y, z, out dX, out dY, out dZ));
        Approx.Grad(eX, dX, "double. dX", at);
        Approx.Grad(eY, dY, "double. dY", at);
        Approx.Grad(eZ, dZ, "double. dZ", at);
    }

    [Theory]
    [InlineData(0.3f, 1.5f, 2.5f)]
    [InlineData(-0.6f, 1.25f, 3.0f)]
    [InlineData(0.75f, 2.0f, 4.0f)]
    public void FloatSpellings(float x, float y, float z)
    {
        var (eX, eY, eZ) = ClosedForm(x, y, z);
        string at = Approx.At(("x", x), ("y", y), ("z", z));
        Assert.Equal(F.AllMathF(x, y, z), F.AllMathFGradient(x, y, z, out float dX, out float dY, out float dZ));
        Approx.AssertClose(eX, dX, Approx.FloatRel, 1e-5, "MathF dX", at);
        Approx.AssertClose(eY, dY, Approx.FloatRel, 1e-5, "MathF dY", at);
        Approx.AssertClose(eZ, dZ, Approx.FloatRel, 1e-5, "MathF dZ", at);
        Assert.Equal(F.AllFloatDot(x, y, z), F.AllFloatDotGradient(x, y, z, out dX, out dY, out dZ));
        Approx.AssertClose(eX, dX, Approx.FloatRel, 1e-5, "float. dX", at);
        Approx.AssertClose(eY, dY, Approx.FloatRel, 1e-5, "float. dY", at);
        Approx.AssertClose(eZ, dZ, Approx.FloatRel, 1e-5, "float. dZ", at);
    }
}
