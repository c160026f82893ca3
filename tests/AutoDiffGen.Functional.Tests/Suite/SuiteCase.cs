using System;
using System.Numerics;

namespace AutoDiffGen.Functional.Tests.Suite;

/// <summary>
/// One suite function: its name in <see cref="SuiteFunctions"/> (all parameters double and differentiable),
/// the same function re-written over Complex for the complex-step reference, and the points to check.
/// </summary>
internal sealed record SuiteCase(string Name, Func<Complex[], Complex> Reference, params double[][] Points);
