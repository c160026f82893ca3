using System;

namespace AutoDiffGen.Training;

/// <summary>What a <see cref="GradientHealth"/> report found wrong with a gradient group.</summary>
[Flags]
public enum GradientHealthFlags
{
    /// <summary>The group's norm is between the vanishing and exploding thresholds, every element finite.</summary>
    None = 0,

    /// <summary>The group's norm is below <see cref="GradientHealth.VanishingThreshold"/>.</summary>
    Vanishing = 1,

    /// <summary>The group's norm is above <see cref="GradientHealth.ExplodingThreshold"/>.</summary>
    Exploding = 2,

    /// <summary>
    /// An element is NaN or ±∞. The norm then says nothing about the scale of the rest, so a group with
    /// this flag gets neither of the other two.
    /// </summary>
    NonFinite = 4,
}
