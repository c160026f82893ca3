using AutoDiffGen.Generator.Tests.Infrastructure;
using Xunit;

namespace AutoDiffGen.Generator.Tests.Snapshots;

/// <summary>Tuple and struct locals become one local per field; instance methods read the instance's fields through this;
/// ref locals are aliases and methods with ref parameters are inlined.</summary>
public sealed class AggregateSnapshots
{
    [Fact]
    public void TupleAndStructLocals() => SnapshotTest.Run("""
        using System;
        using AutoDiffGen;

        namespace Samples
        {
            public record struct Polar(double Radius, double Angle);

            public static partial class Shapes
            {
                [Differentiable]
                public static double F(double x, double y)
                {
                    var p = new Polar(x, y);
                    (double re, double im) z = (p.Radius * Math.Cos(p.Angle), p.Radius * Math.Sin(p.Angle));
                    (z.re, z.im) = (z.im, z.re);
                    return z.re * z.im;
                }
            }
        }
        """);

    [Fact]
    public void InstanceMethodCallingAnother() => SnapshotTest.Run("""
        using AutoDiffGen;

        namespace Samples
        {
            public partial class Spring
            {
                public double Stiffness;
                public double Rest { get; init; }

                [Differentiable]
                public double Energy(double length) => 0.5 * Stiffness * (length - Rest) * (length - Rest);

                [Differentiable]
                public double TwoSprings(double a, double b) => Energy(a) + Energy(b);
            }
        }
        """);

    [Fact]
    public void RefLocalAndInlinedRefMethod() => SnapshotTest.Run("""
        using AutoDiffGen;

        namespace Samples
        {
            public static partial class Motion
            {
                public static void Step(ref double x, ref double v, double k)
                {
                    double a = -k * x;
                    x += 0.1 * v;
                    v += 0.1 * a;
                }

                [Differentiable]
                public static double F(double x0, double k, double[] weights)
                {
                    double x = x0, v = 0;
                    Step(ref x, ref v, k);
                    ref readonly double w = ref weights[0];
                    return w * x;
                }
            }
        }
        """);

    [Fact]
    public void RefParametersWrittenBack() => SnapshotTest.Run("""
        using AutoDiffGen;

        namespace Samples
        {
            public static partial class Swap
            {
                [Differentiable]
                public static float F(ref float x, ref float y, in float scale)
                {
                    float tmp = x;
                    x = y * scale;
                    y = tmp;
                    return x * y;
                }
            }
        }
        """);

    [Fact]
    public void StructConstructorInlined() => SnapshotTest.Run("""
        using System;
        using AutoDiffGen;

        namespace Samples
        {
            public struct Unit
            {
                public double X;
                public double Y { get; private set; }

                public Unit(double angle)
                {
                    X = Math.Cos(angle);
                    Y = Math.Sin(angle);
                }
            }

            public static partial class Rotation
            {
                [Differentiable]
                public static double F(double theta, double r)
                {
                    var u = new Unit(theta);
                    return r * u.X + u.Y;
                }
            }
        }
        """);

    [Fact]
    public void StructOperatorsAndMethodsInlined() => SnapshotTest.Run("""
        using System;
        using AutoDiffGen;

        namespace Samples
        {
            public struct Vec2
            {
                public double X, Y;
                public static Vec2 operator +(Vec2 a, Vec2 b) => new Vec2 { X = a.X + b.X, Y = a.Y + b.Y };
                public static double operator *(Vec2 a, Vec2 b) => a.X * b.X + a.Y * b.Y;
                public void Scale(double k) { X *= k; Y *= k; }
            }

            public static partial class Vectors
            {
                [Differentiable]
                public static double F(double x, double y)
                {
                    var a = new Vec2 { X = x, Y = y };
                    var c = a + a;
                    c.Scale(y);
                    return c * a;
                }
            }
        }
        """);
}
