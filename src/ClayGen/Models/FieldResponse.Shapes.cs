using ClayGen.Http;
using Newtonsoft.Json;

namespace ClayGen;

// Clay sends the field wrapped ({"field": {...}}) or bare; both read the same.
[JsonConverter(typeof(FieldResponseConverter))]
public partial class FieldResponse
{
    private sealed class FieldResponseConverter() : ClayEnvelopeConverter<FieldResponse, TableField>("field")
    {
        protected override void SetInner(FieldResponse response, TableField? inner) => response.Field = inner;

        protected override IDictionary<string, object> ExtraOf(FieldResponse response) => response.AdditionalProperties;
    }
}
