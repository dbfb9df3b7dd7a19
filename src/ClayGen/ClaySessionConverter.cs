using System.ComponentModel;
using System.Globalization;

namespace ClayGen;

/// <summary>
/// Reads a <see cref="ClaySession"/> from its cookie value, so configuration binding fills
/// <see cref="ClayClientOptions.Session"/> from <c>Clay:Session</c> like any other option.
/// </summary>
public sealed class ClaySessionConverter : TypeConverter
{
    /// <inheritdoc />
    public override bool CanConvertFrom(ITypeDescriptorContext? context, Type sourceType) =>
        sourceType == typeof(string) || base.CanConvertFrom(context, sourceType);

    /// <summary>
    /// Never to text: a session written out would be a secret in the clear, and serializers that see a
    /// converter to string (Newtonsoft.Json) would otherwise write the redacted <c>ToString()</c> instead
    /// of the object.
    /// </summary>
    /// <param name="context">Unused.</param>
    /// <param name="destinationType">The type asked for.</param>
    public override bool CanConvertTo(ITypeDescriptorContext? context, Type? destinationType) =>
        destinationType != typeof(string) && base.CanConvertTo(context, destinationType);

    /// <inheritdoc />
    public override object? ConvertFrom(ITypeDescriptorContext? context, CultureInfo? culture, object value) =>
        value is string text
            ? string.IsNullOrWhiteSpace(text) ? null : ClaySession.FromCookie(text)
            : base.ConvertFrom(context, culture, value);
}
