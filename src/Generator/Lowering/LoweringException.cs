using System;

namespace AutoDiffGen.Generator.Lowering;

/// <summary>A method the math stages cannot handle for a reason the user can act on; reported as ADGEN0012.</summary>
internal sealed class LoweringException : Exception
{
    public LoweringException(string message) : base(message) { }
}
