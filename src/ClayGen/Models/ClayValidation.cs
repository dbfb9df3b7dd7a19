namespace ClayGen;

/// <summary>Checks shared by the request bodies' <see cref="IClayValidatable"/> implementations.</summary>
internal static class ClayValidation
{
    public static ArgumentException Invalid(string paramName, string property, string problem) =>
        new($"{paramName}.{property} {problem}", paramName);

    public static void RequireIds(ICollection<string>? ids, string paramName, string property, bool allowEmpty = false)
    {
        if (ids is null)
        {
            if (allowEmpty)
            {
                return;
            }

            throw Invalid(paramName, property, "is required.");
        }

        if (ids.Count == 0 && !allowEmpty)
        {
            throw Invalid(paramName, property, "must contain at least one id.");
        }

        foreach (var id in ids)
        {
            try
            {
                ClayArgument.ThrowIfInvalidId(id, paramName);
            }
            catch (ArgumentException ex)
            {
                throw Invalid(paramName, property, "holds an invalid id: " + ex.Message.Split(" (Parameter", 2)[0]);
            }
        }
    }

    public static void RequireText(string? value, string paramName, string property)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw Invalid(paramName, property, "must not be empty or whitespace.");
        }
    }

    public static void RequireCells(IDictionary<string, object?>? cells, string paramName, string property)
    {
        if (cells is null)
        {
            throw Invalid(paramName, property, "is required.");
        }

        foreach (var (fieldId, value) in cells)
        {
            if (string.IsNullOrWhiteSpace(fieldId) || fieldId.Any(c => c is '/' or '?' or '#' || char.IsControl(c)))
            {
                throw Invalid(paramName, property, $"has an invalid field id '{fieldId}'.");
            }

            // Clay rejects {"value": ...} objects with INVALID_VALUE: cells are written as plain scalars.
            if (IsValueWrapper(value))
            {
                throw Invalid(paramName, property, $"['{fieldId}'] is a {{\"value\": ...}} object; write the plain value instead.");
            }

            if (LengthOf(value) is var length and > ClayLimits.MaxCellLength)
            {
                throw Invalid(
                    paramName,
                    property,
                    string.Create(System.Globalization.CultureInfo.InvariantCulture, $"['{fieldId}'] holds {length:N0} characters; a cell may hold at most ClayLimits.MaxCellLength = {ClayLimits.MaxCellLength:N0}."));
            }
        }
    }

    // Plain field types whose data type Clay requires (a text field without it gets 400 "Missing data type settings").
    private static readonly HashSet<string> PlainFieldTypes = new(StringComparer.Ordinal)
    {
        "text", "number", "email", "url", "date", "boolean", "select", "currency", "image",
    };

    public static void RequireFieldSettings(string? type, FieldTypeSettings? settings, string paramName, string property)
    {
        if (type is not null && PlainFieldTypes.Contains(type) && string.IsNullOrWhiteSpace(settings?.DataTypeSettings?.Type))
        {
            throw Invalid(paramName, $"{property}.{nameof(FieldTypeSettings.DataTypeSettings)}", $"is required for a '{type}' field (Clay answers 400 \"Missing data type settings\"); FieldDefinitions.Plain sets it.");
        }

        if (string.Equals(type, "action", StringComparison.Ordinal))
        {
            if (settings is null)
            {
                throw Invalid(paramName, property, "is required for an action (enrichment) field.");
            }

            RequireText(settings.ActionKey, paramName, $"{property}.{nameof(FieldTypeSettings.ActionKey)}");
            RequireText(settings.ActionPackageId, paramName, $"{property}.{nameof(FieldTypeSettings.ActionPackageId)}");
            if (settings.InputsBinding is null || settings.InputsBinding.Count == 0)
            {
                throw Invalid(paramName, $"{property}.{nameof(FieldTypeSettings.InputsBinding)}", "must bind at least one input of the action.");
            }
        }

        if (string.Equals(type, "source", StringComparison.Ordinal))
        {
            RequireIds(settings?.SourceIds, paramName, $"{property}.{nameof(FieldTypeSettings.SourceIds)}");
        }

        if (settings?.InputsBinding is { } inputs)
        {
            var index = 0;
            foreach (var input in inputs)
            {
                if (input is null)
                {
                    throw Invalid(paramName, $"{property}.{nameof(FieldTypeSettings.InputsBinding)}[{index}]", "is null.");
                }

                RequireText(input.Name, paramName, $"{property}.{nameof(FieldTypeSettings.InputsBinding)}[{index}].{nameof(InputBinding.Name)}");
                index++;
            }
        }
    }

    /// <summary>
    /// A batch of records as every records body takes it: at least one, at most
    /// <see cref="ClayLimits.MaxRecordsPerRequest"/>, none null; <paramref name="each"/> checks one record,
    /// given its path (<c>Records[3]</c>) for the message.
    /// </summary>
    public static void RequireRecords<T>(List<T>? records, string paramName, string whenEmpty, string whenTooMany, Action<T, string> each)
        where T : class
    {
        const string property = "Records";
        if (records is not null)
        {
            RequireAtMost(records.Count, ClayLimits.MaxRecordsPerRequest, nameof(ClayLimits.MaxRecordsPerRequest), paramName, property, "records", whenTooMany);
        }

        RequireItems(records, paramName, property, whenEmpty, each);
    }

    /// <summary>
    /// A list property that needs at least one item and no null one; <paramref name="each"/> checks one
    /// item, given its path (<c>Property[3]</c>) for the message.
    /// </summary>
    public static void RequireItems<T>(List<T>? items, string paramName, string property, string whenEmpty, Action<T, string> each)
        where T : class
    {
        if (items is null || items.Count == 0)
        {
            throw Invalid(paramName, property, whenEmpty);
        }

        for (var i = 0; i < items.Count; i++)
        {
            var path = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{property}[{i}]");
            each(items[i] ?? throw Invalid(paramName, path, "is null."), path);
        }
    }

    public static void RequireAtMost(int count, int limit, string limitName, string paramName, string property, string what, string advice)
    {
        if (count > limit)
        {
            throw Invalid(
                paramName,
                property,
                string.Create(System.Globalization.CultureInfo.InvariantCulture, $"holds {count:N0} {what}; one request may carry at most ClayLimits.{limitName} = {limit:N0}. {advice}"));
        }
    }

    // Strings are measured as they are; objects and lists by their JSON text; numbers and flags are small.
    private static long LengthOf(object? value) => value switch
    {
        null => 0,
        string text => text.Length,
        Newtonsoft.Json.Linq.JValue { Value: string text } => text.Length,
        Newtonsoft.Json.Linq.JToken token => token.ToString(Newtonsoft.Json.Formatting.None).Length,
        IConvertible => 0,
        _ => Newtonsoft.Json.JsonConvert.SerializeObject(value).Length,
    };

    private static bool IsValueWrapper(object? value) => value switch
    {
        Newtonsoft.Json.Linq.JObject json => json.ContainsKey("value"),
        IDictionary<string, object?> map => map.ContainsKey("value"),
        Cell => true,
        _ => false,
    };
}
