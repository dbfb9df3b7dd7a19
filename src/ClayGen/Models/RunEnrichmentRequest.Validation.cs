namespace ClayGen;

public partial class RunEnrichmentRequest : IClayValidatable
{
    void IClayValidatable.Validate(string paramName)
    {
        ClayValidation.RequireIds(FieldIds, paramName, nameof(FieldIds));
        if (RunRecords is null)
        {
            throw ClayValidation.Invalid(paramName, nameof(RunRecords), "is required (use RunRecords.TopOfView, WholeView or ForRecords).");
        }

        var modes = (RunRecords.ViewIdTopRecords is null ? 0 : 1) + (RunRecords.RecordIds is null ? 0 : 1) + (RunRecords.ViewId is null ? 0 : 1);
        if (modes != 1)
        {
            throw ClayValidation.Invalid(paramName, nameof(RunRecords), "must set exactly one of ViewIdTopRecords, RecordIds or ViewId.");
        }

        if (RunRecords.ViewIdTopRecords is { } top)
        {
            ClayValidation.RequireIds([top.ViewId], paramName, "RunRecords.ViewIdTopRecords.ViewId");
            if (top.NumRecords is <= 0)
            {
                throw ClayValidation.Invalid(paramName, "RunRecords.ViewIdTopRecords.NumRecords", "must be positive (omit it to run the whole view).");
            }
        }

        ClayValidation.RequireIds(RunRecords.RecordIds, paramName, "RunRecords.RecordIds", allowEmpty: RunRecords.RecordIds is null);
        if (RunRecords.ViewId is not null)
        {
            ClayValidation.RequireIds([RunRecords.ViewId], paramName, "RunRecords.ViewId");
        }
    }
}
