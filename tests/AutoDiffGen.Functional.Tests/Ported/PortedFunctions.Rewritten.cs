using System;

namespace AutoDiffGen.Functional.Tests.Ported;

// Clad functions whose natural C# port is diagnosed (ADGEN0006 on `counter--` inside a loop condition),
// as a user rewrites them after the diagnostic: the decrement moved to the top of the loop body.
public static partial class PortedFunctions
{
    // Clad test/Gradient/Loops.C fn7, rewritten: `while (counter--)` as `while (counter > 0) { counter--; … }`
    [Differentiable]
    public static double CladLoopsFn7Rewritten(double i, double j)
    {
        double a = 0;
        int counter = 3;
        while (counter > 0)
        {
            counter--;
            a += i * i + j;
        }
        return a;
    }

    // Clad test/Gradient/Loops.C fn9, rewritten: both `while (c--)` loops as `while (c > 0) { c--; … }`
    [Differentiable]
    public static double CladLoopsFn9Rewritten(double i, double j)
    {
        int counter, counterAgain;
        counter = counterAgain = 3;
        double a = 0;
        while (counter > 0)
        {
            counter--;
            counterAgain = 3;
            while (counterAgain > 0)
            {
                counterAgain--;
                a += i * i + j;
            }
        }
        return a;
    }

    // Clad test/Gradient/Loops.C fn14, rewritten: `while (choice--)` as `while (choice > 0) { choice--; … }`
    [Differentiable]
    public static double CladLoopsFn14Rewritten(double i, double j)
    {
        int choice = 5;
        double res = 0;
        while (choice > 0)
        {
            choice--;
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

    // Clad test/Gradient/Loops.C fn15, rewritten: both `while (c--)` loops as `while (c > 0) { c--; … }`
    [Differentiable]
    public static double CladLoopsFn15Rewritten(double i, double j)
    {
        int choice = 5;
        double res = 0;
        while (choice > 0)
        {
            choice--;
            if (choice > 2)
                continue;
            int anotherChoice = 3;
            while (anotherChoice > 0)
            {
                anotherChoice--;
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

    // Clad test/Gradient/Loops.C fn17, rewritten: `while (jj--)` as `while (jj > 0) { jj--; … }` (its unreachable last statement left out)
    [Differentiable]
    public static double CladLoopsFn17Rewritten(double i, double j)
    {
        int counter = 5;
        double res = 0;
        for (int ii = 0; ii < counter; ++ii)
        {
            int jj = ii;
            if (ii < 2)
                continue;
            while (jj > 0)
            {
                jj--;
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

    // Clad test/Gradient/Switch.C fn3, rewritten: `while (counter--)` as `while (counter > 0) { counter--; … }`
    [Differentiable]
    public static double CladSwitchFn3Rewritten(double i, double j)
    {
        double res = 0;
        int counter = 2;
        while (counter > 0)
        {
            counter--;
            switch (counter)
            {
                case 0:
                    res += i * i * j * j;
                    goto case 1;
                case 1:
                    res += i * i;
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

    // Clad test/Gradient/Switch.C fn4, rewritten: `while (counter--)` as `while (counter > 0) { counter--; … }`
    [Differentiable]
    public static double CladSwitchFn4Rewritten(double i, double j)
    {
        double res = 0;
        int selector = 1;
        switch (selector)
        {
            case 0:
                res += i * i * j * j;
                break;
            case 1:
                int counter = 2;
                while (counter > 0)
                {
                    counter--;
                    res += i * j;
                }
                break;
        }
        return res;
    }
}
