namespace ClayGen;

public partial class AddRecordsRequest : IClayValidatable
{
    void IClayValidatable.Validate(string paramName) => ClayValidation.RequireRecords(
        Records,
        paramName,
        "must contain at least one record (an empty batch adds nothing).",
        "Send them with AddRecordsInBatchesAsync.",
        (record, path) =>
        {
            ClayValidation.RequireCells(record.Cells, paramName, $"{path}.{nameof(NewRecord.Cells)}");
            if (record.Id is not null)
            {
                ClayValidation.RequireIds([record.Id], paramName, $"{path}.{nameof(NewRecord.Id)}");
            }
        });
}
