using ClayGen.Http;
using Newtonsoft.Json;

namespace ClayGen;

// Clay sends the workspace wrapped ({"workspace": {...}}) or bare; both read the same.
[JsonConverter(typeof(WorkspaceResponseConverter))]
public partial class WorkspaceResponse
{
    private sealed class WorkspaceResponseConverter() : ClayEnvelopeConverter<WorkspaceResponse, WorkspaceDetails>("workspace")
    {
        protected override void SetInner(WorkspaceResponse response, WorkspaceDetails? inner) => response.Workspace = inner;

        protected override IDictionary<string, object> ExtraOf(WorkspaceResponse response) => response.AdditionalProperties;
    }
}
