namespace ClayGen;

public partial class CreateTableRequest : IClayValidatable
{
    void IClayValidatable.Validate(string paramName)
    {
        if (WorkspaceId <= 0)
        {
            throw ClayValidation.Invalid(paramName, nameof(WorkspaceId), "must be a positive workspace id.");
        }

        ClayValidation.RequireText(Name, paramName, nameof(Name));
        ClayValidation.RequireText(Type, paramName, nameof(Type));
        if (WorkbookId is not null)
        {
            ClayValidation.RequireIds([WorkbookId], paramName, nameof(WorkbookId));
        }
    }
}
