using System.Reflection;
using System.Runtime.CompilerServices;

namespace ClayGen.Tests.Conventions;

/// <summary>
/// Rules the whole public surface keeps, generated and hand-written alike: checked by reflection so a
/// new operation, partial or template change cannot quietly break them.
/// </summary>
public sealed class AsyncConventionTests
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    public static TheoryData<string> AsyncMethods()
    {
        var data = new TheoryData<string>();
        foreach (var method in PublicAsyncMethods())
        {
            data.Add(Describe(method));
        }

        return data;
    }

    [Fact]
    public void The_library_has_async_methods_to_check()
    {
        // Guards the theory below against an empty member list passing vacuously.
        Assert.True(PublicAsyncMethods().Count() > 50, $"found only {PublicAsyncMethods().Count()} public async methods");
    }

    [Theory]
    [MemberData(nameof(AsyncMethods))]
    public void Every_public_async_method_ends_in_Async_and_takes_an_optional_CancellationToken_last(string described)
    {
        var method = PublicAsyncMethods().Single(m => Describe(m) == described);
        var parameters = method.GetParameters();

        Assert.EndsWith("Async", method.Name, StringComparison.Ordinal);
        Assert.NotEmpty(parameters);
        var last = parameters[^1];
        Assert.True(last.ParameterType == typeof(CancellationToken), $"{described}: the last parameter is {last.ParameterType.Name} {last.Name}, not a CancellationToken.");
        Assert.Equal("cancellationToken", last.Name);
        Assert.True(last.HasDefaultValue, $"{described}: cancellationToken has no default value.");
        Assert.Single(parameters, p => p.ParameterType == typeof(CancellationToken));
        if (IsAsyncEnumerable(method.ReturnType) && method.GetCustomAttribute<AsyncIteratorStateMachineAttribute>() is not null)
        {
            // Without it, a token given to WithCancellation would never reach the iterator.
            Assert.NotNull(last.GetCustomAttribute<EnumeratorCancellationAttribute>());
        }
    }

    private static IEnumerable<MethodInfo> PublicAsyncMethods() =>
        typeof(ClayClient).Assembly.GetExportedTypes()
            .Where(t => !t.IsSubclassOf(typeof(Delegate)))
            .SelectMany(t => t.GetMethods(Declared).Select(m => (Type: t, Method: m)))
            .Where(x => x.Method.IsPublic || x.Method.IsFamily || x.Method.IsFamilyOrAssembly)
            .Where(x => !x.Method.IsSpecialName && x.Method.GetBaseDefinition() == x.Method)
            .Where(x => !IsInterfaceImplementationOf(x.Type, x.Method, typeof(IAsyncDisposable)))
            .Where(x => IsAwaitable(x.Method.ReturnType) || IsAsyncEnumerable(x.Method.ReturnType))
            .Select(x => x.Method);

    private static bool IsAwaitable(Type type) =>
        type == typeof(Task) || type == typeof(ValueTask) ||
        (type.IsGenericType && (type.GetGenericTypeDefinition() == typeof(Task<>) || type.GetGenericTypeDefinition() == typeof(ValueTask<>)));

    private static bool IsAsyncEnumerable(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IAsyncEnumerable<>);

    private static bool IsInterfaceImplementationOf(Type type, MethodInfo method, Type contract) =>
        !type.IsInterface && contract.IsAssignableFrom(type) && type.GetInterfaceMap(contract).TargetMethods.Contains(method);

    private static string Describe(MethodInfo method) =>
        $"{method.DeclaringType!.Name}.{method.Name}({string.Join(", ", method.GetParameters().Select(p => TypeName(p.ParameterType)))})";

    // Generic arguments spelled out, so overloads that differ only in them stay apart.
    private static string TypeName(Type type) =>
        type.IsGenericType
            ? $"{type.Name.Split('`')[0]}<{string.Join(",", type.GetGenericArguments().Select(TypeName))}>"
            : type.Name;
}
