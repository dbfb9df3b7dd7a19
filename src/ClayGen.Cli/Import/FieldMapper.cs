using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using ClayGen.Cli.Infrastructure;

namespace ClayGen.Cli.Import;

/// <summary>
/// Maps columns (CSV) or keys (JSON Lines) to the table's fields: <c>--map name=f_abc</c> first, then a
/// column named after a field id, then one named after a field (case-insensitive). Columns starting
/// with <c>claygen:</c> (the failed file's notes) are ignored. Values are converted for number and
/// checkbox fields; an empty value leaves the cell out.
/// </summary>
internal sealed class FieldMapper
{
    /// <summary>The prefix of the columns the failed file adds; never mapped.</summary>
    public const string NotePrefix = "claygen:";

    private readonly Dictionary<string, TableField> _fieldsById;
    private readonly Dictionary<string, TableField> _fieldsByName;
    private readonly IReadOnlyDictionary<string, string> _maps;
    private readonly bool _ignoreUnmapped;
    private readonly List<(int Column, string Name, TableField Field)> _columns = [];

    private FieldMapper(Table table, IReadOnlyDictionary<string, string> maps, bool ignoreUnmapped)
    {
        var fields = (table.Fields ?? []).Where(f => !string.IsNullOrEmpty(f?.Id)).ToList();
        _fieldsById = fields.ToDictionary(f => f.Id!, StringComparer.Ordinal);
        _fieldsByName = fields
            .Where(f => !string.IsNullOrWhiteSpace(f.Name))
            .GroupBy(f => f.Name!.Trim(), StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Count() == 1)
            .ToDictionary(g => g.Key, g => g.Single(), StringComparer.OrdinalIgnoreCase);
        _maps = maps;
        _ignoreUnmapped = ignoreUnmapped;
        foreach (var (name, fieldId) in maps)
        {
            if (!_fieldsById.ContainsKey(fieldId))
            {
                throw new CliUsageException($"--map {name}={fieldId}: table {table.Id} has no field {fieldId} (`clay tables get {table.Id}` lists them).");
            }
        }
    }

    /// <summary>What the resume file records, so a resume maps the same way: column (or key) to field id.</summary>
    public SortedDictionary<string, string> Mapping { get; } = new(StringComparer.Ordinal);

    public static FieldMapper ForColumns(IReadOnlyList<string> columns, Table table, IReadOnlyDictionary<string, string> maps, bool ignoreUnmapped, string file)
    {
        var mapper = new FieldMapper(table, maps, ignoreUnmapped);
        foreach (var name in maps.Keys.Where(name => !columns.Contains(name, StringComparer.Ordinal)))
        {
            throw new CliUsageException($"--map {name}=...: {file} has no column '{name}' (its columns: {string.Join(", ", columns)}).");
        }

        var unmapped = new List<string>();
        for (var i = 0; i < columns.Count; i++)
        {
            var name = columns[i];
            if (name.StartsWith(NotePrefix, StringComparison.Ordinal))
            {
                continue;
            }

            if (mapper.Resolve(name) is { } field)
            {
                if (mapper._columns.FirstOrDefault(c => c.Field.Id == field.Id) is { Name: { } other })
                {
                    throw new CliUsageException($"Columns '{other}' and '{name}' both map to field {field.Id}; map one elsewhere with --map or drop it.");
                }

                mapper._columns.Add((i, name, field));
                mapper.Mapping[name] = field.Id!;
            }
            else
            {
                unmapped.Add(name);
            }
        }

        if (unmapped.Count > 0 && !ignoreUnmapped)
        {
            throw new CliUsageException(
                $"{(unmapped.Count == 1 ? "Column" : "Columns")} {string.Join(", ", unmapped.Select(c => $"'{c}'"))} of {file} " +
                $"{(unmapped.Count == 1 ? "matches" : "match")} no field of table {table.Id}: map with --map '{unmapped[0]}=f_...', " +
                "or leave them out with --ignore-unmapped.");
        }

        if (mapper._columns.Count == 0)
        {
            throw new CliUsageException($"No column of {file} maps to a field of table {table.Id}: name the columns after field ids or names, or use --map.");
        }

        return mapper;
    }

    public static FieldMapper ForKeys(Table table, IReadOnlyDictionary<string, string> maps, bool ignoreUnmapped)
    {
        var mapper = new FieldMapper(table, maps, ignoreUnmapped);
        foreach (var (name, fieldId) in maps)
        {
            mapper.Mapping[name] = fieldId;
        }

        return mapper;
    }

    /// <summary>The row's cells, or why the row cannot be sent.</summary>
    public Dictionary<string, object?>? Map(SourceRow row, out string? problem)
    {
        problem = row.Problem;
        if (problem is not null)
        {
            return null;
        }

        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (row.Fields is { } fields)
        {
            foreach (var (column, name, field) in _columns)
            {
                var text = column < fields.Length ? fields[column] : string.Empty;
                if (text.Length > 0 && !TryAdd(result, name, field, text, out problem))
                {
                    return null;
                }
            }

            return result;
        }

        foreach (var (key, node) in row.Json ?? [])
        {
            if (key.StartsWith(NotePrefix, StringComparison.Ordinal))
            {
                continue;
            }

            if (Resolve(key) is not { } field)
            {
                if (_ignoreUnmapped)
                {
                    continue;
                }

                problem = $"key '{key}' matches no field of the table (map it with --map '{key}=f_...', or pass --ignore-unmapped)";
                return null;
            }

            if (!TryAddJson(result, key, field, node, out problem))
            {
                return null;
            }
        }

        return result;
    }

    private TableField? Resolve(string name)
    {
        if (_maps.TryGetValue(name, out var mapped))
        {
            return _fieldsById[mapped];
        }

        return _fieldsById.GetValueOrDefault(name) ?? _fieldsByName.GetValueOrDefault(name.Trim());
    }

    private static bool TryAdd(Dictionary<string, object?> row, string name, TableField field, string text, out string? problem)
    {
        problem = null;
        switch (field.Type?.ToLowerInvariant())
        {
            case "number" or "currency" or "percent":
                if (long.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole))
                {
                    row[field.Id!] = whole;
                }
                else if (double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number))
                {
                    row[field.Id!] = number;
                }
                else
                {
                    problem = $"{Label(name, field)} is a number field, and '{Shorten(text)}' is not a number";
                    return false;
                }

                return true;
            case "checkbox" or "boolean":
                bool? flag = text.Trim().ToLowerInvariant() switch
                {
                    "true" or "yes" or "y" or "1" => true,
                    "false" or "no" or "n" or "0" => false,
                    _ => null,
                };
                if (flag is null)
                {
                    problem = $"{Label(name, field)} is a checkbox field, and '{Shorten(text)}' is not true or false";
                    return false;
                }

                row[field.Id!] = flag;
                return true;
            default:
                row[field.Id!] = text;
                return true;
        }
    }

    private static bool TryAddJson(Dictionary<string, object?> row, string key, TableField field, JsonNode? node, out string? problem)
    {
        problem = null;
        switch (node)
        {
            case null:
                return true;
            case JsonValue value when value.GetValueKind() == JsonValueKind.String:
                var text = value.GetValue<string>();
                return text.Length == 0 || TryAdd(row, key, field, text, out problem);
            case JsonValue value when value.GetValueKind() == JsonValueKind.Number:
                // Cast first: a conditional of long and double would make every whole number a double.
                row[field.Id!] = value.TryGetValue<long>(out var whole) ? (object)whole : value.GetValue<double>();
                return true;
            case JsonValue value when value.GetValueKind() is JsonValueKind.True or JsonValueKind.False:
                row[field.Id!] = value.GetValue<bool>();
                return true;
            case JsonArray array when array.All(item => item is null or JsonValue):
                row[field.Id!] = array.Select(item => item?.GetValueKind() switch
                {
                    JsonValueKind.String => (object?)item.GetValue<string>(),
                    JsonValueKind.Number => item.AsValue().TryGetValue<long>(out var n) ? (object)n : item.GetValue<double>(),
                    JsonValueKind.True or JsonValueKind.False => item.GetValue<bool>(),
                    _ => null,
                }).ToList();
                return true;
            default:
                problem = $"'{key}' holds a JSON object; a cell holds a plain value";
                return false;
        }
    }

    private static string Label(string column, TableField field) =>
        column == field.Id ? $"{field.Name} ({field.Id})"
        : string.Equals(column.Trim(), field.Name?.Trim(), StringComparison.OrdinalIgnoreCase) ? $"'{column}' ({field.Id})"
        : $"'{column}' ({field.Name}, {field.Id})";

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "...";
}
