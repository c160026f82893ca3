using System;

namespace AutoDiffGen.Functional.Tests.Constructs;

/// <summary>Tuple and struct locals, split by the generator into one local per field.</summary>
public static partial class AggregateFunctions
{
    public struct Vec2
    {
        public double X;
        public double Y { get; set; }
    }

    public record struct Polar(double Radius, double Angle);

    /// <summary>A struct with a constructor of its own, inlined where the value is made.</summary>
    public struct Complex2
    {
        public double Re;
        public double Im { get; private set; }

        public Complex2(double re, double im) : this()
        {
            Re = re;
            Im = im;
        }

        public Complex2(double angle)
        {
            Re = Math.Cos(angle);
            Im = Math.Sin(angle);
            Re *= 1.0;
        }
    }

    /// <summary>(a + i·b)·e^(i·θ), real part, with both constructors.</summary>
    [Differentiable]
    public static double RotateComplex(double a, double b, double theta)
    {
        var z = new Complex2(a, b);
        var u = new Complex2(theta);
        var p = new Complex2(z.Re * u.Re - z.Im * u.Im, z.Re * u.Im + z.Im * u.Re);
        return p.Re;
    }

    /// <summary>Rotating (x, y) n times by theta with a tuple assignment: the tape keeps each step's pair.</summary>
    [Differentiable]
    public static double RotateTuple(double x, double y, double theta, int n)
    {
        var p = (x, y);
        double c = Math.Cos(theta), s = Math.Sin(theta);
        for (int i = 0; i < n; i++)
        {
            p = (c * p.Item1 - s * p.Item2, s * p.Item1 + c * p.Item2);
        }
        return p.Item1;
    }

    /// <summary>Named elements, a swap by deconstruction, var (a, b) = …, and a discard.</summary>
    [Differentiable]
    public static double NamedAndDeconstructed(double x, double y)
    {
        (double first, double second) t = (x * y, x - y);
        (t.first, t.second) = (t.second, t.first);
        var (a, b) = t;
        (double c, _) = (a * a, b);
        t.second += c;
        return t.first * 3 + t.second * b;
    }

    /// <summary>A copy is a copy: changing q leaves p as it was; an auto-property is a field.</summary>
    [Differentiable]
    public static double StructCopy(double x, double y)
    {
        var p = new Vec2 { X = x, Y = y };
        Vec2 q = p;
        q.X *= q.Y;
        q.Y = Math.Exp(q.X);
        Vec2 zero = default;
        zero.X += 1;
        return p.X + q.Y * p.Y + zero.X + zero.Y;
    }

    /// <summary>A positional record struct, converted from polar to Cartesian.</summary>
    [Differentiable]
    public static double PolarToX(double r, double angle)
    {
        var p = new Polar(r, angle);
        var q = p with { };
        return p.Radius * Math.Cos(p.Angle) + q.Radius;
    }

    /// <summary>A float tuple widened to a double tuple.</summary>
    [Differentiable]
    public static double WidenedTuple(float x, double y)
    {
        (float, float) narrow = (x, 2 * x);
        (double, double) wide = narrow;
        return wide.Item1 * wide.Item2 * y;
    }
}

/// <summary>Instance methods: the fields and auto-properties are constants of the gradient, the parameters are differentiated.</summary>
public partial class Spring
{
    public double Stiffness;
    public double Rest { get; init; }

    [Differentiable]
    public double Energy(double length) => 0.5 * Stiffness * (length - Rest) * (length - Rest);

    /// <summary>Calls another instance method of this instance, explicitly and implicitly.</summary>
    [Differentiable]
    public double TwoSprings(double a, double b) => Energy(a) + this.Energy(b);
}

/// <summary>A struct's instance method, called on a [NoDiff] parameter of a static method.</summary>
public partial struct Line
{
    public double Slope;
    public double Intercept;

    [Differentiable]
    public double At(double x) => Slope * x + Intercept;
}

public static partial class AggregateFunctions
{
    [Differentiable]
    public static double SquaredResidual(double x, double y, [NoDiff] Line line)
    {
        double r = line.At(x) - y;
        return r * r;
    }
}
