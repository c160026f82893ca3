using System.Collections.Generic;
using System.Linq;
using AutoDiffGen.Generator.Diagnostics;
using AutoDiffGen.Generator.Differentiation;
using AutoDiffGen.Generator.IR;
using AutoDiffGen.Generator.Lowering;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace AutoDiffGen.Generator.Parsing;

/// <summary>
/// Tuple and struct locals (<c>var p = (x, y);</c>, <c>var q = new Point { X = x };</c>): each field becomes a
/// local of its own (<c>p_Item1</c>, <c>q_X</c>), so every later stage sees scalars only and the derivative of
/// each field is exact. Supported: tuple literals, <c>new T { … }</c> of a struct without a constructor of its
/// own, <c>new T(…)</c> of a positional record struct or of a struct whose constructor's body is inlined
/// (BodyLowering.Constructors.cs), <c>default</c>, copies of another such local, field
/// and auto-property reads and writes, and deconstruction (<c>(a, b) = (b, a);</c>). Every field must be of a
/// supported scalar type. A tuple or struct in any other role (a parameter, a return value, a call's
/// argument) is reported.
/// </summary>
internal sealed partial class BodyLowering
{
    /// <summary>A field of a tuple or struct type: its key (the field's name; ItemN for a tuple element), the name
    /// the user reads it by, and its type.</summary>
    private sealed record AggregateField(string Key, string Name, NumType Type);

    /// <summary>The field locals of each tuple or struct local (and parameter of an inlined method), in the type's field order.</summary>
    private readonly Dictionary<ISymbol, List<(string Key, Variable Local)>> aggregates = new(SymbolEqualityComparer.Default);

    /// <summary>The local or inlined parameter an operation refers to, when it is a tuple or struct one.</summary>
    private List<(string Key, Variable Local)>? AggregateOf(IOperation op) => op switch
    {
        ILocalReferenceOperation l when aggregates.TryGetValue(l.Local, out var fields) => fields,
        IParameterReferenceOperation p when aggregates.TryGetValue(p.Parameter.OriginalDefinition, out var fields) => fields,
        _ => null,
    };

    /// <summary>The fields of a tuple or struct type whose instance fields all have a supported scalar type; else null.</summary>
    private static List<AggregateField>? AggregateFields(ITypeSymbol type)
    {
        var fields = new List<AggregateField>();
        if (type is INamedTypeSymbol { IsTupleType: true } tuple)
        {
            foreach (IFieldSymbol element in tuple.TupleElements)
            {
                if (TypeMap.From(element.Type) is not NumType t) return null;
                fields.Add(new AggregateField(FieldKey(element), element.Name, t));
            }
            return fields;
        }
        if (type is not INamedTypeSymbol { TypeKind: TypeKind.Struct, SpecialType: SpecialType.None, IsRefLikeType: false } named
            || named.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T || TypeMap.IsSpan(named))
        {
            return null;
        }
        foreach (IFieldSymbol field in named.GetMembers().OfType<IFieldSymbol>().Where(f => !f.IsStatic && !f.IsConst))
        {
            if (TypeMap.From(field.Type) is not NumType t) return null;
            fields.Add(new AggregateField(field.Name, field.AssociatedSymbol?.Name ?? field.Name, t));
        }
        return fields.Count > 0 ? fields : null;
    }

    /// <summary>A tuple element is keyed by its ItemN field, whatever name the tuple type gives it.</summary>
    private static string FieldKey(IFieldSymbol field) => (field.CorrespondingTupleField ?? field).Name;

    /// <summary>The key of the field a field or auto-property reference reads, or null for a computed property.</summary>
    private static string? MemberKey(IOperation member) => member switch
    {
        IFieldReferenceOperation f => FieldKey(f.Field),
        IPropertyReferenceOperation { Arguments.Length: 0 } p => p.Property.ContainingType.GetMembers().OfType<IFieldSymbol>()
            .FirstOrDefault(f => SymbolEqualityComparer.Default.Equals(f.AssociatedSymbol, p.Property))?.Name,
        _ => null,
    };

    private bool IsAggregateLocal(IOperation op) => AggregateOf(op) is not null;

    /// <summary>Whether <paramref name="op"/> reads or writes a field or property of a tuple or struct local.</summary>
    private bool IsAggregateMember(IOperation op) =>
        op is IFieldReferenceOperation { Instance: { } f } && IsAggregateLocal(f) || op is IPropertyReferenceOperation { Instance: { } p } && IsAggregateLocal(p)
        || op is IFieldReferenceOperation or IPropertyReferenceOperation && ConstructedFields(op) is not null;

    /// <summary>The local of the field <paramref name="member"/> refers to, or null (reported).</summary>
    private Variable? AggregateMember(IOperation member)
    {
        IOperation instance = member is IMemberReferenceOperation { Instance: { } i } ? i : member;
        List<(string Key, Variable Local)> fields = ConstructedFields(member) ?? AggregateOf(instance)!;
        string? key = MemberKey(member);
        if (fields.FirstOrDefault(f => f.Key == key) is { Local: { } local }) return local;
        Report(DiagnosticDescriptors.UnsupportedExpression, member.Syntax.GetLocation(),
            "'" + Text(member.Syntax) + "' is a computed property; only fields and auto-properties of a tuple or struct local can be read or written");
        return null;
    }

    /// <summary><c>T v = value;</c> (or <c>T v;</c>) for a tuple or struct type: one local per field.</summary>
    private void AggregateDeclaration(ILocalSymbol local, List<AggregateField> fields, IOperation? initializer, string source, List<Stmt> into)
    {
        List<Expr>? values = initializer is null ? null : AggregateValues(initializer, fields.Select(f => f.Type).ToList());
        string name = Name(local);
        var locals = new List<(string Key, Variable Local)>();
        foreach (AggregateField field in fields)
        {
            var variable = new Variable(field.Type, DeclareLocal(name + "_" + field.Name, field.Type));
            locals.Add((field.Key, variable));
            if (values is not null) into.Add(new Assign(source, variable.Name, values[locals.Count - 1], IsDeclaration: true));
        }
        aggregates[local] = locals;
    }

    /// <summary><c>v = value;</c> for a tuple or struct local: each field assigned.</summary>
    private void AggregateAssignment(IOperation target, IOperation value, string source, List<Stmt> into)
    {
        List<Variable> fields = AggregateOf(target)!.Select(f => f.Local).ToList();
        if (AggregateValues(value, fields.Select(f => f.Type).ToList()) is { } values) AssignAll(fields, values, source, into);
    }

    /// <summary><c>(a, b) = value;</c> and <c>var (a, b) = value;</c>: each target assigned its part of the value.</summary>
    private void Deconstruction(IDeconstructionAssignmentOperation deconstruction, string source, List<Stmt> into)
    {
        IOperation targets = deconstruction.Target is IDeclarationExpressionOperation d ? d.Expression : deconstruction.Target;
        if (targets is not ITupleOperation tuple || tuple.Elements.Any(e => e is ITupleOperation or IDeclarationExpressionOperation { Expression: ITupleOperation }))
        {
            Unsupported(deconstruction.Target, "only a flat deconstruction, (a, b) = …, is supported");
            return;
        }

        var variables = new List<Variable?>();
        foreach (IOperation element in tuple.Elements)
        {
            IOperation e = element is IDeclarationExpressionOperation declared ? declared.Expression : element;
            if (e is IDiscardOperation) variables.Add(null);
            else if (e is ILocalReferenceOperation { IsDeclaration: true } l && TypeMap.From(l.Local.Type) is NumType t)
            {
                Locals.Add(new LocalIR(Name(l.Local), t));
                variables.Add(new Variable(t, Name(l.Local)));
            }
            else if (Target(e) is { } v) variables.Add(v);
            else return;
        }
        List<NumType> types = variables.Select((v, i) => v?.Type ?? TypeMap.From(tuple.Elements[i].Type!) ?? NumType.Double).ToList();
        if (AggregateValues(deconstruction.Value, types) is not { } values) return;
        var assigned = new List<Variable>();
        var kept = new List<Expr>();
        for (int i = 0; i < variables.Count; i++)
        {
            if (variables[i] is not { } v) continue;
            assigned.Add(v);
            kept.Add(values[i]);
        }
        AssignAll(assigned, kept, source, into);
    }

    /// <summary>
    /// Assigns <paramref name="values"/> to <paramref name="targets"/> as one simultaneous assignment: when a
    /// value reads a target assigned before it (<c>(a, b) = (b, a)</c>), every value is kept in a local first.
    /// </summary>
    private void AssignAll(List<Variable> targets, List<Expr> values, string source, List<Stmt> into)
    {
        bool overlapping = values.Select((v, i) => targets.Take(i).Any(t => ExprWalk.Reads(v, t.Name))).Any(b => b);
        if (overlapping)
        {
            values = values.Select(v =>
            {
                string kept = DeclareLocal("value", v.Type);
                into.Add(new Assign(source, kept, v, IsDeclaration: true));
                return (Expr)new Variable(v.Type, kept);
            }).ToList();
        }
        for (int i = 0; i < targets.Count; i++) into.Add(new Assign(source, targets[i].Name, values[i], IsDeclaration: false));
    }

    /// <summary>The value a tuple- or struct-typed expression gives each field (converted to <paramref name="types"/>), or null (reported).</summary>
    private List<Expr>? AggregateValues(IOperation value, List<NumType> types)
    {
        while (value is IConversionOperation { OperatorMethod: null } c) value = c.Operand;
        List<Expr>? values = value switch
        {
            ITupleOperation t when t.Elements.Length == types.Count => t.Elements.Select(Expression).ToList(),
            ILocalReferenceOperation or IParameterReferenceOperation when AggregateOf(value) is { } fields && fields.Count == types.Count
                => fields.Select(f => (Expr)f.Local).ToList(),
            IInvocationOperation or IBinaryOperation { OperatorMethod: not null } or IUnaryOperation { OperatorMethod: not null } when StatementInlined(value) is { } inlined
                => InlinedAggregate(value, inlined, types),
            IDefaultValueOperation or IObjectCreationOperation { Constructor.Parameters.Length: 0, Constructor.IsImplicitlyDeclared: true, Initializer: null }
                => types.Select(Zero).ToList(),
            IObjectCreationOperation creation when value.Type is { } type && AggregateFields(type) is { } fields && fields.Count == types.Count
                => Construction(creation, fields),
            IWithOperation with when value.Type is { } type && AggregateFields(type) is { } fields && fields.Count == types.Count
                => With(with, fields),
            _ => null,
        };
        if (values is null)
        {
            if (value is not (IObjectCreationOperation or IWithOperation or IInvocationOperation or IBinaryOperation or IUnaryOperation))
            {
                Unsupported(value, "a tuple or struct local can be given (a, b), new T { … }, new T(…) of a positional record struct, default, another tuple or struct local, or a copy of one with { … }");
            }
            return null;
        }
        return values.Select((v, i) => Converted(v, types[i])).ToList();
    }

    /// <summary><c>new T(args) { F = v, … }</c> of a struct: the constructor's fields (a positional record struct's), then the initializer's.</summary>
    private List<Expr>? Construction(IObjectCreationOperation creation, List<AggregateField> fields)
    {
        INamedTypeSymbol type = (INamedTypeSymbol)creation.Type!;
        if (FieldWithInitializer(type) is { } initialized)
        {
            Unsupported(creation, "field or property '" + initialized + "' of '" + type.Name + "' has an initializer, which differentiated code does not run; set it in the object initializer");
            return null;
        }
        List<Expr> values = fields.Select(f => Zero(f.Type)).ToList();
        IMethodSymbol? constructor = creation.Constructor;
        if (constructor is not null && !(constructor.Parameters.Length == 0 && constructor.IsImplicitlyDeclared))
        {
            if (PositionalKeys(constructor) is not { } keys)
            {
                return ConstructedByBody(creation, constructor, fields) is { } constructed ? Initialized(creation.Initializer, fields, constructed) : null;
            }
            foreach (IArgumentOperation argument in creation.Arguments)
            {
                values[fields.FindIndex(f => f.Key == keys[argument.Parameter!.Ordinal])] = Expression(argument.Value);
            }
        }
        return Initialized(creation.Initializer, fields, values);
    }

    /// <summary><c>value with { F = v, … }</c>: a copy of the value's fields, then the initializer's.</summary>
    private List<Expr>? With(IWithOperation with, List<AggregateField> fields) =>
        AggregateValues(with.Operand, fields.Select(f => f.Type).ToList()) is { } values ? Initialized(with.Initializer, fields, values) : null;

    /// <summary>The values after an object initializer's <c>{ F = v, … }</c> set some fields, or null (reported).</summary>
    private List<Expr>? Initialized(IObjectOrCollectionInitializerOperation? initializers, List<AggregateField> fields, List<Expr> values)
    {
        foreach (IOperation initializer in initializers?.Initializers ?? Enumerable.Empty<IOperation>())
        {
            if (initializer is ISimpleAssignmentOperation { Target: IMemberReferenceOperation { Instance: IInstanceReferenceOperation } member } set
                && MemberKey(member) is { } key && fields.FindIndex(f => f.Key == key) is int index and >= 0)
            {
                values[index] = Expression(set.Value);
                continue;
            }
            Unsupported(initializer, "only fields and auto-properties can be set in the object initializer of a struct local");
            return null;
        }
        return values;
    }

    /// <summary>The field keys a positional record struct's primary constructor sets, by parameter; null for any other constructor.</summary>
    private static string[]? PositionalKeys(IMethodSymbol constructor)
    {
        if (constructor.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax() is not RecordDeclarationSyntax) return null;
        var keys = new string[constructor.Parameters.Length];
        foreach (IParameterSymbol parameter in constructor.Parameters)
        {
            IPropertySymbol? property = constructor.ContainingType.GetMembers(parameter.Name).OfType<IPropertySymbol>().FirstOrDefault();
            bool positional = property?.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax() is ParameterSyntax;
            string? key = positional ? constructor.ContainingType.GetMembers().OfType<IFieldSymbol>()
                .FirstOrDefault(f => SymbolEqualityComparer.Default.Equals(f.AssociatedSymbol, property))?.Name : null;
            if (key is null) return null;
            keys[parameter.Ordinal] = key;
        }
        return keys;
    }

    /// <summary>The name of an instance field or auto-property of <paramref name="type"/> declared with an initializer, if any.</summary>
    private static string? FieldWithInitializer(INamedTypeSymbol type)
    {
        foreach (IFieldSymbol field in type.GetMembers().OfType<IFieldSymbol>().Where(f => !f.IsStatic && !f.IsConst))
        {
            ISymbol declared = field.AssociatedSymbol ?? field;
            bool initialized = declared.DeclaringSyntaxReferences.Select(r => r.GetSyntax()).Any(s =>
                s is VariableDeclaratorSyntax { Initializer: not null } or PropertyDeclarationSyntax { Initializer: not null });
            if (initialized) return declared.Name;
        }
        return null;
    }

    /// <summary>
    /// A field or auto-property of the instance an instance method runs on (<c>C1</c>, <c>this.C1</c>): a constant of the
    /// method, read through <c>this</c>; the gradient is with respect to the parameters only. Differentiated code
    /// cannot write it (<see cref="Target"/> reports that).
    /// </summary>
    private Expr InstanceMember(IMemberReferenceOperation member, NumType type)
    {
        if (member is IFieldReferenceOperation or IPropertyReferenceOperation { Arguments.Length: 0 } && (member is IFieldReferenceOperation || MemberKey(member) is not null))
        {
            return new Constant(type, "this." + Identifiers.Escape(member.Member.Name));
        }
        return Unsupported(member, "'" + Text(member.Syntax) + "' is computed; an instance method can read the instance's fields and auto-properties, which are constants of the gradient");
    }

    private static Expr Zero(NumType type) => type == NumType.Boolean ? new Constant(type, "false") : Build.Num(type, "0");
}
