using System;
using System.Numerics;
using Xunit;

namespace AutoDiffGen.Functional.Tests.Reference;

/// <summary>
/// Checks the references themselves (not the generator): complex step through each Complex function the
/// rule tests rely on must match the textbook derivative, and finite differences must roughly agree.
/// If one of these fails, the fault is in the test's reference, not in the generator.
/// </summary>
public class ReferenceSelfTests
{
    public static TheoryData<string, double> Points()
    {
        var data = new TheoryData<string, double>();
        foreach (string f in new[] { "Sin", "Cos", "Tan", "Asin", "Acos", "Atan", "Sinh", "Cosh", "Tanh", "Exp", "Log", "Log10", "Sqrt", "Pow3.7" })
        {
            foreach (double x in new[] { 0.3, 0.9, -0.7, 0.999 })
            {
                bool positiveOnly = f is "Log" or "Log10" or "Sqrt" or "Pow3.7";
                data.Add(f, positiveOnly ? Math.Abs(x) : x);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Points))]
    public void ComplexStepMatchesTextbookDerivative(string function, double x)
    {
        (Func<Complex, Complex> f, double derivative) = function switch
        {
            "Sin" => ((Func<Complex, Complex>)Complex.Sin, Math.Cos(x)),
            "Cos" => (Complex.Cos, -Math.Sin(x)),
            "Tan" => (Complex.Tan, 1 / (Math.Cos(x) * Math.Cos(x))),
            "Asin" => (Complex.Asin, 1 / Math.Sqrt(1 - x * x)),
            "Acos" => (Complex.Acos, -1 / Math.Sqrt(1 - x * x)),
            "Atan" => (ComplexMath.Atan, 1 / (1 + x * x)),
            "Sinh" => (Complex.Sinh, Math.Cosh(x)),
            "Cosh" => (Complex.Cosh, Math.Sinh(x)),
            "Tanh" => (Complex.Tanh, 1 / (Math.Cosh(x) * Math.Cosh(x))),
            "Exp" => (Complex.Exp, Math.Exp(x)),
            "Log" => (Complex.Log, 1 / x),
            "Log10" => (Complex.Log10, 1 / (x * Math.Log(10))),
            "Sqrt" => (Complex.Sqrt, 0.5 / Math.Sqrt(x)),
            "Pow3.7" => (z => Complex.Pow(z, 3.7), 3.7 * Math.Pow(x, 2.7)),
            _ => throw new ArgumentException(function),
        };
        Approx.AssertClose(derivative, ComplexStep.Derivative(f, x), 1e-13, 1e-300, "Complex" + function + "'", Approx.At(("x", x)));
    }

    [Fact]
    public void ComplexPowIsExactInBothArguments()
    {
        double x = 1.7, y = -2.3;
        Func<Complex[], Complex> f = z => Complex.Pow(z[0], z[1]);
        Approx.AssertClose(y * Math.Pow(x, y - 1), ComplexStep.Partial(f, new[] { x, y }, 0), 1e-13, 0, "d/dx", "x=1.7,y=-2.3");
        Approx.AssertClose(Math.Pow(x, y) * Math.Log(x), ComplexStep.Partial(f, new[] { x, y }, 1), 1e-13, 0, "d/dy", "x=1.7,y=-2.3");
    }

    [Fact]
    public void FiniteDifferenceRoughlyAgrees()
    {
        Approx.AssertClose(Math.Cos(0.4), FiniteDifference.Derivative(Math.Sin, 0.4), 1e-8, 0, "sin'", "x=0.4");
    }

    [Fact]
    public void AssertCloseNamesParameterAndPoint()
    {
        var e = Assert.ThrowsAny<Exception>(() => Approx.AssertClose(1.0, 1.1, 1e-12, 0, "dBeta0", "(x=2)"));
        Assert.Contains("dBeta0", e.Message);
        Assert.Contains("(x=2)", e.Message);
        Assert.ThrowsAny<Exception>(() => Approx.AssertClose(1.0, double.NaN, 1, 1, "dX", ""));
    }
}
