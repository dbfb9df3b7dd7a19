namespace ClayGen;

public partial class UpdateViewRequest : IClayValidatable
{
    void IClayValidatable.Validate(string paramName) => ClayValidation.RequireText(Name, paramName, nameof(Name));
}
