namespace ClayGen;

public partial class UpdateRecordsRequest : IClayValidatable
{
    void IClayValidatable.Validate(string paramName)
    {
        if (Records is null || Records.Count == 0)
        {
            throw ClayValidation.Invalid(paramName, nameof(Records), "must contain at least one record.");
        }

        ClayValidation.RequireAtMost(Records.Count, ClayLimits.MaxRecordsPerRequest, nameof(ClayLimits.MaxRecordsPerRequest), paramName, nameof(Records), "records", "Split the update into several calls.");

        var index = 0;
        foreach (var record in Records)
        {
            if (record is null)
            {
                throw ClayValidation.Invalid(paramName, $"{nameof(Records)}[{index}]", "is null.");
            }

            ClayValidation.RequireIds([record.Id], paramName, $"{nameof(Records)}[{index}].{nameof(RecordUpdate.Id)}");
            ClayValidation.RequireCells(record.Cells, paramName, $"{nameof(Records)}[{index}].{nameof(RecordUpdate.Cells)}");
            index++;
        }
    }
}
