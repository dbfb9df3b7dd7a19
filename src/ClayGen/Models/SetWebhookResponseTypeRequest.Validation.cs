namespace ClayGen;

public partial class SetWebhookResponseTypeRequest : IClayValidatable
{
    void IClayValidatable.Validate(string paramName)
    {
        // Clay wants the source id in the body as well as in the route.
        ClayValidation.RequireText(SourceId, paramName, nameof(SourceId));
        ClayValidation.RequireText(ResponseType, paramName, nameof(ResponseType));
    }
}
