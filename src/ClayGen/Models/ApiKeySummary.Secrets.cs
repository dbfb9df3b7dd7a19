using System.Runtime.Serialization;

namespace ClayGen;

public partial class ApiKeySummary
{
    // Clay shows a key once, when it is created; should a listing ever echo it, it is not kept, so
    // no caller can log or print it from here.
    private static readonly string[] SecretMembers = ["apiKey", "key", "token", "secret", "keyValue", "plaintext"];

    [OnDeserialized]
    private void DropSecrets(StreamingContext context)
    {
        foreach (var name in AdditionalProperties.Keys.Where(k => SecretMembers.Contains(k, StringComparer.OrdinalIgnoreCase)).ToList())
        {
            AdditionalProperties.Remove(name);
        }
    }
}
