namespace ClayGen;

public partial class CreateFolderRequest : IClayValidatable
{
    void IClayValidatable.Validate(string paramName)
    {
        ClayValidation.RequireText(Name, paramName, nameof(Name));
        if (ParentFolderId is not null)
        {
            ClayValidation.RequireIds([ParentFolderId], paramName, nameof(ParentFolderId));
        }
    }
}
