using ClayGen;
using Microsoft.Extensions.Options;

#pragma warning disable IDE0130 // Beside the registration it serves.
namespace Microsoft.Extensions.DependencyInjection;
#pragma warning restore IDE0130

/// <summary>
/// The rules of <see cref="ClayClientOptions.Validate"/> as an Options validator, so a bad setting fails
/// when the host starts (<c>ValidateOnStart</c>), named by the account it belongs to.
/// </summary>
internal sealed class ClayClientOptionsValidation : IValidateOptions<ClayClientOptions>
{
    public ValidateOptionsResult Validate(string? name, ClayClientOptions options)
    {
        try
        {
            options.Validate();
            return ValidateOptionsResult.Success;
        }
        catch (ArgumentException ex)
        {
            var account = string.IsNullOrEmpty(name) ? "ClayGen" : $"ClayGen account '{name}'";
            return ValidateOptionsResult.Fail($"{account}: {ex.Message}");
        }
    }
}
