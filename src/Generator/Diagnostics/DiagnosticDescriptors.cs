using Microsoft.CodeAnalysis;

namespace AutoDiffGen.Generator.Diagnostics;

/// <summary>Every diagnostic the generator reports. docs/diagnostics.md has an example and the fix for each.</summary>
internal static class DiagnosticDescriptors
{
    private const string Category = "AutoDiffGen";

    public static readonly DiagnosticDescriptor MethodMustBeStatic = Error("ADGEN0001",
        "[Differentiable] method with [PerSample] parameters must be static",
        "'{0}' must be static to have batched members: it has [PerSample] parameters",
        "The batched members run chunks of samples on worker threads, which cannot capture a struct's instance. Make the method static and pass what it reads from the instance as parameters.");

    public static readonly DiagnosticDescriptor TypeMustBePartial = Error("ADGEN0002",
        "Type containing a [Differentiable] method must be partial",
        "Type '{0}' must be declared partial so that the gradient of '{1}' can be added to it",
        "The generator adds MGradient and MBackward to the type that declares M. Add the 'partial' modifier to that type and every type containing it.");

    public static readonly DiagnosticDescriptor UnsupportedReturnType = Error("ADGEN0003",
        "Unsupported return type",
        "'{0}' returns '{1}'; a [Differentiable] method must return double or float",
        "Reverse mode differentiates a scalar result. Return a double or float (for example a loss) from the method.");

    public static readonly DiagnosticDescriptor UnsupportedParameter = Error("ADGEN0004",
        "Unsupported parameter",
        "Parameter '{0}' is not supported: {1}",
        "Parameters must be passed by value. double and float parameters are differentiated (unless [NoDiff]); int, long and bool parameters are constants.");

    public static readonly DiagnosticDescriptor UnsupportedStatement = Error("ADGEN0005",
        "Unsupported statement",
        "This statement cannot be differentiated: {0}",
        "See docs/supported-csharp.md for the statements a [Differentiable] method may contain.");

    public static readonly DiagnosticDescriptor UnsupportedExpression = Error("ADGEN0006",
        "Unsupported expression",
        "This expression cannot be differentiated: {0}",
        "See docs/supported-csharp.md for the operators, types and values a [Differentiable] method may use.");

    public static readonly DiagnosticDescriptor NoDerivativeForCall = Error("ADGEN0007",
        "No derivative for this call",
        "No derivative rule for '{0}': {1}",
        "Calls are differentiated through the rule table (the System.Math/MathF functions listed in docs/supported-csharp.md) or through another [Differentiable] method's generated Backward. Mark the callee [Differentiable], or inline its formula.");

    public static readonly DiagnosticDescriptor GeneratedMemberCollision = Error("ADGEN0008",
        "Generated member name is taken",
        "Cannot generate '{0}': type '{1}' already has a member with that name",
        "The gradient of M is generated as MGradient and MBackward. Rename M or the existing member.");

    public static readonly DiagnosticDescriptor GenericMethodNotSupported = Error("ADGEN0009",
        "Generic [Differentiable] method uses its type parameters in values",
        "'{0}' is generic, and {1}",
        "Derivative rules are specialised for double and float. A generic method is differentiated when its type parameters appear only where no value has their type (typeof(T), constraints); write one method per floating-point type otherwise.");

    public static readonly DiagnosticDescriptor GradientNameCollision = Error("ADGEN0010",
        "Generated parameter name is taken",
        "Parameter '{0}' clashes with the generated parameter '{1}'",
        "MGradient and MBackward add a 'seed' parameter and one 'd' + Name output per differentiable parameter. Rename the parameter.");

    public static readonly DiagnosticDescriptor MethodHasNoBody = Error("ADGEN0011",
        "[Differentiable] method has no body",
        "'{0}' has no body to differentiate",
        "Abstract, extern and partial-definition methods have no statements to differentiate.");

    public static readonly DiagnosticDescriptor CannotLower = Error("ADGEN0012",
        "Method cannot be differentiated",
        "'{0}' cannot be differentiated: {1}",
        "The method's shape is outside what the generator can transform; the message says what to change.");

    public static readonly DiagnosticDescriptor ActiveArgumentToNoDiff = Error("ADGEN0013",
        "Differentiable value passed to a [NoDiff] parameter",
        "'{0}' depends on a differentiable parameter, but '{1}' does not differentiate its parameter '{2}' ([NoDiff]); the gradient through it would be lost",
        "A callee treats a [NoDiff] parameter as a constant, so no derivative flows back through it. Remove [NoDiff] from the callee's parameter, or pass a value that does not depend on this method's differentiable parameters.");

    public static readonly DiagnosticDescriptor FileLocalType = Error("ADGEN0014",
        "[Differentiable] method in a file-local type",
        "Type '{0}' is file-local, so the gradient of '{1}' cannot be added to it from a generated file",
        "A 'file' type is visible only in its own source file, and the generator writes MGradient and MBackward in another file. Remove the 'file' modifier (make the type internal or private instead).");

    public static readonly DiagnosticDescriptor BackwardRuleMismatch = Error("ADGEN0015",
        "Backward rule does not match its method",
        "The backward rule '{0}' cannot be used for '{1}': {2}",
        "A [BackwardOf] rule mirrors a generated Backward: the method's parameters, then 'T seed', then one 'ref T' accumulator per double/float parameter that is not [NoDiff], returning T. Calls of the method from [Differentiable] code fail (ADGEN0007) until the rule matches.");

    public static readonly DiagnosticDescriptor UnsupportedPerSampleParameter = Error("ADGEN0030",
        "Unsupported [PerSample] parameter",
        "[PerSample] parameter '{0}' must be a {1} passed by value",
        "A [PerSample] parameter becomes a ReadOnlySpan of samples in MBatchGradient and MBatchBackward. It must be a scalar of the method's own floating-point type (double for a method returning double, float for float); pass arrays and other data as shared parameters.");

    public static readonly DiagnosticDescriptor BatchNotVectorized = Warning("ADGEN0031",
        "Batched gradient is not vectorised",
        "The batched members of '{0}' call {1} once per sample instead of using span kernels, because of {2}",
        "MBatchGradient and MBatchBackward run the per-sample code on whole chunks of samples with TensorPrimitives when the body is straight-line code with branches, on scalars. Loops, arrays and calls of other [Differentiable] methods have no span form yet, so the batch falls back to one scalar backward pass per sample: exact, but not faster than your own loop. Suppress this warning (#pragma warning disable ADGEN0031, or NoWarn) if that is fine.");
    public static readonly DiagnosticDescriptor VectorOpInLoop = Error("ADGEN0040",
        "Vector operation inside a loop",
        "'{0}' writes its result into an array inside a loop; call it outside loops",
        "The backward pass of a vector operation reads the result it wrote. Inside a loop the next iteration would overwrite it, so the backward pass would read the wrong values. Call it outside loops (unroll the loop, or use one array per call).");

    public static readonly DiagnosticDescriptor VectorOpOutputNotLocalArray = Error("ADGEN0041",
        "Vector operation output is not a local array",
        "The result of '{0}' must go into a local array of this method declared with 'new T[n]', not '{1}'",
        "The generated backward pass keeps an adjoint array beside the array a vector operation writes, so the output must be a local array of the method (double[] h = new double[n];). Array and span parameters are read-only.");

    public static readonly DiagnosticDescriptor VectorOpOutputUsedElsewhere = Error("ADGEN0042",
        "Vector operation output is written or read elsewhere",
        "'{0}' receives the result of '{1}', so {2}",
        "The backward pass of a vector operation reads the result array as the call left it and the adjoint array holds the adjoint of exactly that result. So the output array must be fresh: no initialiser, no element read or write and no other use before the call, no element write and no second call into it after. Use a new local array for each result.");

    public static readonly DiagnosticDescriptor VectorOpOutputIsInput = Error("ADGEN0043",
        "Vector operation output is also its input",
        "'{0}' is both an input and the result of '{1}'",
        "The backward pass needs the inputs as they were before the call; writing the result over an input destroys them. Write the result into a new local array.");

    public static readonly DiagnosticDescriptor InternalError = Error("ADGEN9999",
        "AutoDiffGen internal error",
        "AutoDiffGen failed on '{0}': {1}. Please report this with the method's code.",
        "The generator hit a bug. Other methods are still generated.");

    private static DiagnosticDescriptor Error(string id, string title, string message, string description) => new(
        id, title, message, Category, DiagnosticSeverity.Error, isEnabledByDefault: true, description: description,
        helpLinkUri: "https://github.com/autodiffgen/autodiffgen/blob/main/docs/diagnostics.md#" + id.ToLowerInvariant());

    private static DiagnosticDescriptor Warning(string id, string title, string message, string description) => new(
        id, title, message, Category, DiagnosticSeverity.Warning, isEnabledByDefault: true, description: description,
        helpLinkUri: "https://github.com/autodiffgen/autodiffgen/blob/main/docs/diagnostics.md#" + id.ToLowerInvariant());
}
