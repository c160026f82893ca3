using System;
using System.Globalization;
using System.IO;
using System.Reflection;

namespace AutoDiffGen.Functional.Tests.Gmm;

/// <summary>A GMM problem in ADBench's layout (see <see cref="GmmObjective"/>).</summary>
internal sealed class GmmInstance
{
    public int D { get; init; }
    public int K { get; init; }
    public int N { get; init; }
    public double[] Alphas { get; init; } = [];
    public double[] Means { get; init; } = [];
    public double[] Icf { get; init; } = [];
    public double[] X { get; init; } = [];
    public double WishartGamma { get; init; }
    public int WishartM { get; init; }

    public int IcfSize => D * (D + 1) / 2;

    public double Constant => GmmObjective.Constant(D, K, N, WishartGamma, WishartM);

    public double Evaluate() => GmmObjective.Evaluate(Alphas, Means, Icf, X, D, K, N, WishartGamma, WishartM);

    /// <summary>Reads a file in ADBench's text format (read_gmm_instance, replicate_point = false), keeping at most <paramref name="maxPoints"/> points.</summary>
    public static GmmInstance Parse(string text, int maxPoints = int.MaxValue)
    {
        string[] tokens = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        int next = 0;
        int ReadInt() => int.Parse(tokens[next++], NumberStyles.Integer, CultureInfo.InvariantCulture);
        double ReadDouble() => double.Parse(tokens[next++], NumberStyles.Float, CultureInfo.InvariantCulture);
        double[] ReadDoubles(int count)
        {
            var values = new double[count];
            for (int i = 0; i < count; i++) values[i] = ReadDouble();
            return values;
        }

        int d = ReadInt(), k = ReadInt(), n = ReadInt();
        double[] alphas = ReadDoubles(k);
        double[] means = ReadDoubles(k * d);
        double[] icf = ReadDoubles(k * (d * (d + 1) / 2));
        double[] x = ReadDoubles(n * d);
        double gamma = ReadDouble();
        int m = ReadInt();
        if (next != tokens.Length) throw new FormatException($"{tokens.Length - next} tokens left after the Wishart parameters.");
        int kept = Math.Min(n, maxPoints);
        return new GmmInstance
        {
            D = d, K = k, N = kept, Alphas = alphas, Means = means, Icf = icf,
            X = x.AsSpan(0, kept * d).ToArray(), WishartGamma = gamma, WishartM = m,
        };
    }

    /// <summary>Reads an embedded data file of this folder (Gmm/Data/<paramref name="fileName"/>).</summary>
    public static GmmInstance FromResource(string fileName, int maxPoints = int.MaxValue)
    {
        Assembly assembly = typeof(GmmInstance).Assembly;
        string name = "Gmm.Data." + fileName;
        using Stream stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded resource {name} not found.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd(), maxPoints);
    }

    /// <summary>
    /// Random data distributed as ADBench's gmm-data-gen.py draws it: alphas, icf and x standard normal,
    /// means uniform on [0, 1), γ = 1 and m = 0 unless given.
    /// </summary>
    public static GmmInstance Random(int d, int k, int n, int seed, double wishartGamma = 1.0, int wishartM = 0)
    {
        var random = new Random(seed);
        double Normal() => Math.Sqrt(-2.0 * Math.Log(1.0 - random.NextDouble())) * Math.Cos(2.0 * Math.PI * random.NextDouble());
        double[] Fill(int count, Func<double> draw)
        {
            var values = new double[count];
            for (int i = 0; i < count; i++) values[i] = draw();
            return values;
        }

        return new GmmInstance
        {
            D = d, K = k, N = n,
            Alphas = Fill(k, Normal),
            Means = Fill(k * d, random.NextDouble),
            Icf = Fill(k * (d * (d + 1) / 2), Normal),
            X = Fill(n * d, Normal),
            WishartGamma = wishartGamma, WishartM = wishartM,
        };
    }
}
