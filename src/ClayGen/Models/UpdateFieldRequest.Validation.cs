namespace ClayGen;

public partial class UpdateFieldRequest : IClayValidatable
{
    void IClayValidatable.Validate(string paramName)
    {
        if (Name is null && TypeSettings is null && AdditionalProperties.Count == 0)
        {
            throw ClayValidation.Invalid(paramName, nameof(Name), "and TypeSettings are both unset: there is nothing to update.");
        }

        if (Name is not null)
        {
            ClayValidation.RequireText(Name, paramName, nameof(Name));
        }

        if (TypeSettings is not null)
        {
            ClayValidation.RequireFieldSettings(null, TypeSettings, paramName, nameof(TypeSettings));
        }
    }
}
