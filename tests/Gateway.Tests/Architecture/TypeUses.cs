using System.Collections.Immutable;
using System.Reflection;
using System.Reflection.Emit;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace GridActors.Tests.Architecture;

/// <summary>Every type of other assemblies that a compiled assembly names, read from its metadata
/// rather than from the source: base types and interfaces, the signatures of fields, methods,
/// properties and events, generic constraints, attributes, method bodies' locals and every token
/// their IL names (calls, field reads, casts, <c>typeof</c>, object creation).</summary>
public static class TypeUses
{
    public static IReadOnlyList<TypeUse> In(string assemblyPath)
    {
        using var pe = new PEReader(File.OpenRead(assemblyPath));
        var md = pe.GetMetadataReader();
        var names = new Names(md);
        var uses = new List<TypeUse>();
        foreach (var handle in md.TypeDefinitions)
        {
            var type = md.GetTypeDefinition(handle);
            var (ns, user) = Owner(md, type);
            foreach (var used in Named(md, pe, names, type).Distinct())
                uses.Add(new TypeUse(ns, user, used.Assembly, used.Name));
        }
        return uses;
    }

    /// <summary>A nested type (a closure, a state machine) counts as its outermost type.</summary>
    private static (string Namespace, string Name) Owner(MetadataReader md, TypeDefinition type)
    {
        while (type.GetDeclaringType() is { IsNil: false } outer) type = md.GetTypeDefinition(outer);
        return (md.GetString(type.Namespace), md.GetString(type.Name));
    }

    private static IEnumerable<(string Assembly, string Name)> Named(MetadataReader md, PEReader pe, Names names, TypeDefinition type)
    {
        var found = new List<(string, string)>();
        void Add(ImmutableArray<(string, string)> types) => found.AddRange(types);
        void Attributes(CustomAttributeHandleCollection attributes)
        {
            foreach (var a in attributes) Add(names.Of(md.GetCustomAttribute(a).Constructor));
        }

        if (!type.BaseType.IsNil) Add(names.Of(type.BaseType));
        foreach (var i in type.GetInterfaceImplementations()) Add(names.Of(md.GetInterfaceImplementation(i).Interface));
        Attributes(type.GetCustomAttributes());
        foreach (var g in type.GetGenericParameters())
            foreach (var c in md.GetGenericParameter(g).GetConstraints()) Add(names.Of(md.GetGenericParameterConstraint(c).Type));
        foreach (var f in type.GetFields())
        {
            var field = md.GetFieldDefinition(f);
            Add(field.DecodeSignature(names, null));
            Attributes(field.GetCustomAttributes());
        }
        foreach (var p in type.GetProperties())
        {
            var property = md.GetPropertyDefinition(p);
            var signature = property.DecodeSignature(names, null);
            Add(signature.ReturnType);
            foreach (var parameter in signature.ParameterTypes) Add(parameter);
            Attributes(property.GetCustomAttributes());
        }
        foreach (var e in type.GetEvents()) Add(names.Of(md.GetEventDefinition(e).Type));
        foreach (var m in type.GetMethods())
        {
            var method = md.GetMethodDefinition(m);
            var signature = method.DecodeSignature(names, null);
            Add(signature.ReturnType);
            foreach (var parameter in signature.ParameterTypes) Add(parameter);
            Attributes(method.GetCustomAttributes());
            foreach (var p in method.GetParameters()) Attributes(md.GetParameter(p).GetCustomAttributes());
            foreach (var g in method.GetGenericParameters())
                foreach (var c in md.GetGenericParameter(g).GetConstraints()) Add(names.Of(md.GetGenericParameterConstraint(c).Type));
            if (method.RelativeVirtualAddress == 0) continue;
            var body = pe.GetMethodBody(method.RelativeVirtualAddress);
            if (!body.LocalSignature.IsNil)
                foreach (var local in md.GetStandaloneSignature(body.LocalSignature).DecodeLocalSignature(names, null)) Add(local);
            foreach (var token in Il.Tokens(body.GetILBytes()!)) Add(names.Of(MetadataTokens.EntityHandle(token)));
        }
        return found;
    }

    /// <summary>The types a handle or signature names, each as (assembly, full name); types of the
    /// assembly read itself are left out.</summary>
    private sealed class Names(MetadataReader md) : ISignatureTypeProvider<ImmutableArray<(string, string)>, object?>
    {
        private static readonly ImmutableArray<(string, string)> None = [];

        public ImmutableArray<(string, string)> Of(EntityHandle handle) => handle.Kind switch
        {
            HandleKind.TypeReference => Reference((TypeReferenceHandle)handle),
            HandleKind.TypeSpecification => md.GetTypeSpecification((TypeSpecificationHandle)handle).DecodeSignature(this, null),
            HandleKind.MemberReference => Member(md.GetMemberReference((MemberReferenceHandle)handle)),
            HandleKind.MethodSpecification => Of(md.GetMethodSpecification((MethodSpecificationHandle)handle).Method)
                .AddRange(md.GetMethodSpecification((MethodSpecificationHandle)handle).DecodeSignature(this, null).SelectMany(t => t)),
            _ => None,
        };

        private ImmutableArray<(string, string)> Member(MemberReference member)
        {
            var owner = Of(member.Parent);
            if (member.GetKind() == MemberReferenceKind.Field) return owner.AddRange(member.DecodeFieldSignature(this, null));
            var signature = member.DecodeMethodSignature(this, null);
            return owner.AddRange(signature.ReturnType).AddRange(signature.ParameterTypes.SelectMany(t => t));
        }

        private ImmutableArray<(string, string)> Reference(TypeReferenceHandle handle)
        {
            var reference = md.GetTypeReference(handle);
            var name = md.GetString(reference.Name);
            var scope = reference.ResolutionScope;
            while (scope.Kind == HandleKind.TypeReference)
            {
                var outer = md.GetTypeReference((TypeReferenceHandle)scope);
                name = $"{md.GetString(outer.Name)}+{name}";
                (reference, scope) = (outer, outer.ResolutionScope);
            }
            if (scope.Kind != HandleKind.AssemblyReference) return None;
            var assembly = md.GetString(md.GetAssemblyReference((AssemblyReferenceHandle)scope).Name);
            return [(assembly, $"{md.GetString(reference.Namespace)}.{name}")];
        }

        public ImmutableArray<(string, string)> GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind) => Reference(handle);
        public ImmutableArray<(string, string)> GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind) => None;
        public ImmutableArray<(string, string)> GetTypeFromSpecification(MetadataReader reader, object? genericContext, TypeSpecificationHandle handle, byte rawTypeKind) =>
            reader.GetTypeSpecification(handle).DecodeSignature(this, genericContext);
        public ImmutableArray<(string, string)> GetPrimitiveType(PrimitiveTypeCode typeCode) => None;
        public ImmutableArray<(string, string)> GetSZArrayType(ImmutableArray<(string, string)> elementType) => elementType;
        public ImmutableArray<(string, string)> GetArrayType(ImmutableArray<(string, string)> elementType, ArrayShape shape) => elementType;
        public ImmutableArray<(string, string)> GetByReferenceType(ImmutableArray<(string, string)> elementType) => elementType;
        public ImmutableArray<(string, string)> GetPointerType(ImmutableArray<(string, string)> elementType) => elementType;
        public ImmutableArray<(string, string)> GetPinnedType(ImmutableArray<(string, string)> elementType) => elementType;
        public ImmutableArray<(string, string)> GetGenericInstantiation(ImmutableArray<(string, string)> genericType, ImmutableArray<ImmutableArray<(string, string)>> typeArguments) =>
            genericType.AddRange(typeArguments.SelectMany(t => t));
        public ImmutableArray<(string, string)> GetGenericMethodParameter(object? genericContext, int index) => None;
        public ImmutableArray<(string, string)> GetGenericTypeParameter(object? genericContext, int index) => None;
        public ImmutableArray<(string, string)> GetModifiedType(ImmutableArray<(string, string)> modifier, ImmutableArray<(string, string)> unmodifiedType, bool isRequired) =>
            modifier.AddRange(unmodifiedType);
        public ImmutableArray<(string, string)> GetFunctionPointerType(MethodSignature<ImmutableArray<(string, string)>> signature) =>
            signature.ReturnType.AddRange(signature.ParameterTypes.SelectMany(t => t));
    }

    /// <summary>Walks IL by the operand sizes the runtime's own opcode table gives, keeping the tokens.</summary>
    private static class Il
    {
        private static readonly Dictionary<short, OperandType> Operands = typeof(OpCodes)
            .GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (OpCode)f.GetValue(null)!)
            .ToDictionary(o => o.Value, o => o.OperandType);

        public static IEnumerable<int> Tokens(byte[] il)
        {
            for (var i = 0; i < il.Length;)
            {
                short code = il[i++];
                if (code == 0xFE) code = (short)(0xFE00 | il[i++]);
                var operand = Operands[code];
                switch (operand)
                {
                    case OperandType.InlineField or OperandType.InlineMethod or OperandType.InlineType or OperandType.InlineTok:
                        yield return BitConverter.ToInt32(il, i);
                        i += 4;
                        break;
                    case OperandType.InlineSwitch:
                        i += 4 + 4 * BitConverter.ToInt32(il, i);
                        break;
                    default:
                        i += Size(operand);
                        break;
                }
            }
        }

        private static int Size(OperandType operand) => operand switch
        {
            OperandType.InlineNone => 0,
            OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
            OperandType.InlineVar => 2,
            OperandType.InlineI8 or OperandType.InlineR => 8,
            _ => 4,
        };
    }
}
