namespace ClayGen;

public partial class AddRecordsRequest : IClayValidatable
{
    void IClayValidatable.Validate(string paramName)
    {
        if (Records is null || Records.Count == 0)
        {
            throw ClayValidation.Invalid(paramName, nameof(Records), "must contain at least one record (an empty batch adds nothing).");
        }

        ClayValidation.RequireAtMost(Records.Count, ClayLimits.MaxRecordsPerRequest, nameof(ClayLimits.MaxRecordsPerRequest), paramName, nameof(Records), "records", "Send them with AddRecordsInBatchesAsync.");

        var index = 0;
        foreach (var record in Records)
        {
            if (record is null)
            {
                throw ClayValidation.Invalid(paramName, $"{nameof(Records)}[{index}]", "is null.");
            }

            ClayValidation.RequireCells(record.Cells, paramName, $"{nameof(Records)}[{index}].{nameof(NewRecord.Cells)}");
            if (record.Id is not null)
            {
                ClayValidation.RequireIds([record.Id], paramName, $"{nameof(Records)}[{index}].{nameof(NewRecord.Id)}");
            }

            index++;
        }
    }
}
