namespace ClayGen;

public partial class DeleteRecordsRequest : IClayValidatable
{
    void IClayValidatable.Validate(string paramName)
    {
        if (DeleteAll == true)
        {
            ClayValidation.RequireIds(ViewId is null ? null : [ViewId], paramName, nameof(ViewId));
            ClayValidation.RequireIds(OmitDeletingRecordIds, paramName, nameof(OmitDeletingRecordIds), allowEmpty: true);
            if (RecordIds is { Count: > 0 })
            {
                throw ClayValidation.Invalid(paramName, nameof(RecordIds), "must be empty when DeleteAll is true.");
            }

            return;
        }

        ClayValidation.RequireIds(RecordIds, paramName, nameof(RecordIds));
        ClayValidation.RequireAtMost(RecordIds!.Count, ClayLimits.MaxRecordIdsPerDelete, nameof(ClayLimits.MaxRecordIdsPerDelete), paramName, nameof(RecordIds), "record ids", "DeleteRecordsAsync(tableId, recordIds) splits a longer list into batches.");
    }
}
