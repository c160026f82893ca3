using System;

namespace AutoDiffGen.Testing;

/// <summary>
/// A gradient check failed. The message is the report's table followed by the failures, each naming the
/// parameter. A plain exception, so any test framework (xunit, NUnit, MSTest) reports it as a failure.
/// </summary>
public sealed class GradientCheckException : Exception
{
    /// <summary>Creates the exception for a failed report.</summary>
    public GradientCheckException(GradientCheckReport report) : base(report.ToString()) => Report = report;

    /// <summary>The failed check, for tests that inspect it.</summary>
    public GradientCheckReport Report { get; }
}
