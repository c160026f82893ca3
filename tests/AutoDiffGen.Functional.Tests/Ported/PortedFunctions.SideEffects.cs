using System;

namespace AutoDiffGen.Functional.Tests.Ported;

// Ported functions that write an assignment or ++/-- inside an expression (`while (counter-- > 0)`,
// `(res = i * j) != 0`, `x = ++t[0]`, also after && as in `(c == 0) && (res = i * j) != 0`) or walk a local
// array with foreach: diagnosed before the generator
// supported both, now checked like the rest (central differences).
public static partial class PortedFunctions
{
    // Clad test/Gradient/Loops.C fn7
    [Differentiable]
    public static double CladLoopsFn7(double i, double j)
    {
        double a = 0;
        int counter = 3;
        while (counter-- > 0)
            a += i * i + j;
        return a;
    }

    // Clad test/Gradient/Loops.C fn9
    [Differentiable]
    public static double CladLoopsFn9(double i, double j)
    {
        int counter, counterAgain;
        counter = counterAgain = 3;
        double a = 0;
        while (counter-- > 0)
        {
            counterAgain = 3;
            while (counterAgain-- > 0)
            {
                a += i * i + j;
            }
        }
        return a;
    }

    // Clad test/Gradient/Loops.C fn10
    [Differentiable]
    public static double CladLoopsFn10(double i, double j)
    {
        double a = 0;
        int counter = 3;
        int b;
        while ((b = counter) != 0)
        {
            b += (int)(i * i + j);
            a += b;
            counter -= 1;
        }
        return a;
    }

    // Clad test/Gradient/Loops.C fn14
    [Differentiable]
    public static double CladLoopsFn14(double i, double j)
    {
        int choice = 5;
        double res = 0;
        while (choice-- > 0)
        {
            if (choice > 3)
            {
                res += i;
                continue;
            }
            if (choice > 1)
            {
                res += j;
                continue;
            }
            if (choice > 0)
            {
                res += i * j;
                continue;
            }
        }
        return res;
    }

    // Clad test/Gradient/Loops.C fn15
    [Differentiable]
    public static double CladLoopsFn15(double i, double j)
    {
        int choice = 5;
        double res = 0;
        while (choice-- > 0)
        {
            if (choice > 2)
                continue;
            int anotherChoice = 3;
            while (anotherChoice-- > 0)
            {
                if (anotherChoice > 1)
                {
                    res += i;
                    continue;
                }
                if (anotherChoice > 0)
                {
                    res += j;
                }
            }
        }
        return res;
    }

    // Clad test/Gradient/Loops.C fn17
    [Differentiable]
    public static double CladLoopsFn17(double i, double j)
    {
        int counter = 5;
        double res = 0;
        for (int ii = 0; ii < counter; ++ii)
        {
            int jj = ii;
            if (ii < 2)
                continue;
            while (jj-- > 0)
            {
                if (jj < 3)
                {
                    res += i * j;
                    break;
                }
                else
                {
                    continue;
                }
            }
        }
        return res;
    }

    // Clad test/Gradient/Loops.C fn23
    [Differentiable]
    public static double CladLoopsFn23(double i, double j)
    {
        double res = 0;
        for (int c = 0; (res = i * j) != 0; ++c)
        {
            if (c == 1)
                break;
        }
        return res;
    }

    // Clad test/Gradient/Loops.C fn26
    [Differentiable]
    public static double CladLoopsFn26(double i, double j)
    {
        double res = 0;
        for (int c = 0; (res += i * j) != 0; ++c, res = 7 * i * j)
        {
            if (c == 0)
                break;
        }
        return res;
    }

    // Clad test/Gradient/Loops.C fn27
    [Differentiable]
    public static double CladLoopsFn27(double i, double j)
    {
        double res = 0;
        for (int c = 0; (res += i * j) != 0; ++c)
        {
            if (c == 2)
                break;
            res = c * i * j;
        }
        return res;
    }

    // Clad test/Gradient/Loops.C fn32
    [Differentiable]
    public static double CladLoopsFn32(double i, double j)
    {
        double res = 0;
        for (int c = 0; (res += i * j) != 0; ++c)
        {
            for (int d = 0; (res += i * j) != 0; ++d)
            {
                if (d == 1)
                {
                    res += i * j;
                    break;
                }
            }
            if (c == 1)
            {
                res += i * j;
                break;
            }
        }
        return res;
    }

    // Clad test/Gradient/Loops.C fn34
    [Differentiable]
    public static double CladLoopsFn34(double x, double y)
    {
        double r = 0;
        double[] a = { y, x * y, x * x + y };
        foreach (double i in a)
            r += i * i;
        return r;
    }

    // Clad test/Gradient/Loops.C fn35
    [Differentiable]
    public static double CladLoopsFn35(double x, double y)
    {
        double r = 0;
        double[] a = { x, x * y, 0 };
        foreach (double i in a)
        {
            foreach (double j in a)
            {
                if (r <= x * x)
                    r += i * j;
                else if (r > x * x)
                    break;
            }
        }
        return r;
    }

    // Clad test/Gradient/Loops.C fn36
    [Differentiable]
    public static double CladLoopsFn36(double x, double y)
    {
        double[] a = { 1, 2, 3 };
        double sum = 0;
        foreach (double i in a)
        {
            if (sum > x)
                continue;
            else
                sum += Math.Sin(i) * x;
        }
        return sum;
    }

    // Clad test/Gradient/Loops.C fn37
    [Differentiable]
    public static double CladLoopsFn37(double x, double y)
    {
        double[] range = { x, 4.0, y };
        double sum = 0;
        foreach (double elem in range)
            sum += elem;
        return sum;
    }

    // Clad test/Gradient/Loops.C fn39
    [Differentiable]
    public static double CladLoopsFn39(double x)
    {
        double res = 0;
        int[] range = { 1, 2, 3 };
        foreach (int i in range)
            res += x * i;
        return res;
    }

    // Clad test/Gradient/Switch.C fn3
    [Differentiable]
    public static double CladSwitchFn3(double i, double j)
    {
        double res = 0;
        int counter = 2;
        while (counter-- > 0)
        {
            switch (counter)
            {
                case 0:
                    res += i * i * j * j;
                    goto case 1;
                case 1:
                    {
                        res += i * i;
                    }
                    break;
                case 2:
                    res += j * j;
                    goto default;
                default:
                    res += i + j;
                    break;
            }
        }
        return res;
    }

#pragma warning disable CS0162 // switch (1): Clad's test switches on a constant, so case 0 is unreachable
    // Clad test/Gradient/Switch.C fn4
    [Differentiable]
    public static double CladSwitchFn4(double i, double j)
    {
        double res = 0;
        switch (1)
        {
            case 0:
                res += i * i * j * j;
                break;
            case 1:
                int counter = 2;
                while (counter-- > 0)
                {
                    res += i * j;
                }
                break;
        }
        return res;
    }
#pragma warning restore CS0162

    // Clad test/Gradient/Assignments.C f7
    [Differentiable]
    public static double CladAssignF7(double x, double y)
    {
        double[] t = { 1, x, x * x };
        t[0]++;
        t[0]--;
        ++t[0];
        --t[0];
        t[0] = x;
        x = y;
        t[0] += t[1];
        t[0] *= t[1];
        t[0] /= t[1];
        t[0] -= t[1];
        x = ++t[0];
        return t[0];
    }

    // Clad test/Gradient/Gradients.C f_div3
    [Differentiable] public static double CladFDiv3(double x, double y) => (x = y) / (y * y);

    // Clad test/Gradient/Loops.C fn30
    [Differentiable]
    public static double CladLoopsFn30(double i, double j)
    {
        double res = 0;
        for (int c = 0; (c == 0) && (res = i * j) != 0; ++c) { }
        return res;
    }

    // Clad test/Gradient/Loops.C fn33
    [Differentiable]
    public static double CladLoopsFn33(double i, double j)
    {
        double res = 0;
        for (int c = 0; (res = i * j) != 0; ++c)
        {
            if ((res += i * j) != 0 && (c == 1))
                break;
            if ((c == 0) && (res += i * j) != 0)
                break;
        }
        return res;
    }

    // Clad test/Gradient/Loops.C fn8
    [Differentiable]
    public static double CladLoopsFn8(double i, double j)
    {
        double a = 0;
        int counter = 3;
        while (counter > 0)
            do
            {
                a += i * i + j;
            } while (--counter != 0);
        return a;
    }

    // Clad test/Gradient/Loops.C fn38
    [Differentiable]
    public static double CladLoopsFn38(double x, double y)
    {
        double sum = 0;
        if (x > 0)
        {
            foreach (double elem in new[] { 1.0, x, 2.0, y, 3.0 })
                sum += elem;
        }
        return sum;
    }

    // Clad test/Gradient/Assignments.C f8: chained assignments to distinct constant elements inside a compound assignment
    [Differentiable]
    public static double CladAssignF8(double x, double y)
    {
        double[] t = { 1, x, y, 1 };
        t[3] = (y *= (t[0] = t[1] = t[2]));
        return t[3];
    }

    // Clad test/Gradient/Loops.C fn20: writes its array parameter inside an expression (differentiated through a copy)
    [Differentiable]
    public static double CladLoopsFn20(double[] arr, int n)
    {
        double res = 0;
        for (int i = 0; i < n; ++i)
        {
            res += (arr[i] *= 5);
        }
        return res;
    }
}
