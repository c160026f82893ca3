using AutoDiffGen.Generator.Tests.Infrastructure;
using Xunit;

namespace AutoDiffGen.Generator.Tests.Snapshots;

/// <summary>
/// Passive values: parameters of types the IR does not model (enum, char, string, nullable, a type parameter in
/// typeof) read where they decide control flow or give a value without a derivative; throw; generic methods.
/// </summary>
public sealed class PassiveSnapshots
{
    [Fact]
    public void PassiveParametersDecideBranches() => SnapshotTest.Run("""
        using System;
        using AutoDiffGen;

        namespace Samples;

        public enum Mode { Square, Scale, Off }

        public static partial class Passive
        {
            [Differentiable]
            public static double Pick(double x, char c, string s) => c == 'a' && s[0] == 'a' ? x : 1.0;

            [Differentiable]
            public static double F(double x, Mode mode, string label, float? weight, char c)
            {
                double r = x;
                switch (mode)
                {
                    case Mode.Square:
                        r = x * x;
                        break;
                    case Mode.Scale or Mode.Off when label.Length > 2:
                        r = x * (int)mode;
                        break;
                }
                if (weight is float w)
                {
                    r = r * w;
                }
                double k = mode == Mode.Off ? label.Length : (weight ?? 2f);
                return r * k + Pick(x, c, label);
            }
        }
        """);

    [Fact]
    public void ThrowInBranchesLoopsAndSwitchSections() => SnapshotTest.Run("""
        using System;
        using AutoDiffGen;

        namespace Samples;

        public static partial class Throws
        {
            [Differentiable]
            public static double F(double x, int n, string name)
            {
                if (n < 0) throw new ArgumentOutOfRangeException(nameof(n), "must not be negative");
                double s = x;
                for (int i = 0; i < n; i++)
                {
                    s = s * x;
                    if (s > 1e6) throw new OverflowException(name);
                }
                switch (n)
                {
                    case 0: return s;
                    case 1: throw new InvalidOperationException();
                    default: break;
                }
                if (x > 0) return s * s;
                throw new ArgumentException("x must be positive", nameof(x));
            }
        }
        """);

    [Fact]
    public void GenericMethodWithTypeofAndConstraints() => SnapshotTest.Run("""
        using System;
        using System.Collections.Generic;
        using AutoDiffGen;

        namespace Samples;

        public static partial class Generic
        {
            [Differentiable]
            public static float F<T, TList>(float x) where T : struct, IComparable<T> where TList : class, IList<T>, new()
            {
                if (typeof(T) == typeof(int) || typeof(TList) == typeof(List<T>)) return x + x;
                return x * x;
            }
        }
        """);
}
