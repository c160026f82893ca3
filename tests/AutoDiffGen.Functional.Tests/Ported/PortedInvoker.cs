using System;
using System.Linq;
using System.Reflection;

namespace AutoDiffGen.Functional.Tests.Ported;

/// <summary>
/// Calls a ported function and its generated MGradient on one flat vector of inputs (scalars and array
/// elements in declaration order). Only the inputs marked differentiable get a partial derivative.
/// </summary>
internal abstract class PortedInvoker
{
    public abstract bool[] Differentiable { get; }

    /// <summary>True when the function computes in float: the reference tolerances are float ones.</summary>
    public abstract bool IsFloat { get; }

    public abstract double Value(double[] inputs);

    /// <summary>Calls MGradient, writes each differentiable input's partial into gradient, returns its value.</summary>
    public abstract double Gradient(double[] inputs, double[] gradient);

    /// <summary>
    /// Calls MBackward with the seed and the given accumulators (one per differentiable input, updated in place),
    /// returns its value; null when the invoker cannot call it (array functions).
    /// </summary>
    public virtual double? Backward(double[] inputs, double seed, double[] accumulators) => null;

    public virtual bool CanCallBackward => false;

    /// <summary>Scalar parameters only (double, float, int, long, bool), called through reflection.</summary>
    public static PortedInvoker Scalar(string name) => new ReflectionInvoker(name);

    /// <summary>Functions with array parameters: the test spells out the calls.</summary>
    public static PortedInvoker Arrays(bool isFloat, Func<double[], double> value, Func<double[], double[], double> gradient, int count) =>
        new DelegateInvoker(isFloat, value, gradient, Enumerable.Repeat(true, count).ToArray());

    /// <summary>Functions with parameters that are not numbers (a char, a string, a type argument): the test
    /// spells out the calls, and says which inputs are differentiable.</summary>
    public static PortedInvoker Custom(bool isFloat, bool[] differentiable, Func<double[], double> value, Func<double[], double[], double> gradient) =>
        new DelegateInvoker(isFloat, value, gradient, differentiable);

    private sealed class ReflectionInvoker : PortedInvoker
    {
        private readonly MethodInfo _function;
        private readonly MethodInfo _gradient;
        private readonly ParameterInfo[] _parameters;
        private readonly bool[] _differentiable;

        public ReflectionInvoker(string name)
        {
            _function = typeof(PortedFunctions).GetMethod(name) ?? throw new InvalidOperationException(name + " not found");
            _gradient = typeof(PortedFunctions).GetMethod(name + "Gradient") ?? throw new InvalidOperationException(name + "Gradient was not generated");
            _parameters = _function.GetParameters();
            _differentiable = _parameters
                .Select(p => (p.ParameterType == typeof(double) || p.ParameterType == typeof(float)) && p.GetCustomAttribute<NoDiffAttribute>() is null)
                .ToArray();
        }

        public override bool[] Differentiable => _differentiable;

        public override bool IsFloat => _function.ReturnType == typeof(float);

        public override double Value(double[] inputs) => ToDouble(_function.Invoke(null, Arguments(inputs, 0)));

        public override double Gradient(double[] inputs, double[] gradient)
        {
            int outputs = _differentiable.Count(d => d);
            object?[] args = Arguments(inputs, outputs);
            double value = ToDouble(_gradient.Invoke(null, args));
            int slot = inputs.Length;
            for (int i = 0; i < inputs.Length; i++)
            {
                if (_differentiable[i]) gradient[i] = ToDouble(args[slot++]);
            }
            return value;
        }

        public override bool CanCallBackward => true;

        public override double? Backward(double[] inputs, double seed, double[] accumulators)
        {
            MethodInfo backward = typeof(PortedFunctions).GetMethod(_function.Name + "Backward")
                ?? throw new InvalidOperationException(_function.Name + "Backward was not generated");
            int outputs = _differentiable.Count(d => d);
            object?[] args = Arguments(inputs, 1 + outputs);
            args[inputs.Length] = Convert(seed, _function.ReturnType);
            int slot = inputs.Length + 1;
            for (int i = 0; i < inputs.Length; i++)
            {
                if (_differentiable[i]) args[slot++] = Convert(accumulators[i], _parameters[i].ParameterType);
            }
            double value = ToDouble(backward.Invoke(null, args));
            slot = inputs.Length + 1;
            for (int i = 0; i < inputs.Length; i++)
            {
                if (_differentiable[i]) accumulators[i] = ToDouble(args[slot++]);
            }
            return value;
        }

        private object?[] Arguments(double[] inputs, int extra)
        {
            if (inputs.Length != _parameters.Length) throw new ArgumentException(_function.Name + ": point has " + inputs.Length + " inputs");
            var args = new object?[inputs.Length + extra];
            for (int i = 0; i < inputs.Length; i++) args[i] = Convert(inputs[i], _parameters[i].ParameterType);
            return args;
        }

        /// <summary>An enum input is the value of its member; a nullable one is null for NaN.</summary>
        private static object? Convert(double v, Type type) =>
            Nullable.GetUnderlyingType(type) is { } underlying ? (double.IsNaN(v) ? null : Convert(v, underlying))
            : type.IsEnum ? Enum.ToObject(type, checked((int)v))
            : type == typeof(double) ? v
            : type == typeof(float) ? (float)v
            : type == typeof(int) ? checked((int)v)
            : type == typeof(long) ? checked((long)v)
            : type == typeof(bool) ? v != 0
            : throw new NotSupportedException(type.Name);

        private static double ToDouble(object? o) => o is float f ? f : (double)o!;
    }

    private sealed class DelegateInvoker(bool isFloat, Func<double[], double> value, Func<double[], double[], double> gradient, bool[] differentiable)
        : PortedInvoker
    {
        public override bool[] Differentiable => differentiable;

        public override bool IsFloat => isFloat;

        public override double Value(double[] inputs) => value(inputs);

        public override double Gradient(double[] inputs, double[] g) => gradient(inputs, g);
    }
}
