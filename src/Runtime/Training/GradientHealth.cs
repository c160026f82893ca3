using System;
using System.Collections.Generic;
using System.Globalization;
using System.Numerics;
using System.Numerics.Tensors;
using System.Text;

namespace AutoDiffGen.Training;

/// <summary>
/// A diagnostic report on a gradient: the norm of each named group (a layer's weights, its biases, …), with
/// flags for groups whose gradient vanishes, explodes or has NaN or infinite elements. Build it after a
/// backward pass with <see cref="Add{T}"/>, then read <see cref="Groups"/> or print <see cref="ToTable"/>.
/// </summary>
/// <remarks>
/// <para>
/// The thresholds are absolute, on each group's Euclidean norm. The default vanishing threshold, 1e−7, is
/// where a group stops learning in single precision under gradient descent: with a learning rate ≤ 1 its
/// update is below 1e−7, under one step of the float grid near 1 (1.2e−7), so weights of order 1 move by one
/// ulp at most. (Adam and RMSProp divide by the gradient's own scale; for them it takes a norm near their ε.)
/// The default exploding threshold, 1e3, is where one step at a typical learning rate of 1e−3 to 1e−2 moves
/// the group by 1 to 10, more than the weights' own scale after Xavier or He initialisation. Set both for your
/// model: near a minimum every gradient is small and legitimately passes under an absolute vanishing threshold.
/// </para>
/// <para>It is a diagnostic and allocates (a row per group, and the table's string).</para>
/// </remarks>
public sealed class GradientHealth
{
    /// <summary>The default <see cref="VanishingThreshold"/>, 1e−7 (see the remarks of the class).</summary>
    public const double DefaultVanishingThreshold = 1e-7;

    /// <summary>The default <see cref="ExplodingThreshold"/>, 1e3 (see the remarks of the class).</summary>
    public const double DefaultExplodingThreshold = 1e3;

    private readonly List<GradientGroupHealth> groups = new();

    /// <summary>Creates an empty report.</summary>
    /// <param name="vanishingThreshold">A group whose norm is below it is flagged vanishing; ≥ 0.</param>
    /// <param name="explodingThreshold">A group whose norm is above it is flagged exploding; ≥ the other.</param>
    /// <exception cref="ArgumentOutOfRangeException">A threshold is negative or NaN, or they are out of order.</exception>
    public GradientHealth(double vanishingThreshold = DefaultVanishingThreshold,
        double explodingThreshold = DefaultExplodingThreshold)
    {
        if (!(vanishingThreshold >= 0.0))
        {
            throw new ArgumentOutOfRangeException(nameof(vanishingThreshold), vanishingThreshold, "Must not be negative.");
        }

        if (!(explodingThreshold >= vanishingThreshold))
        {
            throw new ArgumentOutOfRangeException(nameof(explodingThreshold), explodingThreshold,
                "Must not be below the vanishing threshold.");
        }

        VanishingThreshold = vanishingThreshold;
        ExplodingThreshold = explodingThreshold;
    }

    /// <summary>A group whose norm is below this is flagged <see cref="GradientHealthFlags.Vanishing"/>.</summary>
    public double VanishingThreshold { get; }

    /// <summary>A group whose norm is above this is flagged <see cref="GradientHealthFlags.Exploding"/>.</summary>
    public double ExplodingThreshold { get; }

    /// <summary>The groups in the order they were added.</summary>
    public IReadOnlyList<GradientGroupHealth> Groups => groups;

    /// <summary>The norm of all groups together, √Σ‖gₖ‖² (as global-norm clipping measures it).</summary>
    public double GlobalNorm { get; private set; }

    /// <summary>The union of the groups' flags.</summary>
    public GradientHealthFlags Flags { get; private set; }

    /// <summary>True when no group is flagged.</summary>
    public bool IsHealthy => Flags == GradientHealthFlags.None;

    /// <summary>Measures one group and appends it to the report.</summary>
    /// <typeparam name="T"><see cref="double"/> or <see cref="float"/>.</typeparam>
    /// <param name="name">The group's name in the table (e.g. "W1", "layer 3").</param>
    /// <param name="gradient">The group's gradient; only read.</param>
    /// <returns>This report, to chain calls.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public GradientHealth Add<T>(string name, ReadOnlySpan<T> gradient)
        where T : IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(name);
        int nonFinite = 0;
        foreach (T g in gradient)
        {
            if (!T.IsFinite(g))
            {
                nonFinite++;
            }
        }

        double norm = double.CreateChecked(VectorNorm.Euclidean(gradient));
        double maxMagnitude = gradient.IsEmpty ? 0.0 : Math.Abs(double.CreateChecked(TensorPrimitives.MaxMagnitude(gradient)));
        GradientHealthFlags flags = nonFinite > 0 ? GradientHealthFlags.NonFinite
            : norm < VanishingThreshold ? GradientHealthFlags.Vanishing
            : norm > ExplodingThreshold ? GradientHealthFlags.Exploding
            : GradientHealthFlags.None;
        groups.Add(new GradientGroupHealth(name, gradient.Length, norm, maxMagnitude, nonFinite, flags));
        GlobalNorm = double.Hypot(GlobalNorm, norm);
        Flags |= flags;
        return this;
    }

    /// <summary>Removes every group, to reuse the report for the next step.</summary>
    public void Clear()
    {
        groups.Clear();
        GlobalNorm = 0.0;
        Flags = GradientHealthFlags.None;
    }

    /// <summary>
    /// An aligned text table, one row per group (name, size, norm, max |g|, flags) and a last row for the global
    /// norm, numbers in invariant-culture scientific notation.
    /// </summary>
    /// <returns>The table, lines ended by <see cref="Environment.NewLine"/>.</returns>
    public string ToTable()
    {
        int nameWidth = "global".Length;
        foreach (GradientGroupHealth group in groups)
        {
            nameWidth = Math.Max(nameWidth, group.Name.Length);
        }

        var table = new StringBuilder();
        AppendRow(table, nameWidth, "group", "size", "norm", "max |g|", "flags");
        foreach (GradientGroupHealth group in groups)
        {
            AppendRow(table, nameWidth, group.Name, group.Count.ToString(CultureInfo.InvariantCulture),
                Scientific(group.Norm), Scientific(group.MaxMagnitude), Describe(group.Flags));
        }

        AppendRow(table, nameWidth, "global", "", Scientific(GlobalNorm), "", Describe(Flags));
        return table.ToString();
    }

    /// <summary>The same as <see cref="ToTable"/>.</summary>
    /// <returns>The table.</returns>
    public override string ToString() => ToTable();

    private static void AppendRow(StringBuilder table, int nameWidth, string name, string size, string norm,
        string maxMagnitude, string flags)
    {
        string row = string.Create(CultureInfo.InvariantCulture,
            $"{name.PadRight(nameWidth)}  {size,8}  {norm,10}  {maxMagnitude,10}  {flags}");
        table.Append(row.TrimEnd()).Append(Environment.NewLine);
    }

    private static string Scientific(double value) => value.ToString("0.00e+00", CultureInfo.InvariantCulture);

    private static string Describe(GradientHealthFlags flags) =>
        flags == GradientHealthFlags.None ? "ok" : flags.ToString().ToLowerInvariant();
}
