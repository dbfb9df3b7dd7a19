using System.Globalization;
using System.Text;
using ClayGen.Sandbox;

namespace ClayGen.Cli.Tests;

/// <summary>Input files for import tests: company rows with unique names, so duplicates show.</summary>
internal static class ImportFiles
{
    /// <summary>A CSV whose header names the sandbox table's fields by id.</summary>
    public static string Companies(ClaySandbox sandbox, int rows)
    {
        var text = new StringBuilder();
        text.Append(sandbox.FieldIds[0]).Append(',').Append(sandbox.FieldIds[1]).Append(',').Append(sandbox.FieldIds[2]).Append('\n');
        for (var i = 0; i < rows; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"Company {i:D5},company{i}.example.com,{i % 500}\n");
        }

        return text.ToString();
    }

    public static string Name(int row) => $"Company {row:D5}";
}
