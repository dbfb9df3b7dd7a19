namespace ClayGen;

public partial class ExportJob
{
    /// <summary>
    /// The link to the file once the job is done: <see cref="DownloadUrl"/>, else <see cref="Url"/>, else
    /// <see cref="UploadedFilePath"/> when it is a full URL (sources disagree on which field Clay fills).
    /// </summary>
    [Newtonsoft.Json.JsonIgnore]
    public Uri? FileUrl =>
        new[] { DownloadUrl, Url, UploadedFilePath }
            .Select(link => Uri.TryCreate(link, UriKind.Absolute, out var uri) && (string.Equals(uri.Scheme, Uri.UriSchemeHttps, StringComparison.Ordinal) || string.Equals(uri.Scheme, Uri.UriSchemeHttp, StringComparison.Ordinal)) ? uri : null)
            .FirstOrDefault(uri => uri is not null);

    /// <summary>Whether the job failed (<c>FAILED</c>, or any status with "FAIL" or "ERROR" in it).</summary>
    [Newtonsoft.Json.JsonIgnore]
    public bool HasFailed =>
        Status is { } status && (status.Contains("FAIL", StringComparison.OrdinalIgnoreCase) || status.Contains("ERROR", StringComparison.OrdinalIgnoreCase));

    /// <summary>Whether the file is ready: a link is there and the job did not fail.</summary>
    [Newtonsoft.Json.JsonIgnore]
    public bool IsReady => !HasFailed && FileUrl is not null;
}
