namespace ClayGen;

public partial class CreateViewRequest : IClayValidatable
{
    void IClayValidatable.Validate(string paramName) => ClayValidation.RequireText(Name, paramName, nameof(Name));
}
