namespace ClayGen;

public partial class SourcesClient
{
    /// <summary>The clock of webhook pacing; <see cref="ClayClient"/> sets it from <see cref="ClayClientOptions.TimeProvider"/>.</summary>
    internal TimeProvider Clock { get; set; } = TimeProvider.System;
}
