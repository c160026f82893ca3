using System.Collections.Generic;
using System.Linq;

namespace AutoDiffGen.Functional.Tests.Ported;

internal static partial class PortedCases
{
    public static readonly IReadOnlyList<PortedCase> All = Clad().Concat(Swift()).ToArray();
}
