namespace AutoDiffGen.Functional.Tests.Ported;

// Ported functions with tuple and struct locals, an instance method and a lambda local: diagnosed before the
// generator split tuple and struct locals into one local per field, differentiated instance methods and inlined
// lambda locals, now checked like the rest.
public static partial class PortedFunctions
{
    public record struct FloatPair(float First, float Second);

    public struct Point
    {
        public float X, Y, Z;
    }

    // Swift control_flow.swift cond_tuple
    [Differentiable]
    public static float SwiftCondTuple(float x)
    {
        (float, float) y = (x, x);
        if (x > 0)
        {
            return y.Item1 + y.Item2;
        }
        return y.Item1 + y.Item1 - y.Item2 + y.Item1;
    }

    // Swift control_flow.swift cond_tuple_var
    [Differentiable]
    public static float SwiftCondTupleVar(float x)
    {
        var y = (x, x);
        var z = (x + x, x - x);
        if (x > 0)
        {
            var w = (x, x);
            y.Item1 = w.Item2;
            y.Item2 = w.Item1;
            z.Item1 = z.Item1 - y.Item1;
            z.Item2 = z.Item2 + y.Item1;
        }
        else
        {
            z = (x, x);
        }
        return y.Item1 + y.Item2 - z.Item1 + z.Item2;
    }

    // Swift control_flow.swift cond_struct
    [Differentiable]
    public static float SwiftCondStruct(float x)
    {
        var y = new FloatPair(x, x);
        if (x > 0)
        {
            return y.First + y.Second;
        }
        return y.First + y.First - y.Second + y.First;
    }

    // Swift simple_math.swift MultipleResults multiply
    [Differentiable]
    public static float SwiftMultiplyTuple(float x, float y)
    {
        var z = (x, y);
        return z.Item1 * z.Item2;
    }

    // Swift simple_math.swift TupleMutation fifthPower
    [Differentiable]
    public static float SwiftFifthPowerTuple(float x)
    {
        var tuple = (x, x);
        tuple.Item1 = tuple.Item1 * x;
        tuple.Item2 = tuple.Item1 * x;
        return tuple.Item1 * tuple.Item2;
    }

    // Swift simple_math.swift StructMutation fifthPower
    [Differentiable]
    public static float SwiftFifthPowerStruct(float input)
    {
        var point = new Point { X = input, Y = input, Z = input };
        point.X = point.X * input;
        point.Y = point.X * input;
        return point.X * point.Y;
    }

    // Swift simple_math.swift MultipleResults swapAndReturnProduct (Swift inout parameters as ref)
    [Differentiable]
    public static float SwiftSwapAndReturnProduct(ref float x, ref float y)
    {
        float tmp = x;
        x = y;
        y = tmp;
        return x * y;
    }

    // Clad test/Gradient/Lambdas.C f2 (C++ `auto f = [](double t, double k) { return t + k; };`)
    [Differentiable]
    public static double CladLambdasF2(double i, double j)
    {
        var f = (double t, double k) => t + k;
        double x = f(i + j, i);
        return x;
    }
}

// Clad test/Gradient/Gradients.C S::f: an instance method; the gradient is with respect to x and y, the fields are constants.
public partial struct CladS
{
    public double C1;
    public double C2;

    [Differentiable]
    public double F(double x, double y) => C1 * x + C2 * y;
}
