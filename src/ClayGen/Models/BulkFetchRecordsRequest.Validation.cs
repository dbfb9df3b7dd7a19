namespace ClayGen;

public partial class BulkFetchRecordsRequest : IClayValidatable
{
    void IClayValidatable.Validate(string paramName)
    {
        ClayValidation.RequireIds(RecordIds, paramName, nameof(RecordIds));
        ClayValidation.RequireAtMost(RecordIds.Count, ClayLimits.MaxRecordIdsPerBulkFetch, nameof(ClayLimits.MaxRecordIdsPerBulkFetch), paramName, nameof(RecordIds), "record ids", "Use StreamRecordsAsync or FetchRecordsAsync, which split the ids into batches.");
        ClayValidation.RequireIds(FieldIds, paramName, nameof(FieldIds), allowEmpty: true);
        ClayValidation.RequireIds(IncludeExternalContentFieldIds, paramName, nameof(IncludeExternalContentFieldIds), allowEmpty: true);
    }
}
