using System;

namespace AutoDiffGen.Functional.Tests.Ported;

// Ported from Swift, test/AutoDiff/validation-test/simple_math.swift and array.swift (swiftlang/swift).
public static partial class PortedFunctions
{
    // Swift simple_math.swift Arithmetics foo1
    [Differentiable] public static float SwiftArithmeticsFoo1(float x, float y) => x * y;

    // Swift simple_math.swift Arithmetics foo2
    [Differentiable] public static float SwiftArithmeticsFoo2(float x, float y) => -x * y;

    // Swift simple_math.swift Arithmetics foo3
    [Differentiable] public static float SwiftArithmeticsFoo3(float x, float y) => -x + y;

    // Swift simple_math.swift Fanout foo1
    [Differentiable] public static float SwiftFanoutFoo1(float x) => x - x;

    // Swift simple_math.swift Fanout foo2
    [Differentiable] public static float SwiftFanoutFoo2(float x) => x + x;

    // Swift simple_math.swift Fanout foo3
    [Differentiable] public static float SwiftFanoutFoo3(float x, float y) => x + x + x * y;

    // Swift simple_math.swift FunctionCall foo (the closure `{ $0 * 3 }` becomes a local function)
    [Differentiable]
    public static float SwiftFunctionCallFoo(float x, float y)
    {
        static float TimesThree(float v) => v * 3;
        return 3 * x + TimesThree(3) * y;
    }

    // Swift simple_math.swift CaptureLocal foo (the captured `let z: Float = 10` becomes a const)
    [Differentiable]
    public static float SwiftCaptureLocal(float x)
    {
        const float z = 10;
        return z * x;
    }

    // Swift simple_math.swift Mutation fourthPower
    [Differentiable]
    public static float SwiftFourthPower(float x)
    {
        float a = x;
        a = a * x;
        a = a * x;
        return a * x;
    }

    // Swift simple_math.swift TupleMutation fifthPower (the tuple becomes a two-element local array)
    [Differentiable]
    public static float SwiftFifthPowerLocalArray(float x)
    {
        float[] tuple = { x, x };
        tuple[0] = tuple[0] * x;
        tuple[1] = tuple[0] * x;
        return tuple[0] * tuple[1];
    }

    // Swift simple_math.swift SubsetIndices gradWRTNonDiff closure `{ x, y in x + Float(y) }`
    [Differentiable] public static float SwiftSubsetIndicesNonDiff(float x, int y) => x + (float)y;

    // Swift simple_math.swift StructConstantStoredProperty TF_319.applied (stored fields as parameters)
    [Differentiable]
    public static float SwiftTF319Applied(float x, float input)
    {
        const float constant = 2;
        return x * constant * input;
    }

    // Swift simple_math.swift StructMutation Add.applied (stored field as a parameter)
    [Differentiable]
    public static float SwiftAddApplied(float bias, float input)
    {
        float tmp = input;
        tmp = tmp + bias;
        return tmp;
    }

    // Swift array.swift ArraySubscript sumFirstThree
    [Differentiable] public static float SwiftSumFirstThree(float[] array) => array[0] + array[1] + array[2];

    // Swift array.swift ArrayLiteral twoElementLiterals, reduced to a scalar: array[0] * array[1]
    [Differentiable]
    public static float SwiftTwoElementLiterals(float x, float y)
    {
        float[] array = { x * y, x * y };
        return array[0] * array[1];
    }
}

// Ported from Swift, test/AutoDiff/validation-test/forward_mode_simple.swift (its basic tests; in the
// stored version of the file they are commented out pending forward mode).
public static partial class PortedFunctions
{
    // Swift forward_mode_simple.swift BinaryWithLets func_to_diff
    [Differentiable]
    public static float SwiftBinaryWithLets(float x, float y)
    {
        float a = x + y;
        float b = a;
        return b * -y;
    }

    // Swift forward_mode_simple.swift UnaryWithVars unary
    [Differentiable]
    public static float SwiftUnaryWithVars(float x)
    {
        float a = x;
        a = x;
        float b = a + 2;
        b = b - 1;
        const float c = 3;
        float d = a + b + c - 1;
        d = d + d;
        return d;
    }

    // Swift forward_mode_simple.swift SubsetParametersDiff func_to_diff1
    [Differentiable] public static float SwiftSubsetParametersDiff1(int x, float y, int z) => y;

    // Swift forward_mode_simple.swift SubsetParametersDiff func_to_diff3
    [Differentiable] public static float SwiftSubsetParametersDiff3(int x, int y, float z) => 3 * z;

    // Swift forward_mode_simple.swift TrackedDivision divide
    [Differentiable] public static float SwiftTrackedDivision(float x, float y) => x / y;

    // Swift forward_mode_simple.swift TrackedMultipleMultiplication add
    [Differentiable] public static float SwiftTrackedMultipleMultiplication(float x, float y) => x * y * x;

    // Swift forward_mode_simple.swift TrackedWithLets add
    [Differentiable]
    public static float SwiftTrackedWithLets(float x, float y)
    {
        float a = x + y;
        float b = a * a;
        float c = b / x + y;
        return c;
    }
}
