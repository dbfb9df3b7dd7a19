namespace ClayGen;

public partial class TablesClient
{
    /// <summary>The clock of waits and polls; <see cref="ClayClient"/> sets it from <see cref="ClayClientOptions.TimeProvider"/>.</summary>
    internal TimeProvider Clock { get; set; } = TimeProvider.System;
}
