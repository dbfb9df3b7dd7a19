namespace ClayGen;

public partial class ExportsClient
{
    /// <summary>The clock of export polls; <see cref="ClayClient"/> sets it from <see cref="ClayClientOptions.TimeProvider"/>.</summary>
    internal TimeProvider Clock { get; set; } = TimeProvider.System;
}
