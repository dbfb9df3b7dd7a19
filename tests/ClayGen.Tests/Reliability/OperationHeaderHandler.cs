using System.Globalization;

namespace ClayGen.Tests.Reliability;

/// <summary>Tags every request, logins included, with the operation whose call sent it (<see cref="AttemptTimeoutSwitch.Operation"/>), so a test server can tell calls apart.</summary>
internal sealed class OperationHeaderHandler(HttpMessageHandler inner) : DelegatingHandler(inner)
{
    public const string Header = "X-Test-Operation";

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Headers.Remove(Header);
        if (AttemptTimeoutSwitch.Operation is { } operation)
        {
            request.Headers.TryAddWithoutValidation(Header, operation.ToString(CultureInfo.InvariantCulture));
        }

        return base.SendAsync(request, cancellationToken);
    }
}
