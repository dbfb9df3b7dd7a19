namespace ClayGen;

public partial class UpdateTableRequest : IClayValidatable
{
    void IClayValidatable.Validate(string paramName)
    {
        if (Name is null && SourceSettings is null)
        {
            throw ClayValidation.Invalid(paramName, nameof(Name), "or SourceSettings must be set: nothing to update.");
        }

        if (Name is not null)
        {
            ClayValidation.RequireText(Name, paramName, nameof(Name));
        }

        if (SourceSettings?.AddSource is { } add)
        {
            ClayValidation.RequireText(add.Name, paramName, "SourceSettings.AddSource.Name");
            if (add.Source is null || add.Source.WorkspaceId <= 0 || string.IsNullOrWhiteSpace(add.Source.Type))
            {
                throw ClayValidation.Invalid(paramName, "SourceSettings.AddSource.Source", "needs a name, a positive workspace id and a type.");
            }
        }
    }
}
