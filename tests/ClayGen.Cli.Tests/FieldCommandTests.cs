using System.Text.Json.Nodes;

namespace ClayGen.Cli.Tests;

public sealed class FieldCommandTests
{
    [Fact]
    public async Task FieldsAddCreatesAPlainColumnOfTheGivenType()
    {
        await using var cli = await CliHarness.StartAsync();
        var tableId = cli.Sandbox.TableId;

        var result = await cli.RunAsync("fields", "add", tableId, "--name", "Revenue", "--type", "number", "--json");
        var table = await cli.RunAsync("tables", "get", tableId, "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        var fieldId = result.Json["id"]!.GetValue<string>();
        var field = table.Json["fields"]!.AsArray().Single(f => f!["id"]!.GetValue<string>() == fieldId)!;
        Assert.Equal("Revenue", field["name"]!.GetValue<string>());
        Assert.Equal("number", field["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task FieldsAddCreatesAnEnrichmentColumnBoundToItsInputs()
    {
        await using var cli = await CliHarness.StartAsync();
        var (tableId, domain) = (cli.Sandbox.TableId, cli.Sandbox.FieldIds[1]);

        var result = await cli.RunAsync(
            "fields", "add", tableId, "--name", "Work email", "--action", InstantSandbox.EnrichAction, "--package", InstantSandbox.ClearbitPackageId,
            "--input", $"domain={domain}", "--run-when", domain, "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("action", result.Json["type"]!.GetValue<string>());
        var settings = result.Json["typeSettings"]!;
        Assert.Equal(InstantSandbox.EnrichAction, settings["actionKey"]!.GetValue<string>());
        var binding = Assert.Single(settings["inputsBinding"]!.AsArray())!;
        Assert.Equal("domain", binding["name"]!.GetValue<string>());
        Assert.Equal("{{" + domain + "}}", binding["formulaText"]!.GetValue<string>());
        Assert.Equal("!!{{" + domain + "}}", settings["conditionalRunFormulaText"]!.GetValue<string>());
    }

    [Fact]
    public async Task FieldsAddWaterfallCreatesOneColumnTryingEachStepInOrder()
    {
        await using var cli = await CliHarness.StartAsync();
        var (tableId, domain) = (cli.Sandbox.TableId, cli.Sandbox.FieldIds[1]);

        var result = await cli.RunAsync(
            "fields", "add-waterfall", tableId, "--name", "Work email", "--step", $"{InstantSandbox.EnrichAction}@{InstantSandbox.ClearbitPackageId}",
            "--step", "second-provider@p-2", "--input", $"domain={domain}", "--attribute", "email", "--json");
        var table = await cli.RunAsync("tables", "get", tableId, "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        var group = Assert.Single(result.Json["fieldGroupMap"]!.AsObject()).Value!;
        var fieldId = Assert.Single(group["fieldIds"]!.AsArray())!.GetValue<string>();
        var field = table.Json["fields"]!.AsArray().Single(f => f!["id"]!.GetValue<string>() == fieldId)!;
        Assert.Equal("Work email", field["name"]!.GetValue<string>());
        var steps = field["typeSettings"]!["waterfallConfigs"]!.AsArray();
        Assert.Equal([InstantSandbox.EnrichAction, "second-provider"], steps.Select(s => s!["actionKey"]!.GetValue<string>()));
        Assert.All(steps, s => Assert.Equal(("email", "{{" + domain + "}}"), (s!["attributePath"]!.GetValue<string>(), s["inputsBinding"]![0]!["formulaText"]!.GetValue<string>())));
    }

    [Theory]
    [InlineData("find-email", true, "expected <action-key>@<package-id>")]
    [InlineData("@p-1", true, "expected <action-key>@<package-id>")]
    [InlineData("find-email@p-1", false, "at least one --input")]
    public async Task FieldsAddWaterfallRefusesBadStepsOrNoInputsBeforeSendingAnything(string step, bool withInput, string expected)
    {
        await using var cli = await CliHarness.StartAsync();
        string[] args = ["fields", "add-waterfall", cli.Sandbox.TableId, "--name", "Work email", "--step", step];
        if (withInput)
        {
            args = [.. args, "--input", $"domain={cli.Sandbox.FieldIds[1]}"];
        }

        var result = await cli.RunAsync(args);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(expected, Assert.Single(result.ErrorLines), StringComparison.Ordinal);
        Assert.DoesNotContain(cli.Sandbox.Requests, r => r.Path.EndsWith("/waterfall/v2", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("--input domain", "expected <input-name>=<field-id>")]
    [InlineData("--input domain=Domain", "is not a field id")]
    [InlineData("--input =f_abc", "expected <input-name>=<field-id>")]
    [InlineData("", "at least one --input")]
    public async Task FieldsAddRefusesBadInputSyntaxBeforeSendingAnything(string input, string expected)
    {
        await using var cli = await CliHarness.StartAsync();
        string[] args = ["fields", "add", cli.Sandbox.TableId, "--name", "Work email", "--action", InstantSandbox.EnrichAction, "--package", InstantSandbox.ClearbitPackageId];
        args = [.. args, .. input.Split(' ', StringSplitOptions.RemoveEmptyEntries)];

        var result = await cli.RunAsync(args);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(expected, Assert.Single(result.ErrorLines), StringComparison.Ordinal);
        Assert.DoesNotContain(cli.Sandbox.Requests, r => r.Path.EndsWith("/fields", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("add", "--action")]
    [InlineData("add-waterfall", "--step")]
    public async Task An_input_id_the_client_refuses_is_told_as_a_usage_error_on_the_option(string command, string actionOption)
    {
        await using var cli = await CliHarness.StartAsync();
        var action = command == "add" ? InstantSandbox.EnrichAction : $"{InstantSandbox.EnrichAction}@{InstantSandbox.ClearbitPackageId}";
        string[] args = ["fields", command, cli.Sandbox.TableId, "--name", "Work email", actionOption, action, "--input", "domain=f_a/b"];
        if (command == "add")
        {
            args = [.. args, "--package", InstantSandbox.ClearbitPackageId];
        }

        var result = await cli.RunAsync(args);

        Assert.Equal(2, result.ExitCode);
        var error = Assert.Single(result.ErrorLines);
        Assert.Contains("--input: ", error, StringComparison.Ordinal);
        Assert.DoesNotContain("(Parameter", error, StringComparison.Ordinal);
        Assert.DoesNotContain(cli.Sandbox.Requests, r => r.Path.EndsWith("/fields", StringComparison.Ordinal) || r.Path.EndsWith("/waterfall/v2", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("--type", "money", "is not a column type")]
    [InlineData("--input", "domain=f_abc", "add --action")]
    [InlineData("--package", "p", "add --action")]
    public async Task FieldsAddRefusesOptionsThatDoNotFitAPlainColumn(string option, string value, string expected)
    {
        await using var cli = await CliHarness.StartAsync();

        var result = await cli.RunAsync("fields", "add", cli.Sandbox.TableId, "--name", "X", option, value);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(expected, Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FieldsUpdateRenamesAndChangesSettings()
    {
        await using var cli = await CliHarness.StartAsync();
        var (tableId, fieldId) = (cli.Sandbox.TableId, cli.Sandbox.FieldIds[2]);

        var result = await cli.RunAsync(
            "fields", "update", tableId, fieldId, "--name", "Headcount", "--settings-json", """{"dataTypeSettings":{"type":"number"}}""", "--json");
        var table = await cli.RunAsync("tables", "get", tableId, "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        var field = table.Json["fields"]!.AsArray().Single(f => f!["id"]!.GetValue<string>() == fieldId)!;
        Assert.Equal("Headcount", field["name"]!.GetValue<string>());
        var patch = cli.Sandbox.Requests.Single(r => r.Method == "PATCH" && r.Path.EndsWith(fieldId, StringComparison.Ordinal));
        Assert.Equal("number", JsonNode.Parse(patch.Body!)!["typeSettings"]!["dataTypeSettings"]!["type"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("--settings-json", "{not json", "is not valid JSON")]
    [InlineData("--settings-json", "[1]", "must be a JSON object")]
    public async Task FieldsUpdateRefusesBadSettings(string option, string value, string expected)
    {
        await using var cli = await CliHarness.StartAsync();

        var result = await cli.RunAsync("fields", "update", cli.Sandbox.TableId, cli.Sandbox.FieldIds[0], option, value);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(expected, Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FieldsUpdateWithNothingToChangeIsRefused()
    {
        await using var cli = await CliHarness.StartAsync();

        var result = await cli.RunAsync("fields", "update", cli.Sandbox.TableId, cli.Sandbox.FieldIds[0]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Nothing to change", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FieldsDeleteRemovesTheColumn()
    {
        await using var cli = await CliHarness.StartAsync();
        var (tableId, fieldId) = (cli.Sandbox.TableId, cli.Sandbox.FieldIds[2]);

        var result = await cli.RunAsync("fields", "delete", tableId, fieldId, "--json");
        var table = await cli.RunAsync("tables", "get", tableId, "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(fieldId, result.Json["deleted"]!.GetValue<string>());
        Assert.DoesNotContain(table.Json["fields"]!.AsArray(), f => f!["id"]!.GetValue<string>() == fieldId);
    }

    [Theory]
    [InlineData("update", "--name", "X")]
    [InlineData("delete")]
    public async Task AnUnknownFieldIsAClearErrorWithExitCodeOne(params string[] command)
    {
        await using var cli = await CliHarness.StartAsync();

        var result = await cli.RunAsync(["fields", command[0], cli.Sandbox.TableId, "f_nope", .. command[1..]]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Field f_nope was not found", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }
}
