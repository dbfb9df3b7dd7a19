using ClayGen.Http;
using Newtonsoft.Json;

namespace ClayGen;

// Clay usually wraps the table ({"table": {...}}) but sometimes sends it bare; both read the same.
[JsonConverter(typeof(TableResponseConverter))]
public partial class TableResponse
{
    private sealed class TableResponseConverter() : ClayEnvelopeConverter<TableResponse, Table>("table")
    {
        protected override void SetInner(TableResponse response, Table? inner) => response.Table = inner;

        protected override IDictionary<string, object> ExtraOf(TableResponse response) => response.AdditionalProperties;
    }
}
