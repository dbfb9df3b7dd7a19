namespace ClayGen;

public partial class DeleteResourcesRequest : IClayValidatable
{
    void IClayValidatable.Validate(string paramName)
    {
        ClayValidation.RequireIds(FolderIds, paramName, nameof(FolderIds), allowEmpty: true);
        ClayValidation.RequireIds(WorkbookIds, paramName, nameof(WorkbookIds), allowEmpty: true);
        ClayValidation.RequireIds(TableIds, paramName, nameof(TableIds), allowEmpty: true);
        if ((FolderIds?.Count ?? 0) + (WorkbookIds?.Count ?? 0) + (TableIds?.Count ?? 0) == 0)
        {
            throw ClayValidation.Invalid(paramName, nameof(FolderIds), "and the other id lists are all empty: nothing to delete.");
        }
    }
}
