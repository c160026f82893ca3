using System;

namespace AutoDiffGen.Functional.Tests.Ported;

// Ported from Swift, test/AutoDiff/validation-test/control_flow.swift (swiftlang/swift). Swift Float is float.
public static partial class PortedFunctions
{
    // Swift control_flow.swift cond1
    [Differentiable]
    public static float SwiftCond1(float x)
    {
        if (x > 0)
        {
            return x * x;
        }
        return x + x;
    }

    // Swift control_flow.swift cond2
    [Differentiable]
    public static float SwiftCond2(float x)
    {
        float y;
        if (x > 0)
        {
            y = x * x;
        }
        else if (x == -1337)
        {
            y = 0;
        }
        else
        {
            y = x + x;
        }
        return y;
    }

    // Swift control_flow.swift cond2_var
    [Differentiable]
    public static float SwiftCond2Var(float x)
    {
        float y = x;
        if (x > 0)
        {
            y = y * x;
        }
        else if (x == -1337)
        {
            y = x;
            y = x;
            y = 0;
        }
        else
        {
            y = x + y;
        }
        return y;
    }

    // Swift control_flow.swift cond3
    [Differentiable]
    public static float SwiftCond3(float x, float y)
    {
        if (x > 0)
        {
            return x * y;
        }
        return y - x;
    }

    // Swift control_flow.swift guard1
    [Differentiable]
    public static float SwiftGuard1(float x, float y)
    {
        if (!(x > 0))
        {
            return x * x;
        }
        return y * y;
    }

    // Swift control_flow.swift guard2
    [Differentiable]
    public static float SwiftGuard2(float x, float y)
    {
        if (!(x > 0))
        {
            if (y > 0)
            {
                return x * y;
            }
            else if (x == -1337)
            {
                return x * x;
            }
            return 0;
        }
        return y * y;
    }

    // Swift control_flow.swift guard2_var
    [Differentiable]
    public static float SwiftGuard2Var(float x, float y)
    {
        float z = y;
        if (!(x > 0))
        {
            if (y > 0)
            {
                z = z * x;
            }
            else if (x == -1337)
            {
                z = x;
                z = z * z;
            }
            else
            {
                z = 0;
            }
            return z;
        }
        return z * y;
    }

    // Swift control_flow.swift guard3
    [Differentiable]
    public static float SwiftGuard3(float x, float y)
    {
        if (!(x > 0))
        {
            throw new InvalidOperationException();
        }
        return y * y;
    }

    public enum SwiftEnum { A, B }

    // Swift control_flow.swift enum_notactive1 (the payloads become parameters)
    [Differentiable]
    public static float SwiftEnumNotActive1(SwiftEnum e, float a, float b1, float b2, float x)
    {
        switch (e)
        {
            case SwiftEnum.A: return x * a;
            default: return x * b1 * b2;
        }
    }

    // Swift control_flow.swift optional_notactive1
    [Differentiable]
    public static float SwiftOptionalNotActive1(float? optional, float x)
    {
        if (optional is float y)
        {
            return x * y;
        }
        return x + x;
    }

    // Swift control_flow.swift typeCheckOperator
    [Differentiable]
    public static float SwiftTypeCheckOperator<T>(float x)
    {
        if (typeof(T) == typeof(int))
        {
            return x + x;
        }
        return x * x;
    }

    // Swift control_flow.swift cond_empty
    [Differentiable]
    public static float SwiftCondEmpty(float x)
    {
        if (x > 0)
        {
            // Empty, as in the original.
        }
        return x * x;
    }

    // Swift control_flow.swift nested1
    [Differentiable]
    public static float SwiftNested1(float x)
    {
        if (x > 0)
        {
            if (x > 10)
            {
                return x * x + x;
            }
            else
            {
                return x * x;
            }
        }
        return x * -x;
    }

    // Swift control_flow.swift nested2
    [Differentiable]
    public static float SwiftNested2(float x, float y)
    {
        if (x > 0)
        {
            if (y > 10)
            {
                return x * y;
            }
            else
            {
                return x + y;
            }
        }
        return -y;
    }

    // Swift control_flow.swift nested3
    [Differentiable]
    public static float SwiftNested3(float x, float y)
    {
        if (x > 0)
        {
            if (y > 10)
            {
                float z = x * y;
                if (z > 100)
                {
                    return x + z;
                }
                else if (y == 20)
                {
                    return z + z;
                }
            }
            else
            {
                return x + y;
            }
        }
        return -y;
    }

    // Swift control_flow.swift nested3_var
    [Differentiable]
    public static float SwiftNested3Var(float x, float y)
    {
        float w = y;
        if (x > 0)
        {
            if (y > 10)
            {
                float z = x * w;
                if (z > 100)
                {
                    z = x + z;
                    return z;
                }
                else if (y == 20)
                {
                    z = z + z;
                    return z;
                }
            }
            else
            {
                w = x + w;
                return w;
            }
        }
        w = -w;
        return w;
    }

    // Swift control_flow.swift TF_781 (non-method version; differentiated with respect to x only)
    [Differentiable]
    public static float SwiftTF781(float x, [NoDiff] float y)
    {
        float result = y;
        if (1 == 1)
        {
            if (1 == 1)
            {
                result = result * x;
            }
        }
        return result;
    }

    // Swift control_flow.swift factorial
    [Differentiable]
    public static float SwiftFactorial(float x)
    {
        if (x == 1)
        {
            return 1;
        }
        return x * SwiftFactorial(x - 1);
    }

    // Swift control_flow.swift factorial_var1
    [Differentiable]
    public static float SwiftFactorialVar1(float x)
    {
        float y = x;
        if (x == 1)
        {
            y = 1;
        }
        else
        {
            y = x;
            y = y * SwiftFactorialVar1(y - 1);
        }
        return y;
    }

    // Swift control_flow.swift factorial_var2
    [Differentiable]
    public static float SwiftFactorialVar2(float x)
    {
        float y = 1;
        if (x == 1)
        {
            y = 1;
        }
        else
        {
            y = x;
            y = y * SwiftFactorialVar2(y - 1);
        }
        return y;
    }

    // Swift control_flow.swift product
    [Differentiable]
    public static float SwiftProduct(float x, int count)
    {
        if (count == 1)
        {
            return x;
        }
        return x * SwiftProduct(x, count - 1);
    }

    // Swift control_flow.swift for_loop
    [Differentiable]
    public static float SwiftForLoop(float x)
    {
        float result = x;
        for (int i = 0; i < 2; i++)
        {
            result = result * x;
        }
        return result;
    }

    // Swift control_flow.swift for_loop_nonactive_initial_value
    [Differentiable]
    public static float SwiftForLoopNonactiveInitialValue(float x)
    {
        float result = 1;
        for (int i = 0; i < 2; i++)
        {
            result = result * x;
        }
        return result;
    }

    // Swift control_flow.swift while_loop
    [Differentiable]
    public static float SwiftWhileLoop(float x)
    {
        float result = x;
        int i = 0;
        while (i < 2)
        {
            result = result * x;
            i += 1;
        }
        return result;
    }

    // Swift control_flow.swift while_loop_nonactive_initial_value
    [Differentiable]
    public static float SwiftWhileLoopNonactiveInitialValue(float x)
    {
        float result = 1;
        int i = 0;
        while (i < 2)
        {
            result = result * x;
            i += 1;
        }
        return result;
    }

    // Swift control_flow.swift repeat_while_loop
    [Differentiable]
    public static float SwiftRepeatWhileLoop(float x)
    {
        float result = x;
        int i = 0;
        do
        {
            result = result * x;
            i += 1;
        } while (i < 2);
        return result;
    }

    // Swift control_flow.swift repeat_while_loop_nonactive_initial_value
    [Differentiable]
    public static float SwiftRepeatWhileLoopNonactiveInitialValue(float x)
    {
        float result = 1;
        int i = 0;
        do
        {
            result = result * x;
            i += 1;
        } while (i < 2);
        return result;
    }

    // Swift control_flow.swift repeat_while_loop_nested_repeat
    [Differentiable]
    public static float SwiftRepeatWhileLoopNestedRepeat(float x)
    {
        float result = x;
        int i = 0;
        do
        {
            float temp = x;
            int j = 0;
            do
            {
                temp = temp * x;
                j += 1;
            } while (j < 2);
            result = result * temp;
            i += 1;
        } while (i < 2);
        return result;
    }

    // Swift control_flow.swift repeat_while_loop_nested_while
    [Differentiable]
    public static float SwiftRepeatWhileLoopNestedWhile(float x)
    {
        float result = x;
        int i = 0;
        do
        {
            float temp = x;
            int j = 0;
            while (j < 2)
            {
                temp = temp * x;
                j += 1;
            }
            result = result * temp;
            i += 1;
        } while (i < 2);
        return result;
    }

    // Swift control_flow.swift repeat_while_loop_nested_for
    [Differentiable]
    public static float SwiftRepeatWhileLoopNestedFor(float x)
    {
        float result = x;
        int i = 0;
        do
        {
            float temp = x;
            for (int j = 0; j < 2; j++)
            {
                temp = temp * x;
            }
            result = result * temp;
            i += 1;
        } while (i < 2);
        return result;
    }

    // Swift control_flow.swift repeat_while_loop_condition
    [Differentiable]
    public static float SwiftRepeatWhileLoopCondition(float x)
    {
        float result = x;
        int i = 0;
        do
        {
            if (i == 2)
            {
                break;
            }
            if (i == 0)
            {
                result = result * x;
            }
            else
            {
                result = result * result;
            }
            i += 1;
        } while (i < 10);
        return result;
    }

    // Swift control_flow.swift loop_continue
    [Differentiable]
    public static float SwiftLoopContinue(float x)
    {
        float result = x;
        for (int i = 1; i < 10; i++)
        {
            if (i % 2 == 0)
            {
                continue;
            }
            result = result * x;
        }
        return result;
    }

    // Swift control_flow.swift nested_loop1
    [Differentiable]
    public static float SwiftNestedLoop1(float x)
    {
        float outer = x;
        for (int k = 0; k < 2; k++)
        {
            outer = outer * x;

            float inner = outer;
            int i = 0;
            while (i < 2)
            {
                inner = inner + x;
                i += 1;
            }
            outer = inner;
        }
        return outer;
    }

    // Swift control_flow.swift nested_loop2 (Swift's `break outerLoop` becomes a flag)
    [Differentiable]
    public static float SwiftNestedLoop2(float x, int count)
    {
        float outer = x;
        bool stop = false;
        for (int k = 0; k < count; k++)
        {
            outer = outer * x;

            float inner = outer;
            int i = 0;
            while (i < count)
            {
                inner = inner + x;
                i += 1;

                switch ((int)(inner % 7))
                {
                    case 0:
                        stop = true;
                        break;
                    case 1:
                        break;
                    default:
                        continue;
                }
                if (stop) break;
            }
            if (stop) break;
            outer = inner;
        }
        return outer;
    }

    // Swift control_flow.swift S_56342.loopInMethod (as a static method)
    [Differentiable]
    public static float SwiftLoopInMethod(float x)
    {
        float result = x;
        for (int i = 0; i < 2; i++)
        {
            result *= result;
        }
        return result;
    }

    // Swift control_flow.swift testComplexControlFlow (the non-active rethrowing calls have no C# counterpart)
    [Differentiable]
    public static float SwiftTestComplexControlFlow(float x)
    {
        for (int i = 0; i < (int)x; i++)
        {
            if (1 == 1)
            {
            }
        }
        return x;
    }

    // Swift control_flow.swift testBooleanShortCircuitingOperations
    [Differentiable]
    public static float SwiftBooleanShortCircuiting(float x, bool flag)
    {
        if (flag && flag || flag)
        {
            return x * x;
        }
        return x + x;
    }

    // Swift control_flow.swift cond4_var (Swift's labelled `break outerIf` becomes a forward goto; its constant
    // conditions make the goto unreachable, as in Swift's test)
#pragma warning disable CS0162
    [Differentiable]
    public static float SwiftCond4Var(float x)
    {
        float outer = x;
        if (1 == 1)
        {
            float inner = outer;
            inner = inner * x;
            if (1 == 0)
            {
                goto end;
            }
            outer = inner;
        }
    end:
        return outer;
    }
#pragma warning restore CS0162
}
