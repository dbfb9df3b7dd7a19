namespace ClayGen;

public partial class CreateSourceRequest : IClayValidatable
{
    void IClayValidatable.Validate(string paramName)
    {
        if (WorkspaceId <= 0)
        {
            throw ClayValidation.Invalid(paramName, nameof(WorkspaceId), "must be a positive workspace id.");
        }

        ClayValidation.RequireText(Name, paramName, nameof(Name));
        ClayValidation.RequireText(Type, paramName, nameof(Type));
        if (TableId is not null)
        {
            ClayValidation.RequireIds([TableId], paramName, nameof(TableId));
        }
    }
}
