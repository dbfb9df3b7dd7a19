namespace ClayGen;

public partial class SearchViewRequest : IClayValidatable
{
    void IClayValidatable.Validate(string paramName) => ClayValidation.RequireText(SearchTerm, paramName, nameof(SearchTerm));
}
