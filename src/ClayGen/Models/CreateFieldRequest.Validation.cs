namespace ClayGen;

public partial class CreateFieldRequest : IClayValidatable
{
    void IClayValidatable.Validate(string paramName)
    {
        ClayValidation.RequireText(Name, paramName, nameof(Name));
        ClayValidation.RequireText(Type, paramName, nameof(Type));
        if (ActiveViewId is not null)
        {
            ClayValidation.RequireIds([ActiveViewId], paramName, nameof(ActiveViewId));
        }

        ClayValidation.RequireFieldSettings(Type, TypeSettings, paramName, nameof(TypeSettings));
    }
}
