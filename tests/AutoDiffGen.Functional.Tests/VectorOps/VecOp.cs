using System;
using System.Linq;
using AutoDiffGen.Functional.Tests.Reference;
using Xunit;

namespace AutoDiffGen.Functional.Tests.VectorOps;

/// <summary>The runtime's forward and pullback of one Vec function at one element type, as arrays.</summary>
/// <param name="Forward">The Vec function: inputs → result (a scalar-valued one returns a 1-element array).</param>
/// <param name="Backward">The Vec pullback: (inputs, result, dResult, gradients) → the value it returns (NaN when void).</param>
internal sealed record VecImplementation<T>(Func<T[][], T[]> Forward, Func<T[][], T[], T[], T[][], T> Backward);

/// <summary>
/// One Vec function under test: an independent naive reference written in the test (plain loops, textbook
/// formulas, evaluated where they are accurate), the double and float implementations, and the inputs.
/// Every input is a span that has a gradient span in the pullback.
/// </summary>
internal sealed record VecOp(
    string Name,
    Func<double[][], double[]> Reference,
    double[][] Inputs,
    VecImplementation<double> Double,
    VecImplementation<float> Float,
    bool ScalarValued)
{
    public override string ToString() => Name;

    /// <summary>Forward = reference, and the pullback adds dResultᵀ·J (central differences of ⟨dResult, reference⟩) into non-zero starting gradients.</summary>
    public void CheckDouble()
    {
        double[] expected = Reference(Inputs);
        double[] actual = Double.Forward(Copy(Inputs));
        Near(expected, actual, 1e-13, "value");

        double[] dResult = Weights(expected.Length);
        double[][] start = Inputs.Select((x, k) => x.Select((_, i) => 0.25 * (k + 1) - 0.125 * i).ToArray()).ToArray();
        double[][] gradients = Copy(start);
        double returned = Double.Backward(Copy(Inputs), actual, dResult, gradients);
        if (ScalarValued) Approx.AssertClose(expected[0], returned, 1e-13, 1e-15, Name + ": value returned by Backward", "");

        for (int k = 0; k < Inputs.Length; k++)
        {
            double[] reference = FiniteDifferenceGradient(k);
            Near(start[k].Zip(reference, (s, g) => s + g).ToArray(), gradients[k], 1e-7, "gradient of input " + k);
        }
    }

    /// <summary>The float overloads at the float-rounded inputs, against the double reference at the same points.</summary>
    public void CheckFloat()
    {
        float[][] inputs = Inputs.Select(x => x.Select(v => (float)v).ToArray()).ToArray();
        double[][] widened = inputs.Select(x => x.Select(v => (double)v).ToArray()).ToArray();
        double[] expected = Reference(widened);
        float[] actual = Float.Forward(inputs);
        Near(expected, actual.Select(v => (double)v).ToArray(), 2e-6, "float value");

        double[] dResult = Weights(expected.Length);
        float[][] gradients = inputs.Select(x => new float[x.Length]).ToArray();
        float returned = Float.Backward(inputs, actual, dResult.Select(v => (float)v).ToArray(), gradients);
        if (ScalarValued) Approx.AssertClose(expected[0], returned, 2e-6, 1e-6, Name + ": float value returned by Backward", "");

        for (int k = 0; k < Inputs.Length; k++)
        {
            double[] reference = FiniteDifferenceGradient(k, widened);
            Near(reference, gradients[k].Select(v => (double)v).ToArray(), 2e-5, "float gradient of input " + k);
        }
    }

    /// <summary>Empty gradient spans mean "not wanted": nothing is written, nothing throws.</summary>
    public void CheckEmptyGradientsAreNotWanted()
    {
        double[][] empty = Inputs.Select(_ => Array.Empty<double>()).ToArray();
        double[] result = Double.Forward(Copy(Inputs));
        double returned = Double.Backward(Copy(Inputs), result, Weights(result.Length), empty);
        if (ScalarValued) Assert.Equal(result[0], returned);
    }

    /// <summary>A gradient span of the wrong length (neither empty nor the input's) throws, naming that span.</summary>
    public void CheckWrongGradientLengthThrows()
    {
        double[] result = Double.Forward(Copy(Inputs));
        for (int k = 0; k < Inputs.Length; k++)
        {
            double[][] gradients = Inputs.Select(x => new double[x.Length]).ToArray();
            gradients[k] = new double[Inputs[k].Length + 1];
            ArgumentException e = Assert.ThrowsAny<ArgumentException>(() => Double.Backward(Copy(Inputs), result, Weights(result.Length), gradients));
            Assert.StartsWith("d", e.ParamName);
            Assert.All(gradients[k], v => Assert.Equal(0.0, v));
        }
    }

    /// <summary>
    /// Central differences of ⟨dResult, reference⟩ with respect to one input. The components are differenced
    /// before they are weighted and summed, so a long result does not add its total's cancellation error.
    /// </summary>
    private double[] FiniteDifferenceGradient(int input, double[][]? at = null)
    {
        double[][] point = at ?? Inputs;
        double[] weights = Weights(Reference(point).Length);
        var gradient = new double[point[input].Length];
        for (int j = 0; j < gradient.Length; j++)
        {
            double h = 1e-6 * Math.Max(1.0, Math.Abs(point[input][j]));
            double[][] up = Copy(point), down = Copy(point);
            up[input][j] += h;
            down[input][j] -= h;
            double[] r1 = Reference(up), r0 = Reference(down);
            for (int i = 0; i < weights.Length; i++) gradient[j] += weights[i] * (r1[i] - r0[i]);
            gradient[j] /= 2 * h;
        }
        return gradient;
    }

    /// <summary>dResult (the seed for a scalar-valued function): distinct, non-trivial weights.</summary>
    private static double[] Weights(int n) => Enumerable.Range(0, n).Select(i => 1.75 - 0.5 * i + 0.125 * i * i).ToArray();

    private static double[][] Copy(double[][] x) => x.Select(a => (double[])a.Clone()).ToArray();

    private void Near(double[] expected, double[] actual, double tolerance, string what)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (int i = 0; i < expected.Length; i++)
        {
            Approx.AssertClose(expected[i], actual[i], tolerance, tolerance, Name + ": " + what + " [" + i + "]", "");
        }
    }
}
