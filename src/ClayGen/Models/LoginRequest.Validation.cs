namespace ClayGen;

public partial class LoginRequest : IClayValidatable
{
    void IClayValidatable.Validate(string paramName)
    {
        ClayValidation.RequireText(Email, paramName, nameof(Email));
        if (string.IsNullOrEmpty(Password))
        {
            throw ClayValidation.Invalid(paramName, nameof(Password), "must not be empty.");
        }
    }
}
