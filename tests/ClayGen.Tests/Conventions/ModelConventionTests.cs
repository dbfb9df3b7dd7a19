using System.CodeDom.Compiler;
using System.Reflection;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ClayGen.Tests.Conventions;

/// <summary>
/// Clay adds fields without notice: every model a response can carry must read a body with members
/// it has never heard of, and keep them, with the settings the clients really use.
/// </summary>
public sealed class ModelConventionTests
{
    private const string UnknownMember = "zzAddedByClayLater";

    public static TheoryData<string> Models()
    {
        var data = new TheoryData<string>();
        foreach (var model in ModelTypes())
        {
            data.Add(model.Name);
        }

        return data;
    }

    [Fact]
    public void The_library_has_models_to_check()
    {
        Assert.True(ModelTypes().Count() > 20, $"found only {ModelTypes().Count()} response models");
    }

    [Theory]
    [MemberData(nameof(Models))]
    public void Every_model_reads_and_keeps_unknown_members(string name)
    {
        var type = ModelTypes().Single(t => t.Name == name);
        var body = new JObject { [UnknownMember] = new JObject { ["nested"] = new JArray(1, "two", JValue.CreateNull()) } };

        var model = JsonConvert.DeserializeObject(body.ToString(), type, ClientSettings());

        Assert.NotNull(model);
        // Kept anywhere counts: a bare table keeps it on the table it unwraps into.
        Assert.True(
            JsonConvert.SerializeObject(model).Contains(UnknownMember, StringComparison.Ordinal),
            $"{name} dropped the unknown member; give it AdditionalProperties.");
    }

    // The serializer settings a generated client deserialises responses with.
    private static JsonSerializerSettings ClientSettings()
    {
        using var http = new HttpClient { BaseAddress = new Uri("http://127.0.0.1/") };
        var client = new TablesClient(http);
        var property = typeof(TablesClient).GetProperty("JsonSerializerSettings", BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public)
            ?? throw new InvalidOperationException("The generated client has no JsonSerializerSettings property.");
        return (JsonSerializerSettings)property.GetValue(client)!;
    }

    // The generated models a response can carry: the clients' return types and, recursively, their members.
    private static IEnumerable<Type> ModelTypes()
    {
        var found = new HashSet<Type>();
        var pending = new Queue<Type>(typeof(ClayClient).Assembly.GetExportedTypes()
            .Where(t => t.IsInterface && t.Name.EndsWith("Client", StringComparison.Ordinal))
            .SelectMany(t => t.GetMethods())
            .Select(m => m.ReturnType));
        while (pending.TryDequeue(out var type))
        {
            if (type.IsGenericType)
            {
                foreach (var argument in type.GetGenericArguments())
                {
                    pending.Enqueue(argument);
                }

                continue;
            }

            if (type.GetCustomAttribute<GeneratedCodeAttribute>()?.Tool != "NJsonSchema" || !type.IsClass || !found.Add(type))
            {
                continue;
            }

            foreach (var property in type.GetProperties())
            {
                pending.Enqueue(property.PropertyType);
            }
        }

        return found;
    }
}
