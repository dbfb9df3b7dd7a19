using System.Text.RegularExpressions;

namespace ClayGen.Cli.Infrastructure;

/// <summary>Turns any failure into one line on standard error and an exit code; never a stack trace (unless CLAY_DEBUG is set).</summary>
internal static partial class ErrorReporter
{
    /// <summary>Reports a failure on standard error: one line, or under <c>--json</c> one JSON object.</summary>
    public static int Report(ClayCliEnvironment environment, Exception exception, CancellationToken cancellationToken, bool json = false)
    {
        var (message, code) = Describe(exception, cancellationToken);
        if (json)
        {
            var api = exception as ClayApiException;
            WriteJson(environment, message, code, exception is CliUsageException ? "usage" : exception.GetType().Name, api);
        }
        else
        {
            environment.Error.WriteLine(OneLine(message));
        }

        if (environment.GetVariable("CLAY_DEBUG") is not null)
        {
            environment.Error.WriteLine(exception.ToString());
        }

        return code;
    }

    /// <summary>Reports a command line that does not parse.</summary>
    public static int ReportUsage(ClayCliEnvironment environment, string message, bool json)
    {
        if (json)
        {
            WriteJson(environment, "error: " + message, CliExitCodes.Usage, "usage", null);
        }
        else
        {
            environment.Error.WriteLine(OneLine("error: " + message));
        }

        return CliExitCodes.Usage;
    }

    // Standard error keeps errors apart from results, in JSON too: a script reads the result from
    // standard output, and on a non-zero exit code the error object from standard error.
    private static void WriteJson(ClayCliEnvironment environment, string message, int code, string kind, ClayApiException? api)
    {
        var error = new System.Text.Json.Nodes.JsonObject
        {
            ["message"] = OneLine(message.StartsWith("error: ", StringComparison.Ordinal) ? message["error: ".Length..] : message),
            ["kind"] = kind,
            ["exitCode"] = code,
        };
        if (api is not null)
        {
            error["status"] = api.StatusCode;
            error["operationId"] = api.OperationId;
        }

        environment.Error.WriteLine(new System.Text.Json.Nodes.JsonObject { ["error"] = error }.ToJsonString());
    }

    public static string OneLine(string text) => Whitespace().Replace(text, " ").Trim();

    internal static (string Message, int Code) Describe(Exception exception, CancellationToken cancellationToken) => exception switch
    {
        OperationCanceledException when cancellationToken.IsCancellationRequested => ("Cancelled.", CliExitCodes.Interrupted),
        CliUsageException usage => ("error: " + usage.Message, CliExitCodes.Usage),
        ClayAuthenticationException { OperationId: "login" } login => ("error: " + login.Message, CliExitCodes.Failure),
        ClayAuthenticationException { ApiKeyRefused: true } key => ("error: " + DescribeRefusedKey(key), CliExitCodes.Failure),
        ClayAuthenticationException auth => ("error: " + DescribeAuthentication(auth), CliExitCodes.Failure),
        ClayApiException api => ("error: " + api.Message, CliExitCodes.Failure),
        ArgumentException argument => ("error: " + WithoutParameterName(argument), CliExitCodes.Usage),
        FileNotFoundException missing => ($"error: cannot read {missing.FileName ?? "the file"}: no such file.", CliExitCodes.Failure),
        DirectoryNotFoundException directory => ("error: " + directory.Message, CliExitCodes.Failure),
        IOException or UnauthorizedAccessException => ("error: " + exception.Message, CliExitCodes.Failure),
        _ => ($"error: unexpected {exception.GetType().Name}: {exception.Message} (set CLAY_DEBUG=1 for details)", CliExitCodes.Failure),
    };

    private static string DescribeAuthentication(ClayAuthenticationException auth)
    {
        var request = auth.Method is null ? "the request" : $"{auth.Method} {auth.RequestPath}";
        var status = auth.StatusCode == 0 ? "no session to send" : $"{auth.StatusCode}";
        var clay = string.IsNullOrWhiteSpace(auth.ClayMessage) ? string.Empty : $" Clay said: {auth.ClayMessage.TrimEnd('.')}.";
        return $"Clay refused {request} ({status}): the session is missing, expired or invalid.{clay} " +
            "Run `clay login`, pass --session, or set CLAY_SESSION.";
    }

    private static string DescribeRefusedKey(ClayAuthenticationException auth)
    {
        var clay = string.IsNullOrWhiteSpace(auth.ClayMessage) ? string.Empty : $" Clay said: {auth.ClayMessage.TrimEnd('.')}.";
        return $"Clay refused {auth.Method} {auth.RequestPath} ({auth.StatusCode}): the API key is wrong, revoked or not allowed this call.{clay} " +
            "Check CLAY_API_KEY, or run `clay login --api-key` again.";
    }

    private static string WithoutParameterName(ArgumentException argument)
    {
        var message = ArgumentMessages.WithoutParameter(argument);
        return string.IsNullOrEmpty(argument.ParamName) ? message : $"{argument.ParamName}: {message}";
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
