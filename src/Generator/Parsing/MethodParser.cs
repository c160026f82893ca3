using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using AutoDiffGen.Generator.Diagnostics;
using AutoDiffGen.Generator.Differentiation;
using AutoDiffGen.Generator.IR;
using AutoDiffGen.Generator.Lowering;
using AutoDiffGen.Generator.Model;
using AutoDiffGen.Generator.Rewrites;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace AutoDiffGen.Generator.Parsing;

/// <summary>The parse step's output: a spec to emit (null when the method has errors) and the diagnostics.</summary>
internal sealed record ParseResult(MethodSpec? Spec, ImmutableArray<Diagnostic> Diagnostics);

/// <summary>
/// Checks a [Differentiable] method's declaration, lowers its body to IR, and runs the math stages
/// once so that anything they reject is reported here, at the method, with the user's location.
/// </summary>
internal static class MethodParser
{
    public static ParseResult Parse(GeneratorAttributeSyntaxContext context, CancellationToken cancellation)
    {
        try
        {
            return ParseMethod(context, cancellation);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A bug of ours must cost one method its gradient, never the whole project's (CS8785).
            Location location = context.TargetNode is MethodDeclarationSyntax m ? m.Identifier.GetLocation() : context.TargetNode.GetLocation();
            return new ParseResult(null, ImmutableArray.Create(Diagnostic.Create(DiagnosticDescriptors.InternalError, location,
                context.TargetSymbol.Name, e.GetType().Name + ": " + e.Message)));
        }
    }

    private static ParseResult ParseMethod(GeneratorAttributeSyntaxContext context, CancellationToken cancellation)
    {
        if (context.TargetNode is not MethodDeclarationSyntax syntax || context.TargetSymbol is not IMethodSymbol method)
        {
            return new ParseResult(null, ImmutableArray<Diagnostic>.Empty);
        }

        // Code that does not compile yet (the user is typing) gets no generated code and no extra noise.
        // (A warning turned into an error by TreatWarningsAsErrors does not count: the code is still valid C#.)
        if (context.SemanticModel.GetDiagnostics(syntax.Span, cancellation).Any(d => d.Severity == DiagnosticSeverity.Error && !d.IsWarningAsError))
        {
            return new ParseResult(null, ImmutableArray<Diagnostic>.Empty);
        }

        var diagnostics = new List<Diagnostic>();
        void Report(DiagnosticDescriptor d, Location l, params object[] args) => diagnostics.Add(Diagnostic.Create(d, l, args));

        // Batched members run chunks of samples on worker threads through a lambda, which a struct's instance cannot be captured by.
        if (!method.IsStatic && method.Parameters.Any(Attributes.IsPerSample)) Report(DiagnosticDescriptors.MethodMustBeStatic, syntax.Identifier.GetLocation(), method.Name);
        CheckTypeParameters(syntax, method, Report);

        List<TypeSpec> types = ContainingTypes(syntax, method, Report);

        NumType? returnType = method.ReturnsByRef || method.ReturnsByRefReadonly ? null : TypeMap.From(method.ReturnType);
        if (returnType is not (NumType.Double or NumType.Single))
        {
            string returned = (method.ReturnsByRef || method.ReturnsByRefReadonly ? "a reference to " : "") + method.ReturnType.ToDisplayString();
            Report(DiagnosticDescriptors.UnsupportedReturnType, syntax.ReturnType.GetLocation(), method.Name, returned);
        }

        List<ParamIR> parameters = Parameters(syntax, method, returnType, Report);
        CheckGeneratedNames(syntax, method, Report);

        if (syntax.Body is null && syntax.ExpressionBody is null)
        {
            Report(DiagnosticDescriptors.MethodHasNoBody, syntax.Identifier.GetLocation(), method.Name);
            return new ParseResult(null, diagnostics.ToImmutableArray());
        }

        ImmutableArray<string> reserved = syntax.DescendantTokens()
            .Where(t => t.IsKind(SyntaxKind.IdentifierToken))
            .Select(t => t.ValueText)
            .Distinct()
            .OrderBy(n => n, StringComparer.Ordinal)
            .ToImmutableArray();

        var lowering = new BodyLowering(parameters, reserved, returnType is NumType.Single ? NumType.Single : NumType.Double, method.ContainingType, context.SemanticModel.Compilation, cancellation);
        IOperation? body = context.SemanticModel.GetOperation(syntax, cancellation);
        List<Stmt> statements = body is null ? new List<Stmt>() : lowering.Lower(body);
        diagnostics.AddRange(lowering.Diagnostics);
        if (diagnostics.Count > 0 || body is null) return new ParseResult(null, diagnostics.ToImmutableArray());

        // A differentiable value must not flow into a callee's [NoDiff] parameter: its derivative would be dropped.
        var activity = new Activity(parameters, statements);
        foreach ((Invoke call, IArgumentOperation[] arguments, string callee, string[] names) in lowering.CalleeCalls)
        {
            for (int i = 0; i < arguments.Length; i++)
            {
                if (!call.Differentiable[i] && call.Arguments[i].Type.IsFloating() && activity.IsActive(call.Arguments[i]))
                {
                    Report(DiagnosticDescriptors.ActiveArgumentToNoDiff, arguments[i].Syntax.GetLocation(), BodyLowering.Text(arguments[i].Syntax), callee, names[i]);
                }
            }
        }
        if (diagnostics.Count > 0) return new ParseResult(null, diagnostics.ToImmutableArray());

        if (Attributes.StabilityRewritesEnabled(context.Attributes))
        {
            (statements, List<AppliedRewrite> applied) = StabilityRewriter.Rewrite(parameters, statements, lowering.DeclareGeneratedLocal);
            foreach (AppliedRewrite rewrite in applied) diagnostics.Add(StabilityReport(rewrite, lowering.Origins, lowering.GeneratedLocals, syntax, method.Name));
        }

        statements = SharedExponentials.Apply(statements);

        var ir = new MethodIR(Identifiers.Escape(method.Name), returnType!.Value, parameters.ToEquatableArray(),
            lowering.Locals.ToEquatableArray(), statements.ToEquatableArray(), reserved);

        GradientBody gradient, backward;
        try
        {
            // Run the math stages once here, where a failure can still be reported at the method.
            gradient = ReverseMode.Differentiate(ir, seedParameter: false);
            backward = ReverseMode.Differentiate(ir, seedParameter: true);
        }
        catch (LoweringException e)
        {
            Report(DiagnosticDescriptors.CannotLower, syntax.Identifier.GetLocation(), method.Name, e.Message);
            return new ParseResult(null, diagnostics.ToImmutableArray());
        }

        if (parameters.Any(p => p.IsPerSample) && Emit.BatchEmitter.NotVectorizableReason(ir, gradient, backward) is string reason)
        {
            Report(DiagnosticDescriptors.BatchNotVectorized, syntax.Identifier.GetLocation(), method.Name, GeneratedNames.Backward(method.Name), reason);
        }

        string ns = method.ContainingNamespace.IsGlobalNamespace ? "" : method.ContainingNamespace.ToDisplayString();
        var spec = new MethodSpec(ns, types.ToEquatableArray(), Accessibility(method), method.IsStatic, ir, HintName(ns, types, method),
            TypeParameterList(method), ConstraintClauses(method));
        return new ParseResult(spec, diagnostics.ToImmutableArray());
    }

    /// <summary>The info diagnostic of one applied rewrite, at the user's expression, carrying the replacement for the code fix.</summary>
    private static Diagnostic StabilityReport(AppliedRewrite rewrite, IReadOnlyDictionary<Expr, SyntaxNode> origins, HashSet<string> generatedLocals,
        MethodDeclarationSyntax method, string name)
    {
        string replacement = ReplacementText.Of(rewrite.Replacement, origins);
        bool located = origins.TryGetValue(rewrite.Original, out SyntaxNode? original);
        // A replacement that reads a local only the generated code has (a streaming sum's running max) is
        // shown in the message but is no code for the user's method: no Replacement property, no code fix.
        bool writable = !System.Text.RegularExpressions.Regex.Matches(replacement, @"@?[A-Za-z_][A-Za-z0-9_]*").Cast<System.Text.RegularExpressions.Match>()
            .Any(m => generatedLocals.Contains(m.Value));
        return Diagnostic.Create(
            StabilityDescriptors.For(rewrite.Rule),
            located ? original!.GetLocation() : method.Identifier.GetLocation(),
            writable ? ImmutableDictionary<string, string?>.Empty.Add(StabilityDescriptors.ReplacementProperty, replacement) : ImmutableDictionary<string, string?>.Empty,
            located ? ReplacementText.Quote(original!) : "a formula in '" + name + "'", replacement, rewrite.Rule.Failure,
            writable
                ? "Write '" + replacement + "' in '" + name + "' to make the method itself stable too."
                : "'" + name + "' itself keeps the formula as written: the stable form reads values only the generated code has (docs/stability.md says what to write instead).");
    }

    private static List<TypeSpec> ContainingTypes(MethodDeclarationSyntax syntax, IMethodSymbol method, Action<DiagnosticDescriptor, Location, object[]> report)
    {
        var types = new List<TypeSpec>();
        foreach (TypeDeclarationSyntax type in syntax.Ancestors().OfType<TypeDeclarationSyntax>())
        {
            if (!type.Modifiers.Any(SyntaxKind.PartialKeyword))
            {
                report(DiagnosticDescriptors.TypeMustBePartial, type.Identifier.GetLocation(), new object[] { type.Identifier.ValueText, method.Name });
            }
            string keyword = type is RecordDeclarationSyntax record
                ? "record" + (record.ClassOrStructKeyword.IsKind(SyntaxKind.StructKeyword) ? " struct" : "")
                : type.Keyword.ValueText;
            if (type.Modifiers.Any(SyntaxKind.FileKeyword))
            {
                report(DiagnosticDescriptors.FileLocalType, type.Identifier.GetLocation(), new object[] { type.Identifier.ValueText, method.Name });
            }
            types.Insert(0, new TypeSpec(keyword, Identifiers.Escape(type.Identifier.ValueText), type.TypeParameterList?.ToString() ?? ""));
        }
        return types;
    }

    /// <summary>Fully qualified, keeping nullable annotations (string? stays string?).</summary>
    private static readonly SymbolDisplayFormat TypeFormat = SymbolDisplayFormat.FullyQualifiedFormat
        .AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    private static List<ParamIR> Parameters(MethodDeclarationSyntax syntax, IMethodSymbol method, NumType? returnType, Action<DiagnosticDescriptor, Location, object[]> report)
    {
        var parameters = new List<ParamIR>();
        foreach (IParameterSymbol p in method.Parameters)
        {
            ParameterSyntax ps = syntax.ParameterList.Parameters[p.Ordinal];
            NumType? element = TypeMap.ElementOf(p.Type);
            bool sequence = p.Type is IArrayTypeSymbol || TypeMap.IsSpan(p.Type);
            bool scalar = !sequence && TypeMap.From(p.Type) is not null;
            string? problem = p.RefKind == RefKind.Out ? "out parameters are not supported; return the value, or pass it by ref"
                : p.RefKind is RefKind.Ref or RefKind.In && !scalar ? "only double, float, int, long and bool parameters can be passed by ref or in"
                : p.RefKind is RefKind.Ref or RefKind.In && method.Parameters.Any(Attributes.IsPerSample) ? "a method with [PerSample] parameters takes its parameters by value"
                : p.RefKind is not (RefKind.None or RefKind.Ref or RefKind.In) ? "this kind of parameter is not supported; pass it by value"
                : p.IsParams ? "params parameters are not supported"
                : sequence && element is null ? "arrays and spans must be one-dimensional, of double, float, int, long or bool"
                : null;
            if (problem is not null) report(DiagnosticDescriptors.UnsupportedParameter, ps.GetLocation(), new object[] { p.Name, problem });
            bool perSample = Attributes.IsPerSample(p);
            if (perSample && problem is null && returnType is NumType sampleType && (sequence || TypeMap.From(p.Type) != sampleType))
            {
                report(DiagnosticDescriptors.UnsupportedPerSampleParameter, ps.GetLocation(), new object[] { p.Name, sampleType.Keyword() });
            }

            parameters.Add(new ParamIR(
                Identifiers.Escape(p.Name),
                sequence ? element : TypeMap.From(p.Type),
                p.Type.ToDisplayString(TypeFormat),
                IsDifferentiable: Attributes.IsDifferentiable(p),
                GradientName: GeneratedNames.GradientOutput(p.Name),
                IsArray: sequence,
                IsPerSample: perSample,
                RefKind: p.RefKind switch { RefKind.Ref => "ref ", RefKind.In => "in ", _ => "" }));
        }
        return parameters;
    }

    /// <summary>
    /// A generic method is differentiated when no value it computes with has a type built on its type
    /// parameters (they may appear in typeof(T), constraints and passive parameters' types); the
    /// generated members repeat its type parameters and constraints.
    /// </summary>
    private static void CheckTypeParameters(MethodDeclarationSyntax syntax, IMethodSymbol method, Action<DiagnosticDescriptor, Location, object[]> report)
    {
        if (!method.IsGenericMethod) return;
        bool Uses(ITypeSymbol type) => type switch
        {
            ITypeParameterSymbol p => p.TypeParameterKind == TypeParameterKind.Method,
            IArrayTypeSymbol a => Uses(a.ElementType),
            INamedTypeSymbol n => n.TypeArguments.Any(Uses),
            IPointerTypeSymbol p => Uses(p.PointedAtType),
            _ => false,
        };
        if (Uses(method.ReturnType))
        {
            report(DiagnosticDescriptors.GenericMethodNotSupported, syntax.ReturnType.GetLocation(), new object[] { method.Name,
                "its return type '" + method.ReturnType.ToDisplayString() + "' uses a type parameter; write it for double or float" });
        }
        foreach (IParameterSymbol p in method.Parameters.Where(p => Uses(p.Type)))
        {
            report(DiagnosticDescriptors.GenericMethodNotSupported, syntax.ParameterList.Parameters[p.Ordinal].Type?.GetLocation() ?? syntax.ParameterList.Parameters[p.Ordinal].GetLocation(),
                new object[] { method.Name, "the type '" + p.Type.ToDisplayString() + "' of parameter '" + p.Name + "' uses a type parameter; write it for double or float" });
        }
        if (method.Parameters.Any(Attributes.IsPerSample))
        {
            report(DiagnosticDescriptors.GenericMethodNotSupported, syntax.TypeParameterList!.GetLocation(), new object[] { method.Name,
                "has [PerSample] parameters, and its batched members cannot be generated for a generic method; remove the type parameters" });
        }
    }

    /// <summary>"&lt;T, U&gt;" for a generic method, else "".</summary>
    private static string TypeParameterList(IMethodSymbol method) => method.TypeParameters.IsEmpty
        ? ""
        : "<" + string.Join(", ", method.TypeParameters.Select(t => Identifiers.Escape(t.Name))) + ">";

    /// <summary>The constraint clauses of a generic method, fully qualified, each with a leading space.</summary>
    private static string ConstraintClauses(IMethodSymbol method)
    {
        var clauses = new System.Text.StringBuilder();
        foreach (ITypeParameterSymbol t in method.TypeParameters)
        {
            var constraints = new List<string>();
            if (t.HasReferenceTypeConstraint) constraints.Add(t.ReferenceTypeConstraintNullableAnnotation == NullableAnnotation.Annotated ? "class?" : "class");
            if (t.HasUnmanagedTypeConstraint) constraints.Add("unmanaged");
            else if (t.HasValueTypeConstraint) constraints.Add("struct");
            if (t.HasNotNullConstraint) constraints.Add("notnull");
            constraints.AddRange(t.ConstraintTypes.Select(c => c.ToDisplayString(TypeFormat)));
            if (t.HasConstructorConstraint) constraints.Add("new()");
            if (constraints.Count > 0) clauses.Append(" where " + Identifiers.Escape(t.Name) + " : " + string.Join(", ", constraints));
        }
        return clauses.ToString();
    }

    private static void CheckGeneratedNames(MethodDeclarationSyntax syntax, IMethodSymbol method, Action<DiagnosticDescriptor, Location, object[]> report)
    {
        bool batched = method.Parameters.Any(Attributes.IsPerSample);
        string[] members = batched
            ? new[] { GeneratedNames.Gradient(method.Name), GeneratedNames.Backward(method.Name), GeneratedNames.BatchGradient(method.Name), GeneratedNames.BatchBackward(method.Name) }
            : new[] { GeneratedNames.Gradient(method.Name), GeneratedNames.Backward(method.Name) };
        foreach (string member in members)
        {
            if (!method.ContainingType.GetMembers(member).IsEmpty)
            {
                report(DiagnosticDescriptors.GeneratedMemberCollision, syntax.Identifier.GetLocation(), new object[] { member, method.ContainingType.Name });
            }
        }

        var userNames = new HashSet<string>(method.Parameters.Select(p => p.Name));
        var generated = new HashSet<string> { ReverseMode.SeedName };
        foreach (IParameterSymbol p in method.Parameters)
        {
            ParameterSyntax ps = syntax.ParameterList.Parameters[p.Ordinal];
            if (p.Name == ReverseMode.SeedName)
            {
                report(DiagnosticDescriptors.GradientNameCollision, ps.Identifier.GetLocation(), new object[] { p.Name, ReverseMode.SeedName });
            }
            if (!Attributes.IsDifferentiable(p)) continue;
            string output = GeneratedNames.GradientOutput(p.Name);
            if (userNames.Contains(output) || !generated.Add(output))
            {
                report(DiagnosticDescriptors.GradientNameCollision, ps.Identifier.GetLocation(), new object[] { p.Name, output });
            }
        }
    }

    private static string Accessibility(IMethodSymbol method) => method.DeclaredAccessibility switch
    {
        Microsoft.CodeAnalysis.Accessibility.Public => "public",
        Microsoft.CodeAnalysis.Accessibility.Internal => "internal",
        Microsoft.CodeAnalysis.Accessibility.Protected => "protected",
        Microsoft.CodeAnalysis.Accessibility.ProtectedOrInternal => "protected internal",
        Microsoft.CodeAnalysis.Accessibility.ProtectedAndInternal => "private protected",
        _ => "private",
    };

    /// <summary>Generic types are written Name_Arity in hint names (Box&lt;T&gt; → Box_1), as the compiler writes Box`1.</summary>
    private static string Arity(TypeSpec type) => type.TypeParameters.Length == 0
        ? ""
        : "_" + (type.TypeParameters.Count(c => c == ',') + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>{Namespace}.{Types}.{Method}.g.cs; overloads add their parameter types so names stay unique and stable.</summary>
    private static string HintName(string ns, List<TypeSpec> types, IMethodSymbol method)
    {
        IEnumerable<string> parts = (ns.Length > 0 ? new[] { ns } : Array.Empty<string>())
            .Concat(types.Select(t => t.Name + Arity(t)))
            .Append(method.Name);
        string name = string.Join(".", parts).Replace("@", "");
        bool overloaded = method.ContainingType.GetMembers(method.Name).OfType<IMethodSymbol>().Count(Attributes.IsDifferentiable) > 1;
        if (overloaded)
        {
            name += "_" + string.Join("_", method.Parameters.Select(p => new string(p.Type.ToDisplayString().Select(c => char.IsLetterOrDigit(c) ? c : '_').ToArray())));
        }
        // AddSource accepts letters, digits, '.', '_' and a few others; '@' (verbatim names) is not one of them.
        return new string(name.Select(c => char.IsLetterOrDigit(c) || c is '.' or '_' ? c : '_').ToArray()).Replace("_@", "_") + ".g.cs";
    }
}
