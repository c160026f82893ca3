using System;
using System.Reflection;
using System.Reflection.Emit;

namespace AutoDiffGen.Testing;

/// <summary>
/// Calls a static method whose parameters may be <c>Span&lt;T&gt;</c>/<c>ReadOnlySpan&lt;T&gt;</c> or
/// <c>out</c>/<c>ref</c>: <see cref="MethodBase.Invoke(object, object[])"/> cannot pass a span (a ref struct
/// cannot be boxed), so a small dynamic method is emitted instead. The argument array holds a <c>T[]</c>
/// where the method takes a span of <c>T</c> (wrapped without copying, so writes into a <c>Span</c> land in
/// the array), and the value of every <c>out</c>/<c>ref</c> parameter, written back after the call.
/// </summary>
internal sealed class MethodInvoker
{
    private readonly Func<object?[], object?> invoke;

    public MethodInvoker(MethodInfo method)
    {
        Method = method;
        invoke = Emit(method);
    }

    public MethodInfo Method { get; }

    public object? Invoke(object?[] arguments)
    {
        if (arguments.Length != Method.GetParameters().Length)
        {
            throw new ArgumentException(Method.Name + " takes " + Method.GetParameters().Length + " arguments, not " + arguments.Length + ".");
        }
        return invoke(arguments);
    }

    internal static bool IsSpan(Type type) =>
        type.IsGenericType && (type.GetGenericTypeDefinition() == typeof(Span<>) || type.GetGenericTypeDefinition() == typeof(ReadOnlySpan<>));

    private static Func<object?[], object?> Emit(MethodInfo method)
    {
        ParameterInfo[] parameters = method.GetParameters();
        // skipVisibility: the method may be internal or private, like any method a test wants to check.
        var dynamic = new DynamicMethod("Invoke_" + method.Name, typeof(object), new[] { typeof(object?[]) }, method.Module, skipVisibility: true);
        ILGenerator il = dynamic.GetILGenerator();
        var byRefLocals = new LocalBuilder?[parameters.Length];

        for (int i = 0; i < parameters.Length; i++)
        {
            Type type = parameters[i].ParameterType;
            LoadArgument(il, i);
            if (type.IsByRef)
            {
                Type element = type.GetElementType()!;
                byRefLocals[i] = il.DeclareLocal(element);
                il.Emit(OpCodes.Unbox_Any, element);
                il.Emit(OpCodes.Stloc, byRefLocals[i]!);
                il.Emit(OpCodes.Ldloca, byRefLocals[i]!);
            }
            else if (IsSpan(type))
            {
                Type array = type.GetGenericArguments()[0].MakeArrayType();
                il.Emit(OpCodes.Castclass, array);
                il.Emit(OpCodes.Newobj, type.GetConstructor(new[] { array })!);
            }
            else
            {
                // For a reference type unbox.any is a cast, so one instruction covers every other parameter.
                il.Emit(OpCodes.Unbox_Any, type);
            }
        }
        il.Emit(OpCodes.Call, method);

        LocalBuilder result = il.DeclareLocal(typeof(object));
        if (method.ReturnType == typeof(void)) il.Emit(OpCodes.Ldnull);
        else if (method.ReturnType.IsValueType) il.Emit(OpCodes.Box, method.ReturnType);
        il.Emit(OpCodes.Stloc, result);

        for (int i = 0; i < parameters.Length; i++)
        {
            if (byRefLocals[i] is not LocalBuilder local) continue;
            il.Emit(OpCodes.Ldarg_0);
            il.Emit(OpCodes.Ldc_I4, i);
            il.Emit(OpCodes.Ldloc, local);
            il.Emit(OpCodes.Box, local.LocalType);
            il.Emit(OpCodes.Stelem_Ref);
        }
        il.Emit(OpCodes.Ldloc, result);
        il.Emit(OpCodes.Ret);
        return (Func<object?[], object?>)dynamic.CreateDelegate(typeof(Func<object?[], object?>));
    }

    private static void LoadArgument(ILGenerator il, int index)
    {
        il.Emit(OpCodes.Ldarg_0);
        il.Emit(OpCodes.Ldc_I4, index);
        il.Emit(OpCodes.Ldelem_Ref);
    }
}
