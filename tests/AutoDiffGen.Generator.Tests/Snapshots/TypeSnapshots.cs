using AutoDiffGen.Generator.Tests.Infrastructure;
using Xunit;

namespace AutoDiffGen.Generator.Tests.Snapshots;

/// <summary>Non-differentiated types, conversions, float code, constants and [NoDiff].</summary>
public sealed class TypeSnapshots
{
    [Fact]
    public void IntAndBoolParametersAndLocals() => SnapshotTest.Run("""
        using AutoDiffGen;

        namespace Samples;

        public static partial class Mixed
        {
            [Differentiable]
            public static double F(double x, int n, bool square, long big)
            {
                int twice = n * 2;
                bool positive = x > 0;
                long shifted = big + twice;
                double r = x * twice + shifted;
                if (square && positive)
                {
                    r = r * r;
                }
                return r;
            }
        }
        """);

    [Fact]
    public void CastsBetweenIntAndDouble() => SnapshotTest.Run("""
        using AutoDiffGen;

        namespace Samples;

        public static partial class Casts
        {
            [Differentiable]
            public static double F(double x, int n)
            {
                int truncated = (int)x;
                double widened = n;
                double back = (double)truncated;
                return x * widened + back + (double)(n + 1) * x;
            }
        }
        """);

    [Fact]
    public void CastsBetweenFloatAndDouble() => SnapshotTest.Run("""
        using AutoDiffGen;

        namespace Samples;

        public static partial class Casts
        {
            [Differentiable]
            public static double F(double x, float y)
            {
                float narrowed = (float)x;
                double widened = y;
                return narrowed * widened + (double)(narrowed * y);
            }
        }
        """);

    [Fact]
    public void FloatMethodWithMathF() => SnapshotTest.Run("""
        using System;
        using AutoDiffGen;

        namespace Samples;

        public static partial class Single
        {
            [Differentiable]
            public static float F(float x, float y)
            {
                float s = MathF.Sin(x) * MathF.Exp(y);
                float r = MathF.Sqrt(x * x + y * y) + MathF.Max(x, y) + 0.5f * s;
                return r + float.Log(y);
            }
        }
        """);

    [Fact]
    public void MathConstantsAndStaticReadonlyField() => SnapshotTest.Run("""
        using System;
        using AutoDiffGen;

        namespace Samples;

        public static partial class Constants
        {
            private static readonly double Scale = 2.5;
            private const double Offset = 0.25;

            [Differentiable]
            public static double F(double x) => Math.PI * x + Math.E * Scale * x + Offset;
        }
        """);

    [Fact]
    public void NoDiffParameters() => SnapshotTest.Run("""
        using AutoDiffGen;

        namespace Samples;

        public static partial class Data
        {
            [Differentiable]
            public static double F([NoDiff] double input, double weight, [NoDiff] float target, float bias)
            {
                double prediction = weight * input + bias;
                double error = prediction - target;
                return error * error;
            }
        }
        """);
}
