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

    /// <inheritdoc />
    public override object? ConvertFrom(ITypeDescriptorContext? context, CultureInfo? culture, object value) =>
        value is string text
            ? string.IsNullOrWhiteSpace(text) ? null : ClaySession.FromCookie(text)
            : base.ConvertFrom(context, culture, value);
}
