namespace ClayGen;

public partial class CreateWorkbookRequest : IClayValidatable
{
    void IClayValidatable.Validate(string paramName)
    {
        ClayValidation.RequireText(Name, paramName, nameof(Name));
        if (WorkspaceId <= 0)
        {
            throw ClayValidation.Invalid(paramName, nameof(WorkspaceId), "must be a positive workspace id.");
        }

        if (ParentFolderId is not null)
        {
            ClayValidation.RequireIds([ParentFolderId], paramName, nameof(ParentFolderId));
        }
    }
}
