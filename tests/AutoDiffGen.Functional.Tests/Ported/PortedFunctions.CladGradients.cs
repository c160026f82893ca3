using System;

namespace AutoDiffGen.Functional.Tests.Ported;

// Ported from Clad, test/Gradient/Gradients.C and test/Gradient/TestTypeConversion.C (vgvassilev/clad).
public static partial class PortedFunctions
{
    // Clad test/Gradient/Gradients.C f_add1
    [Differentiable] public static double CladFAdd1(double x, double y) => x + y;

    // Clad test/Gradient/Gradients.C f_add2
    [Differentiable] public static double CladFAdd2(double x, double y) => 3 * x + 4 * y;

    // Clad test/Gradient/Gradients.C f_add3
    [Differentiable] public static double CladFAdd3(double x, double y) => 3 * x + 4 * y * 4;

    // Clad test/Gradient/Gradients.C f_sub1
    [Differentiable] public static double CladFSub1(double x, double y) => x - y;

    // Clad test/Gradient/Gradients.C f_sub2
    [Differentiable] public static double CladFSub2(double x, double y) => 3 * x - 4 * y;

    // Clad test/Gradient/Gradients.C f_mult1
    [Differentiable] public static double CladFMult1(double x, double y) => x * y;

    // Clad test/Gradient/Gradients.C f_mult2
    [Differentiable] public static double CladFMult2(double x, double y) => 3 * x * 4 * y;

    // Clad test/Gradient/Gradients.C f_div1
    [Differentiable] public static double CladFDiv1(double x, double y) => x / y;

    // Clad test/Gradient/Gradients.C f_div2
    [Differentiable] public static double CladFDiv2(double x, double y) => 3 * x / (4 * y);

    // Clad test/Gradient/Gradients.C f_c
    [Differentiable] public static double CladFC(double x, double y) => -x * y + (x + y) * (x / y) - x * x;

    // Clad test/Gradient/Gradients.C f_rosenbrock
    [Differentiable] public static double CladFRosenbrock(double x, double y) => (x - 1) * (x - 1) + 100 * (y - x * x) * (y - x * x);

    // Clad test/Gradient/Gradients.C f_cond1
    [Differentiable] public static double CladFCond1(double x, double y) => x > y ? x : y;

    // Clad test/Gradient/Gradients.C f_cond2
    [Differentiable] public static double CladFCond2(double x, double y) => x > y ? x : (y > 0 ? y : -y);

    // Clad test/Gradient/Gradients.C f_cond3
    [Differentiable] public static double CladFCond3(double x, double c) => c > 0 ? x + c : x - c;

    // Clad test/Gradient/Gradients.C f_cond4
    [Differentiable]
    public static double CladFCond4(double x, double y)
    {
        int i = 0;
        double[] arr = { x, y };
        if (x > 0)
        {
            y = arr[i] * x;
        }
        return y;
    }

    // Clad test/Gradient/Gradients.C f_if1
    [Differentiable]
    public static double CladFIf1(double x, double y)
    {
        if (x > y)
            return x;
        else
            return y;
    }

    // Clad test/Gradient/Gradients.C f_if2
    [Differentiable]
    public static double CladFIf2(double x, double y)
    {
        if (x > y)
            return x;
        else if (y > 0)
            return y;
        else
            return -y;
    }

    // Clad test/Gradient/Gradients.C sum_of_powers (Clad gives it a custom pullback; here it is differentiated)
    [Differentiable]
    public static double CladSumOfPowers(double x, double y, double z, double p) => Math.Pow(x, p) + Math.Pow(y, p) + Math.Pow(z, p);

    // Clad test/Gradient/Gradients.C f_norm
    [Differentiable]
    public static double CladFNorm(double x, double y, double z, double d) => Math.Pow(CladSumOfPowers(x, y, z, d), 1 / d);

    // Clad test/Gradient/Gradients.C f_sin
    [Differentiable] public static double CladFSin(double x, double y) => (Math.Sin(x) + Math.Sin(y)) * (x + y);

    // Clad test/Gradient/Gradients.C f_types (returns unsigned in C++; the value is returned as double here)
    [Differentiable] public static double CladFTypes(int x, float y, double z) => x + y + z;

    // Clad test/Gradient/Gradients.C f_decls1
    [Differentiable]
    public static double CladFDecls1(double x, double y)
    {
        double a = 3 * x;
        double b = 5 * y;
        double c = a + b;
        return 2 * c;
    }

    // Clad test/Gradient/Gradients.C f_decls2
    [Differentiable]
    public static double CladFDecls2(double x, double y)
    {
        double a = x * x;
        double b = x * y;
        double c = y * y;
        return a + 2 * b + c;
    }

    // Clad test/Gradient/TestTypeConversion.C fn_type_conversion
    [Differentiable]
    public static float CladFnTypeConversion(float z, int a)
    {
        for (int i = 1; i < a; i++)
        {
            z = z * a;
        }
        return z;
    }
}
