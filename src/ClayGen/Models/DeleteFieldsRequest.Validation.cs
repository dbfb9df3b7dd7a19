namespace ClayGen;

public partial class DeleteFieldsRequest : IClayValidatable
{
    void IClayValidatable.Validate(string paramName) => ClayValidation.RequireIds(FieldIds, paramName, nameof(FieldIds));
}
