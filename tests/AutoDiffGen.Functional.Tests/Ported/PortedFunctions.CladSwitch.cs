using System;

namespace AutoDiffGen.Functional.Tests.Ported;

// Ported from Clad, test/Gradient/Switch.C (vgvassilev/clad). C++ fall-through becomes `goto case`.
public static partial class PortedFunctions
{
    // Clad test/Gradient/Switch.C fn1
    [Differentiable]
    public static double CladSwitchFn1(double i, double j)
    {
        double res = 0;
        int count = 1;
        switch (count)
        {
            case 0:
                res += i * j;
                break;
            case 1:
                res += i * i;
                goto case 2;
            case 2:
                res += j * j;
                goto default;
            default:
                res += i * i * j * j;
                break;
        }
        return res;
    }

    // Clad test/Gradient/Switch.C fn2 (C++ statements before the first label never run; left out)
    [Differentiable]
    public static double CladSwitchFn2(double i, double j)
    {
        double res = 0;
        int count = 2;
        switch (count)
        {
            case 0:
                res += i;
                break;
            case 1:
                res += j;
                goto case 2;
            case 2:
                res += i * j;
                break;
            default:
                res += i + j;
                break;
        }
        return res;
    }

    // Clad test/Gradient/Switch.C fn5
    [Differentiable]
    public static double CladSwitchFn5(double i, double j)
    {
        double res = 0;
        int count = 1;
        switch (count)
        {
            case 1:
                res += i * j;
                break;
        }
        return res;
    }

    // Clad test/Gradient/Switch.C fn6 (C++ `switch (res = u * v)` with int res)
    [Differentiable]
    public static double CladSwitchFn6(double u, double v)
    {
        int res = (int)(u * v);
#pragma warning disable CS0219 // temp is written and never read, as in the C++ original
        double temp = 0;
        switch (res)
        {
            default:
                temp = 1;
                break;
        }
#pragma warning restore CS0219
        return res;
    }

    // Clad test/Gradient/Switch.C fn7
    [Differentiable]
    public static double CladSwitchFn7(double u, double v)
    {
        double res = 0;
        for (int i = 0; i < 5; ++i)
        {
            switch (i)
            {
                case 0:
                case 1:
                case 2:
                    res += u;
                    break;
                case 3:
                default:
                    res += v;
                    break;
            }
        }
        return res;
    }
}
