using Xunit.Abstractions;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Xml.Linq;

namespace ClayGen.Tests.Conventions;

/// <summary>
/// The package's IntelliSense covers its whole surface, generated code included: the compiler's
/// missing-docs warning is off in NSwag's output, so this is where a gap in a template shows up.
/// </summary>
public sealed class XmlDocsCoverageTests(ITestOutputHelper output)
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    [Fact]
    public void Every_public_and_protected_member_of_the_library_has_a_summary()
    {
        var missing = new List<string>();
        foreach (var type in typeof(ClayClient).Assembly.GetExportedTypes().Concat(ProtectedNestedTypes()).Distinct())
        {
            if (!HasDocs(type))
            {
                missing.Add($"type {type.FullName}");
            }

            foreach (var member in type.GetMembers(Declared).Where(m => IsVisible(m) && !IsImplied(type, m)))
            {
                if (!HasDocs(member))
                {
                    missing.Add($"{member.MemberType.ToString().ToLowerInvariant()} {type.FullName}.{member.Name}");
                }
            }
        }

        foreach (var gap in missing)
        {
            output.WriteLine(gap);
        }

        Assert.True(missing.Count == 0, $"{missing.Count} public or protected members have no XML docs:\n{string.Join('\n', missing.Take(40))}");
    }

    private static IEnumerable<Type> ProtectedNestedTypes() =>
        typeof(ClayClient).Assembly.GetExportedTypes()
            .SelectMany(t => t.GetNestedTypes(BindingFlags.NonPublic))
            .Where(n => n.IsNestedFamily || n.IsNestedFamORAssem);

    private static readonly Lazy<Dictionary<string, XElement>> Docs = new(() =>
    {
        var file = Path.ChangeExtension(typeof(ClayClient).Assembly.Location, ".xml");
        return XDocument.Load(file).Descendants("member").ToDictionary(m => (string)m.Attribute("name")!, m => m);
    });

    private static bool HasDocs(MemberInfo member) =>
        Docs.Value.TryGetValue(DocId(member), out var element) &&
        (element.Element("summary") is { } summary && summary.Value.Trim().Length > 0 || element.Element("inheritdoc") is not null);

    // The documentation comment ids of the C# spec (ECMA-334, annex D), for the member kinds the library has.
    private static string DocId(MemberInfo member) => member switch
    {
        Type t => "T:" + TypeName(t, generic: false),
        ConstructorInfo c => $"M:{TypeName(c.DeclaringType!, generic: false)}.{(c.IsStatic ? "#cctor" : "#ctor")}{Parameters(c)}",
        MethodInfo m => $"M:{TypeName(m.DeclaringType!, generic: false)}.{m.Name}{(m.IsGenericMethod ? "``" + m.GetGenericArguments().Length : "")}{Parameters(m)}"
            + (m.Name is "op_Implicit" or "op_Explicit" ? "~" + TypeName(m.ReturnType, generic: true) : ""),
        PropertyInfo p => $"P:{TypeName(p.DeclaringType!, generic: false)}.{p.Name}{(p.GetIndexParameters().Length > 0 ? "(" + string.Join(',', p.GetIndexParameters().Select(i => TypeName(i.ParameterType, generic: true))) + ")" : "")}",
        FieldInfo f => $"F:{TypeName(f.DeclaringType!, generic: false)}.{f.Name}",
        EventInfo e => $"E:{TypeName(e.DeclaringType!, generic: false)}.{e.Name}",
        _ => member.Name,
    };

    private static string Parameters(MethodBase method)
    {
        var parameters = method.GetParameters();
        return parameters.Length == 0 ? "" : "(" + string.Join(',', parameters.Select(p => TypeName(p.ParameterType, generic: true))) + ")";
    }

    private static string TypeName(Type type, bool generic)
    {
        if (type.IsByRef)
        {
            return TypeName(type.GetElementType()!, generic) + "@";
        }

        if (type.IsArray)
        {
            return TypeName(type.GetElementType()!, generic) + "[]";
        }

        if (type.IsGenericParameter)
        {
            return type.DeclaringMethod is not null ? "``" + type.GenericParameterPosition : "`" + type.GenericParameterPosition;
        }

        var outer = type.IsNested ? TypeName(type.DeclaringType!, generic) + "." : (type.Namespace is { } ns ? ns + "." : "");
        var name = type.Name;
        if (!type.IsGenericType)
        {
            return outer + name;
        }

        var tick = name.IndexOf('`', StringComparison.Ordinal);
        if (!generic || type.IsGenericTypeDefinition)
        {
            return outer + name;
        }

        var ownArguments = type.GetGenericArguments().Skip(type.IsNested ? type.DeclaringType!.GetGenericArguments().Length : 0);
        return outer + (tick < 0 ? name : name[..tick]) + "{" + string.Join(',', ownArguments.Select(a => TypeName(a, generic: true))) + "}";
    }

    private static bool IsVisible(MemberInfo member) => member switch
    {
        MethodBase m => m.IsPublic || m.IsFamily || m.IsFamilyOrAssembly,
        FieldInfo f => f.IsPublic || f.IsFamily || f.IsFamilyOrAssembly,
        PropertyInfo p => p.GetAccessors(nonPublic: true).Any(IsVisible),
        EventInfo e => e.AddMethod is { } add && IsVisible(add),
        Type t => t.IsNestedPublic || t.IsNestedFamily || t.IsNestedFamORAssem,
        _ => false,
    };

    // Members a reader never looks up: accessors (documented on their property), what the compiler
    // writes for records and enums, overrides and interface implementations (documented where declared).
    private static bool IsImplied(Type type, MemberInfo member)
    {
        if (member.IsDefined(typeof(CompilerGeneratedAttribute)) || member.Name.Contains('<', StringComparison.Ordinal))
        {
            return true;
        }

        if (type.IsEnum && member.Name == "value__")
        {
            return true;
        }

        if (member is MethodInfo method)
        {
            if (method.IsSpecialName || method.GetBaseDefinition() != method)
            {
                return true;
            }

            var isRecord = type.GetMethod("<Clone>$") is not null || type.GetProperty("EqualityContract", BindingFlags.NonPublic | BindingFlags.Instance) is not null;
            if (isRecord && method.Name is "Equals" or "GetHashCode" or "ToString" or "PrintMembers" or "Deconstruct")
            {
                return true;
            }

            // An implementation is documented where the interface declares it, when it is.
            return !type.IsInterface && type.GetInterfaces()
                .Select(type.GetInterfaceMap)
                .Any(map => Array.IndexOf(map.TargetMethods, method) is var at && at >= 0 && HasDocs(map.InterfaceMethods[at]));
        }

        if (member is PropertyInfo property && property.GetAccessors(true).FirstOrDefault() is { } accessor && accessor.GetBaseDefinition() != accessor)
        {
            return true;
        }

        // A parameterless constructor the compiler wrote (the generated models declare none) has no
        // source to document; an explicit one without docs slips through here, which the analyzers catch.
        if (member is ConstructorInfo ctor && ctor.GetParameters().Length == 0 && !Docs.Value.ContainsKey(DocId(ctor)))
        {
            return true;
        }

        return false;
    }
}
