namespace AutoDiffGen.Training;

/// <summary>One row of a <see cref="GradientHealth"/> report: the statistics of one named gradient buffer.</summary>
public sealed class GradientGroupHealth
{
    internal GradientGroupHealth(string name, int count, double norm, double maxMagnitude, int nonFiniteCount,
        GradientHealthFlags flags)
    {
        Name = name;
        Count = count;
        Norm = norm;
        MaxMagnitude = maxMagnitude;
        NonFiniteCount = nonFiniteCount;
        Flags = flags;
    }

    /// <summary>The name given to <see cref="GradientHealth.Add{T}"/>.</summary>
    public string Name { get; }

    /// <summary>The number of elements.</summary>
    public int Count { get; }

    /// <summary>The Euclidean norm √Σgᵢ² (NaN or +∞ if an element is).</summary>
    public double Norm { get; }

    /// <summary>The largest |gᵢ| (NaN if an element is NaN); 0 for an empty group.</summary>
    public double MaxMagnitude { get; }

    /// <summary>How many elements are NaN or ±∞.</summary>
    public int NonFiniteCount { get; }

    /// <summary>What is wrong with the group, <see cref="GradientHealthFlags.None"/> if nothing.</summary>
    public GradientHealthFlags Flags { get; }
}
