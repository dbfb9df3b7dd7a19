using System.Reflection;
using System.Text;
using Newtonsoft.Json;
using Refit;

namespace ClayGen.Benchmarks.Peer;

/// <summary>
/// Refit's content serializer over Newtonsoft.Json (the Refit.Newtonsoft.Json package is not on this
/// feed), so Refit parses with the same library as ClayGen and the hand-written floor.
/// </summary>
public sealed class NewtonsoftContentSerializer : IHttpContentSerializer
{
    private readonly JsonSerializer _serializer = JsonSerializer.CreateDefault();

    /// <inheritdoc />
    public HttpContent ToHttpContent<T>(T item) =>
        new StringContent(JsonConvert.SerializeObject(item), Encoding.UTF8, "application/json");

    /// <inheritdoc />
    public async Task<T?> FromHttpContentAsync<T>(HttpContent content, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            using var reader = new StreamReader(stream);
            using var json = new JsonTextReader(reader);
            return _serializer.Deserialize<T>(json);
        }
    }

    /// <inheritdoc />
    public string? GetFieldNameForProperty(PropertyInfo propertyInfo) =>
        propertyInfo?.GetCustomAttribute<JsonPropertyAttribute>(true)?.PropertyName;
}
