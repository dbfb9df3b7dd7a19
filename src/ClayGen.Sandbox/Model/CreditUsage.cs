namespace ClayGen.Sandbox.Model;

/// <summary>
/// One seeded slice of spend: a table's credits for one owner and one integration. Reports sum the
/// slices that survive the filters, so every filter visibly changes the totals.
/// </summary>
internal sealed record CreditUsage(
    CreditEntity Table,
    CreditEntity? Workbook,
    CreditEntity? Folder,
    int OwnerId,
    string IntegrationId,
    double Credits,
    int ActionExecutions,
    bool IsRecurring);
