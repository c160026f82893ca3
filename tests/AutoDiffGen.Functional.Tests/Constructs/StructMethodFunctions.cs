using System;

namespace AutoDiffGen.Functional.Tests.Constructs;

/// <summary>A small vector struct written the usual C# way: a constructor, operators, instance and static methods. None is [Differentiable]; the generator inlines them.</summary>
public struct Vec2
{
    public double X, Y;

    public Vec2(double x, double y)
    {
        X = x;
        Y = y;
    }

    public static Vec2 operator +(Vec2 a, Vec2 b) => new Vec2(a.X + b.X, a.Y + b.Y);

    public static Vec2 operator *(double k, Vec2 a) => new Vec2(k * a.X, k * a.Y);

    public static Vec2 operator -(Vec2 a) => new Vec2(-a.X, -a.Y);

    /// <summary>The dot product, as an operator returning a scalar.</summary>
    public static double operator *(Vec2 a, Vec2 b) => a.X * b.X + a.Y * b.Y;

    public double Norm() => Math.Sqrt(X * X + Y * Y);

    /// <summary>Changes the struct it is called on.</summary>
    public void Scale(double k)
    {
        X *= k;
        Y *= k;
    }

    public static Vec2 Rotate(Vec2 v, double t)
    {
        double c = Math.Cos(t), s = Math.Sin(t);
        return new Vec2(c * v.X - s * v.Y, s * v.X + c * v.Y);
    }
}

public static partial class StructMethodFunctions
{
    [Differentiable]
    public static double Mix(double x, double y, double t)
    {
        var a = new Vec2(x, y);
        var b = Vec2.Rotate(a, t);
        var c = a + 2.0 * -b;
        c.Scale(0.5);
        return c * a + c.Norm();
    }
}
