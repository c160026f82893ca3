using System;

namespace AutoDiffGen.Functional.Tests.Ported;

// Ported from Clad, test/Gradient/Loops.C (vgvassilev/clad): loops, tapes, break/continue, arrays in loops.
public static partial class PortedFunctions
{
    // Clad test/Gradient/Loops.C f1
    [Differentiable]
    public static double CladLoopsF1(double x)
    {
        double t = 1;
        for (int i = 0; i < 3; i++)
            t *= x;
        return t;
    }

    // Clad test/Gradient/Loops.C f2
    [Differentiable]
    public static double CladLoopsF2(double x)
    {
        double t = 1;
        for (int i = 0; i < 3; i++)
            for (int j = 0; j < 3; j++)
                t *= x;
        return t;
    }

    // Clad test/Gradient/Loops.C f3
    [Differentiable]
    public static double CladLoopsF3(double x)
    {
        double t = 1;
        for (int i = 0; i < 3; i++)
        {
            t *= x;
            if (i == 1)
                return t;
        }
        return t;
    }

    // Clad test/Gradient/Loops.C f4
    [Differentiable]
    public static double CladLoopsF4(double x)
    {
        double t = 1;
        for (int i = 0; i < 3; t *= x)
            i++;
        return t;
    }

    // Clad test/Gradient/Loops.C f5
    [Differentiable]
    public static double CladLoopsF5(double x)
    {
        for (int i = 0; i < 10; i++)
            x++;
        return x;
    }

    // Clad test/Gradient/Loops.C f_const_local
    [Differentiable]
    public static double CladLoopsConstLocal(double x)
    {
        double res = 0;
        for (int i = 0; i < 3; ++i)
        {
            double n = x + i;
            res += x * n;
        }
        return res;
    }

    // Clad test/Gradient/Loops.C f_sum
    [Differentiable]
    public static double CladLoopsSum(double[] p, int n)
    {
        double s = 0;
        for (int i = 0; i < n; i++)
            s += p[i];
        return s;
    }

    // Clad test/Gradient/Loops.C sq
    [Differentiable]
    public static double CladSq(double x) => x * x;

    // Clad test/Gradient/Loops.C f_sum_squares
    [Differentiable]
    public static double CladLoopsSumSquares(double[] p, int n)
    {
        double s = 0;
        for (int i = 0; i < n; i++)
            s += CladSq(p[i]);
        return s;
    }

    // Clad test/Gradient/Loops.C f_log_gaus
    [Differentiable]
    public static double CladLoopsLogGaus(double[] x, double[] p, double n, double sigma)
    {
        double power = 0;
        for (int i = 0; i < n; i++)
            power += CladSq(x[i] - p[i]);
        power = -power / (2 * CladSq(sigma));
        double gaus = 1.0 / Math.Sqrt(Math.Pow(2 * Math.PI, n) * sigma) * Math.Exp(power);
        return Math.Log(gaus);
    }

    // Clad test/Gradient/Loops.C f_const
    [Differentiable]
    public static double CladLoopsConst(double a, double b)
    {
        int r = 0;
        for (int i = 0; i < a; i++)
        {
            int sq = (int)(b * b);
            r += sq;
        }
        return r;
    }

    // Clad test/Gradient/Loops.C f6
    [Differentiable]
    public static double CladLoopsF6(double i, double j)
    {
        double a = 0;
        for (int counter = 0; counter < 3; ++counter)
        {
            double b = i * i;
            double c = j * j;
            b += j;
            a += b + c + i;
        }
        return a;
    }

    // Clad test/Gradient/Loops.C fn11
    [Differentiable]
    public static double CladLoopsFn11(double i, double j)
    {
        int counter = 3;
        double a = 0;
        do
        {
            a += i * i + j;
            counter -= 1;
        } while (counter != 0);
        return a;
    }

    // Clad test/Gradient/Loops.C fn12
    [Differentiable]
    public static double CladLoopsFn12(double i, double j)
    {
        int counter = 3;
        double a = 0;
        do
        {
            int counterAgain = 3;
            do
            {
                a += i * i + j;
                counterAgain -= 1;
                do
                    a += j;
                while (false);
            } while (counterAgain != 0);
            counter -= 1;
        } while (counter != 0);
        return a;
    }

    // Clad test/Gradient/Loops.C fn13 (C++ `for (; int k = counter; …)` becomes a test and a declaration)
    [Differentiable]
    public static double CladLoopsFn13(double i, double j)
    {
        double res = 0;
        int counter = 3;
        for (; counter != 0; counter -= 1)
        {
            int k = counter;
            k += (int)(i + 2 * j);
            double temp = k;
            res += temp;
        }
        return res;
    }

    // Clad test/Gradient/Loops.C fn16
    [Differentiable]
    public static double CladLoopsFn16(double i, double j)
    {
        int counter = 5;
        double res = 0;
        for (int ii = 0; ii < counter; ++ii)
        {
            if (ii == 4)
            {
                res += i * j;
                break;
            }
            if (ii > 2)
            {
                res += 2 * i;
                continue;
            }
            res += i + j;
        }
        return res;
    }

    // Clad test/Gradient/Loops.C fn18
    [Differentiable]
    public static double CladLoopsFn18(double i, double j)
    {
        int choice = 5;
        double res = 0;
        for (int counter = 0; counter < choice; ++counter)
            if (counter < 2)
                res += i + j;
            else if (counter < 4)
                continue;
            else
            {
                res += 2 * i + 2 * j;
                break;
            }
        return res;
    }

    // Clad test/Gradient/Loops.C f_loop_init_var
    [Differentiable]
    public static double CladLoopsLoopInitVar(double lower, double upper)
    {
        double sum = 0;
        double numPoints = 10000;
        double interval = (upper - lower) / numPoints;
        for (double x = lower; x <= upper; x += interval)
        {
            sum += x * x * interval;
        }
        return sum;
    }

    // Clad test/Gradient/Loops.C fn21
    [Differentiable]
    public static double CladLoopsFn21(double x)
    {
        double res = 0;
        for (int i = 0; i < 5; ++i)
        {
            double[] arr = { 1, x, 2 };
            res += arr[0] + arr[1];
        }
        return res;
    }

    // Clad test/Gradient/Loops.C fn22
    [Differentiable]
    public static double CladLoopsFn22(double param)
    {
        double @out = 0.0;
        for (int i = 0; i < 1; i++)
        {
            double[] arr = { 1.0 };
            @out += arr[0] * param;
        }
        return @out;
    }

    // Clad test/Gradient/Loops.C fn24 (C++ comma condition `(res += i * j), c < 3` written as a loop that tests after the update)
    [Differentiable]
    public static double CladLoopsFn24(double i, double j)
    {
        double res = 0;
        int c = 0;
        while (true)
        {
            res += i * j;
            if (c >= 3) break;
            ++c;
        }
        return res;
    }

    // Clad test/Gradient/Loops.C fn25 (comma condition written as a loop that tests after the update)
    [Differentiable]
    public static double CladLoopsFn25(double i, double j)
    {
        double res = 0;
        for (int c = 0; ; ++c)
        {
            res += i * j;
            if (c >= 3) break;
            if (c == 1)
            {
                res = 8 * i * j;
                break;
            }
        }
        return res;
    }

    // Clad test/Gradient/Loops.C fn28 (comma condition written as a loop that tests after the update)
    [Differentiable]
    public static double CladLoopsFn28(double i, double j)
    {
        double res = 0;
        for (int c = 0; ; ++c)
        {
            res = i * j;
            if (c >= 2) break;
            res = 3 * i * j;
        }
        return res;
    }

    // Clad test/Gradient/Loops.C fn31 (comma condition written as statements before the test)
    [Differentiable]
    public static double CladLoopsFn31(double i, double j)
    {
        double res = 0;
        for (int c = 0; ; ++c)
        {
            res = i * j;
            res = 2 * i * j;
            if (c >= 3) break;
        }
        return res;
    }

    // Clad test/Gradient/Loops.C fn34 (range-for over a local array, written with an index)
    [Differentiable]
    public static double CladLoopsFn34Indexed(double x, double y)
    {
        double r = 0;
        double[] a = { y, x * y, x * x + y };
        for (int k = 0; k < a.Length; k++)
            r += a[k] * a[k];
        return r;
    }
}
