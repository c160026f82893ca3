using System;

namespace AutoDiffGen.Functional.Tests.Ported;

// Ported from Clad, test/Gradient/Assignments.C and test/Gradient/FunctionCalls.C (vgvassilev/clad).
public static partial class PortedFunctions
{
    // Clad test/Gradient/Assignments.C f1
    [Differentiable]
    public static double CladAssignF1(double x, double y)
    {
        x = y;
        return y;
    }

    // Clad test/Gradient/Assignments.C f2
    [Differentiable]
    public static double CladAssignF2(double x, double y)
    {
        if (x < y)
            x = y;
        return x;
    }

    // Clad test/Gradient/Assignments.C f3
    [Differentiable]
    public static double CladAssignF3(double x, double y)
    {
#pragma warning disable CS1717 // x = x, as in the C++ original
        x = x;
#pragma warning restore CS1717
        x = x * x;
        y = x * x;
        x = y;
        return y;
    }

    // Clad test/Gradient/Assignments.C f4
    [Differentiable]
    public static double CladAssignF4(double x, double y)
    {
        y = x;
        x = 0;
        return y;
    }

    // Clad test/Gradient/Assignments.C f5
    [Differentiable]
    public static double CladAssignF5(double x, double y)
    {
        double t = x * x;
        if (x < 0)
        {
            t = -t;
            return t;
        }
        if (y < 0)
        {
            double z = t;
            t = -t;
        }
        return t;
    }

    // Clad test/Gradient/Assignments.C f10
    [Differentiable]
    public static double CladAssignF10(double x, double y)
    {
        double t = x;
        t = x = y;
        return t;
    }

    // Clad test/Gradient/FunctionCalls.C constantFn (A::constantFn<float>)
    [Differentiable]
    public static float CladConstantFn(float i) => 3;

    // Clad test/Gradient/FunctionCalls.C fn1
    [Differentiable]
    public static double CladCallsFn1(float i)
    {
        float res = CladConstantFn(i);
        double a = res * i;
        return a;
    }

    // Clad test/Gradient/FunctionCalls.C fn6 (default arguments)
    [Differentiable]
    public static double CladCallsFn6(double i = 0, double j = 0) => i * j;

    // Clad test/Gradient/FunctionCalls.C custom_max (C++ const double& parameters passed by value)
    [Differentiable]
    public static double CladCustomMax(double a, double b) => a > b ? a : b;

    // Clad test/Gradient/FunctionCalls.C check_and_return (reads a char and a string)
    [Differentiable]
    public static double CheckAndReturn(double x, char c, string s)
    {
        if (c == 'a' && s[0] == 'a')
            return x;
        return 1;
    }

    // Clad test/Gradient/FunctionCalls.C fn8
    [Differentiable]
    public static double CladCallsFn8(double x, double y) => CheckAndReturn(x, 'a', "aa") * y * Math.Tanh(1.0) * Math.Max(1.0, 2.0);

    // Clad test/Gradient/FunctionCalls.C fn9
    [Differentiable]
    public static double CladCallsFn9(double x, double y) => CladCustomMax(x * y, y);

    // Clad test/Gradient/FunctionCalls.C fn10
    [Differentiable]
    public static double CladCallsFn10(double x, double y)
    {
        double @out = x;
        @out = Math.Max(@out, 0.0);
        @out = Math.Min(@out, 10.0);
        @out = Math.Clamp(@out, 3.0, 7.0);
        return @out * y;
    }
}

// Ported from Clad, test/Gradient/Lambdas.C (vgvassilev/clad): C++ lambdas as C# local functions.
public static partial class PortedFunctions
{
    // Clad test/Gradient/Lambdas.C f1
    [Differentiable]
    public static double CladLambdasF1(double i, double j)
    {
        static double F(double t) => t * t + 1.0;
        return i + F(j);
    }

    // Clad test/Gradient/Lambdas.C f2, rewritten: the lambda (ADGEN0006) as a local function
    [Differentiable]
    public static double CladLambdasF2Rewritten(double i, double j)
    {
        static double F(double t, double k) => t + k;
        double x = F(i + j, i);
        return x;
    }

    // Helpers of FunctionCalls.C with reference parameters (C++ double&): not [Differentiable]; the generator inlines them.
    public static double Modify1(ref double i, ref double j)
    {
        i += j;
        j += j;
        double res = i + j;
        return res;
    }

    public static void Update1(ref double i, ref double j)
    {
        i += j;
        j += j;
    }

    public static ref double Identity(ref double i) => ref i;

    // Clad test/Gradient/FunctionCalls.C fn2 (modify1 takes double& parameters)
    [Differentiable]
    public static double CladCallsFn2(double i, double j)
    {
        double temp = 0;
        temp = Modify1(ref i, ref j);
        temp = Modify1(ref i, ref j);
        return i;
    }

    // Clad test/Gradient/FunctionCalls.C fn3 (update1 is void and takes double& parameters)
    [Differentiable]
    public static double CladCallsFn3(double i, double j)
    {
        Update1(ref i, ref j);
        Update1(ref i, ref j);
        return i;
    }

    // Clad test/Gradient/FunctionCalls.C fn7 (identity returns double&)
    [Differentiable]
    public static double CladCallsFn7(double i, double j)
    {
        ref double k = ref Identity(ref i);
        ref double l = ref Identity(ref j);
        k += 7 * j;
        l += 9 * i;
        return i + j + i;
    }

    // Clad test/Gradient/Loops.C fn19 (a const reference to each element)
    [Differentiable]
    public static double CladLoopsFn19(double[] arr, int n)
    {
        double res = 0;
        for (int i = 0; i < n; ++i)
        {
            ref readonly double element = ref arr[i];
            res += element;
        }
        return res;
    }
}
