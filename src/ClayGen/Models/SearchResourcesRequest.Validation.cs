namespace ClayGen;

public partial class SearchResourcesRequest : IClayValidatable
{
    void IClayValidatable.Validate(string paramName)
    {
        ClayValidation.RequireText(Query, paramName, nameof(Query));
    }
}
