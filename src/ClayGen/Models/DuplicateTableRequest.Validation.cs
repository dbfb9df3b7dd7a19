namespace ClayGen;

public partial class DuplicateTableRequest : IClayValidatable
{
    void IClayValidatable.Validate(string paramName)
    {
        // Absent means Clay's default name; present must be a usable one.
        if (Name is not null)
        {
            ClayValidation.RequireText(Name, paramName, nameof(Name));
        }
    }
}
