using System.Globalization;
using Spectre.Console;
using SpectreTable = Spectre.Console.Table;

namespace ClayGen.Cli.Infrastructure;

/// <summary>Plain-text tables for human output (values are never read as markup).</summary>
internal static class CliTable
{
    public static SpectreTable Create(params string[] columns)
    {
        var table = new SpectreTable().Border(TableBorder.Rounded);
        foreach (var column in columns)
        {
            table.AddColumn(new TableColumn(new Text(column, new Style(decoration: Decoration.Bold))));
        }

        return table;
    }

    public static SpectreTable AddValues(this SpectreTable table, params object?[] values)
    {
        table.AddRow([.. values.Select(v => new Text(Format(v)))]);
        return table;
    }

    public static string Format(object? value) => value switch
    {
        null => string.Empty,
        bool flag => flag ? "yes" : "no",
        double number => number.ToString("#,0.##", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
