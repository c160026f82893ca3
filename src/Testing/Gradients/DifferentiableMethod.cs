using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;

namespace AutoDiffGen.Testing;

/// <summary>
/// A method <c>M</c> and its <c>MGradient</c> and <c>MBackward</c> (docs/contract.md), found by reflection and
/// callable with plain argument arrays. Arguments are given as for <c>M</c>: a number for a scalar parameter
/// (any numeric type, converted), an array for an array parameter and also for a <c>Span</c>/<c>ReadOnlySpan</c>
/// parameter (spans cannot be boxed, so the array is wrapped on the call).
/// </summary>
public sealed class DifferentiableMethod
{
    private const BindingFlags Static = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private readonly MethodInvoker function;
    private readonly MethodInvoker gradient;
    private readonly MethodInvoker backward;

    private DifferentiableMethod(MethodInfo method, MethodInfo gradientMethod, MethodInfo backwardMethod)
    {
        function = new MethodInvoker(method);
        gradient = new MethodInvoker(gradientMethod);
        backward = new MethodInvoker(backwardMethod);
        Parameters = method.GetParameters().Select(DifferentiableParameter.From).ToArray();
    }

    /// <summary><c>Namespace.Type.Method</c>.</summary>
    public string FullName => function.Method.DeclaringType!.FullName!.Replace('+', '.') + "." + function.Method.Name;

    /// <summary>The method's name (<c>Loss</c>); <c>LossGradient</c> and <c>LossBackward</c> follow from it.</summary>
    public string Name => function.Method.Name;

    /// <summary>Every parameter of <c>M</c>, in declaration order, with its role.</summary>
    public IReadOnlyList<DifferentiableParameter> Parameters { get; }

    /// <summary>True when <c>M</c> returns <c>float</c>.</summary>
    public bool ReturnsSingle => function.Method.ReturnType == typeof(float);

    /// <summary>
    /// Finds <paramref name="methodName"/> on <paramref name="type"/> (any accessibility) and its generated
    /// <c>Gradient</c> and <c>Backward</c> with exactly the contract's signatures.
    /// </summary>
    /// <param name="type">The partial type; for a generic one, a constructed type such as <c>typeof(Model&lt;double&gt;)</c>.</param>
    /// <param name="methodName">The method, e.g. <c>nameof(ToyModel.Loss)</c>.</param>
    /// <param name="parameterTypes">Needed only when several static methods share the name.</param>
    /// <exception cref="ArgumentException">The method or one of its generated companions is missing or ambiguous.</exception>
    public static DifferentiableMethod Find(Type type, string methodName, Type[]? parameterTypes = null)
    {
        MethodInfo[] candidates = type.GetMethods(Static)
            .Where(m => m.Name == methodName && (parameterTypes is null || m.GetParameters().Select(p => p.ParameterType).SequenceEqual(parameterTypes)))
            .ToArray();
        if (candidates.Length == 0)
        {
            throw new ArgumentException("No static method " + methodName + (parameterTypes is null ? "" : "(" + string.Join(", ", parameterTypes.Select(t => t.Name)) + ")") + " on " + type.FullName + ".", nameof(methodName));
        }
        if (candidates.Length > 1)
        {
            throw new ArgumentException(type.FullName + " has " + candidates.Length + " static methods named " + methodName + "; pass the parameter types to choose one.", nameof(parameterTypes));
        }
        MethodInfo method = candidates[0];
        if (method.ReturnType != typeof(double) && method.ReturnType != typeof(float))
        {
            throw new ArgumentException(method.Name + " returns " + method.ReturnType.Name + "; a differentiable method returns double or float.", nameof(methodName));
        }
        DifferentiableParameter[] parameters = method.GetParameters().Select(DifferentiableParameter.From).ToArray();
        Type[] inputs = method.GetParameters().Select(p => p.ParameterType).ToArray();
        DifferentiableParameter[] differentiable = parameters.Where(p => p.Role != ParameterRole.Data).ToArray();

        Type[] gradientSignature = inputs.Concat(differentiable.Select(p => p.Role == ParameterRole.Scalar ? p.Type.MakeByRefType() : SpanOf(p.Element!))).ToArray();
        Type[] backwardSignature = inputs.Append(method.ReturnType).Concat(differentiable.Select(p => p.Role == ParameterRole.Scalar ? p.Type.MakeByRefType() : SpanOf(p.Element!))).ToArray();
        MethodInfo gradientMethod = Companion(type, method.Name + "Gradient", gradientSignature);
        MethodInfo backwardMethod = Companion(type, method.Name + "Backward", backwardSignature);
        return new DifferentiableMethod(method, gradientMethod, backwardMethod);
    }

    /// <summary>The value <c>M(arguments)</c>.</summary>
    public double Value(IReadOnlyList<object?> arguments) => ToDouble(function.Invoke(Prepare(arguments).ToArray()));

    /// <summary>Calls <c>MGradient</c>: its return value, and per parameter its gradient (empty for data parameters).</summary>
    public (double Value, double[][] Gradient) Gradient(IReadOnlyList<object?> arguments)
    {
        List<object?> call = Prepare(arguments);
        var outputs = new List<(int Parameter, int Slot)>();
        for (int i = 0; i < Parameters.Count; i++)
        {
            if (Parameters[i].Role == ParameterRole.Data) continue;
            outputs.Add((i, call.Count));
            call.Add(Parameters[i].Role == ParameterRole.Scalar ? Zero(Parameters[i].Element!) : Array.CreateInstance(Parameters[i].Element!, ((Array)call[i]!).Length));
        }
        object?[] slots = call.ToArray();
        double value = ToDouble(gradient.Invoke(slots));
        return (value, Collect(slots, outputs, Parameters.Count));
    }

    /// <summary>
    /// Calls <c>MBackward</c> with <paramref name="seed"/>, starting each accumulator at the given value (one
    /// array per parameter, empty for data parameters), and returns its value and the accumulators after the call.
    /// </summary>
    public (double Value, double[][] Accumulators) Backward(IReadOnlyList<object?> arguments, double seed, double[][] accumulatorsBefore)
    {
        List<object?> call = Prepare(arguments);
        call.Add(ReturnsSingle ? (object)(float)seed : seed);
        var outputs = new List<(int Parameter, int Slot)>();
        for (int i = 0; i < Parameters.Count; i++)
        {
            if (Parameters[i].Role == ParameterRole.Data) continue;
            outputs.Add((i, call.Count));
            call.Add(Parameters[i].Role == ParameterRole.Scalar
                ? Convert(accumulatorsBefore[i][0], Parameters[i].Element!)
                : ConvertArray(accumulatorsBefore[i], Parameters[i].Element!));
        }
        object?[] slots = call.ToArray();
        double value = ToDouble(backward.Invoke(slots));
        return (value, Collect(slots, outputs, Parameters.Count));
    }

    /// <summary>The differentiable inputs at <paramref name="arguments"/>, one per gradient entry (array parameters element by element).</summary>
    public double[][] Inputs(IReadOnlyList<object?> arguments)
    {
        List<object?> call = Prepare(arguments);
        return Parameters.Select((p, i) => p.Role switch
        {
            ParameterRole.Scalar => new[] { ToDouble(call[i]) },
            ParameterRole.Array => ((Array)call[i]!).Cast<object>().Select(ToDouble).ToArray(),
            _ => System.Array.Empty<double>(),
        }).ToArray();
    }

    /// <summary>A copy of <paramref name="arguments"/> with differentiable input <paramref name="parameter"/>
    /// (element <paramref name="element"/> of an array) set to <paramref name="value"/>; arrays are copied, never changed.</summary>
    internal object?[] With(IReadOnlyList<object?> arguments, int parameter, int element, double value)
    {
        List<object?> call = Prepare(arguments);
        DifferentiableParameter p = Parameters[parameter];
        if (p.Role == ParameterRole.Scalar) call[parameter] = Convert(value, p.Element!);
        else ((Array)call[parameter]!).SetValue(Convert(value, p.Element!), element);
        return call.ToArray();
    }

    /// <summary>Checks the arguments against the parameters and converts them to the exact types a call needs.
    /// Arrays are copied, so a method under test cannot change the caller's data.</summary>
    internal List<object?> Prepare(IReadOnlyList<object?> arguments)
    {
        if (arguments.Count != Parameters.Count)
        {
            throw new ArgumentException(Name + " takes " + Parameters.Count + " arguments (" + string.Join(", ", Parameters.Select(p => p.Name)) + "), but " + arguments.Count + " were given.");
        }
        var call = new List<object?>(arguments.Count);
        for (int i = 0; i < arguments.Count; i++)
        {
            DifferentiableParameter p = Parameters[i];
            object? argument = arguments[i];
            Type expected = MethodInvoker.IsSpan(p.Type) ? p.Type.GetGenericArguments()[0].MakeArrayType() : p.Type;
            if (argument is Array array && expected.IsArray)
            {
                if (array.GetType() != expected) throw WrongArgument(p, argument, expected);
                call.Add(array.Clone());
            }
            else if (expected.IsPrimitive && argument is IConvertible && argument is not string)
            {
                call.Add(System.Convert.ChangeType(argument, expected, CultureInfo.InvariantCulture));
            }
            else if (argument is null ? expected.IsValueType : !expected.IsInstanceOfType(argument))
            {
                throw WrongArgument(p, argument, expected);
            }
            else
            {
                call.Add(argument);
            }
        }
        return call;
    }

    private static ArgumentException WrongArgument(DifferentiableParameter p, object? argument, Type expected) =>
        new("Argument '" + p.Name + "' must be a " + expected.Name + (MethodInvoker.IsSpan(p.Type) ? " (passed to the " + p.Type.Name + " parameter as a span)" : "") +
            ", not " + (argument?.GetType().Name ?? "null") + ".");

    private static double[][] Collect(object?[] slots, List<(int Parameter, int Slot)> outputs, int parameterCount)
    {
        double[][] result = new double[parameterCount][];
        for (int i = 0; i < result.Length; i++) result[i] = System.Array.Empty<double>();
        foreach ((int parameter, int slot) in outputs)
        {
            result[parameter] = slots[slot] is Array array ? array.Cast<object>().Select(ToDouble).ToArray() : new[] { ToDouble(slots[slot]) };
        }
        return result;
    }

    private static MethodInfo Companion(Type type, string name, Type[] signature) =>
        type.GetMethod(name, Static, binder: null, signature, modifiers: null)
        ?? throw new ArgumentException(type.FullName + " has no " + name + "(" + string.Join(", ", signature.Select(Describe)) + "). " +
            "Is the method [Differentiable], its type partial, and the AutoDiffGen generator referenced (it reports an ADGEN error when it cannot generate)?");

    private static string Describe(Type t) => t.IsByRef ? "ref " + t.GetElementType()!.Name : t.IsGenericType ? t.Name.Split('`')[0] + "<" + t.GetGenericArguments()[0].Name + ">" : t.Name;

    private static Type SpanOf(Type element) => typeof(Span<>).MakeGenericType(element);

    // The casts to object matter: without them the conditional's type is double and a float would be boxed as one.
    private static object Zero(Type element) => element == typeof(float) ? (object)0f : 0.0;

    private static object Convert(double value, Type element) => element == typeof(float) ? (object)(float)value : value;

    private static Array ConvertArray(double[] values, Type element) =>
        element == typeof(float) ? values.Select(v => (float)v).ToArray() : (double[])values.Clone();

    internal static double ToDouble(object? value) => value switch
    {
        double d => d,
        float f => f,
        _ => throw new InvalidOperationException("Expected a double or float, got " + (value?.GetType().Name ?? "null") + "."),
    };
}
