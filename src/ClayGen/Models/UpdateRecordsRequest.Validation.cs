namespace ClayGen;

public partial class UpdateRecordsRequest : IClayValidatable
{
    void IClayValidatable.Validate(string paramName) => ClayValidation.RequireRecords(
        Records,
        paramName,
        "must contain at least one record.",
        "Split the update into several calls.",
        (record, path) =>
        {
            ClayValidation.RequireIds([record.Id], paramName, $"{path}.{nameof(RecordUpdate.Id)}");
            ClayValidation.RequireCells(record.Cells, paramName, $"{path}.{nameof(RecordUpdate.Cells)}");
        });
}
