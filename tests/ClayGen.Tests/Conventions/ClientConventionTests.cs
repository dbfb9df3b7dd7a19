using System.CodeDom.Compiler;
using System.Reflection;

namespace ClayGen.Tests.Conventions;

/// <summary>
/// Every client is reachable through its interface, so callers can mock any operation, the generated
/// ones and the hand-written helpers alike.
/// </summary>
public sealed class ClientConventionTests
{
    public static TheoryData<string> Clients()
    {
        var data = new TheoryData<string>();
        foreach (var client in ClientTypes())
        {
            data.Add(client.Name);
        }

        return data;
    }

    [Fact]
    public void The_library_has_clients_to_check()
    {
        Assert.True(ClientTypes().Count() >= 8, $"found only {ClientTypes().Count()} clients");
    }

    [Theory]
    [MemberData(nameof(Clients))]
    public void Every_client_implements_its_interface_with_every_public_method(string name)
    {
        var client = ClientTypes().Single(t => t.Name == name);
        var contract = client.Assembly.GetType($"{client.Namespace}.I{client.Name}");
        Assert.True(contract is { IsInterface: true, IsPublic: true }, $"{name} has no public interface I{name}.");
        Assert.Contains(contract, client.GetInterfaces());

        var declared = contract!.GetMethods().Select(Signature).ToHashSet(StringComparer.Ordinal);
        var missing = client.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(m => !m.IsSpecialName)
            .Select(Signature)
            .Where(s => !declared.Contains(s))
            .ToList();
        Assert.True(missing.Count == 0, $"{name} has public methods its interface lacks:\n{string.Join('\n', missing)}");
    }

    [Fact]
    public void ClayClient_exposes_every_client_by_its_interface()
    {
        var exposed = typeof(ClayClient).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Select(p => p.PropertyType)
            .ToHashSet();
        foreach (var client in ClientTypes())
        {
            Assert.Contains(client.GetInterface("I" + client.Name)!, exposed);
        }
    }

    // The generated client classes: NSwag stamps them, and each takes the HttpClient it sends with.
    private static IEnumerable<Type> ClientTypes() =>
        typeof(ClayClient).Assembly.GetExportedTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && t.Name.EndsWith("Client", StringComparison.Ordinal))
            .Where(t => t.GetCustomAttribute<GeneratedCodeAttribute>()?.Tool == "NSwag")
            .Where(t => t.GetConstructors().Any(c => c.GetParameters().Any(p => p.ParameterType == typeof(HttpClient))));

    private static string Signature(MethodInfo method) =>
        $"{method.ReturnType} {method.Name}<{method.GetGenericArguments().Length}>({string.Join(", ", method.GetParameters().Select(p => p.ParameterType))})";
}
