namespace ClayGen;

public partial class RunRecords
{
    /// <summary>Runs the first <paramref name="count"/> rows of a view.</summary>
    /// <param name="viewId">The view (<c>gv_...</c>).</param>
    /// <param name="count">How many rows, from the top.</param>
    public static RunRecords TopOfView(string viewId, int count)
    {
        ClayArgument.ThrowIfInvalidId(viewId, nameof(viewId));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        return new RunRecords { ViewIdTopRecords = new ViewTopRecords { ViewId = viewId, NumRecords = count } };
    }

    /// <summary>Runs every row of a view.</summary>
    /// <param name="viewId">The view (<c>gv_...</c>).</param>
    public static RunRecords WholeView(string viewId)
    {
        ClayArgument.ThrowIfInvalidId(viewId, nameof(viewId));
        return new RunRecords { ViewIdTopRecords = new ViewTopRecords { ViewId = viewId } };
    }

    /// <summary>Runs the given rows.</summary>
    /// <param name="recordIds">The rows (<c>r_...</c>).</param>
    public static RunRecords ForRecords(IEnumerable<string> recordIds)
    {
        var ids = recordIds?.ToList()!;
        ClayArgument.ThrowIfInvalidIds(ids, nameof(recordIds));
        return new RunRecords { RecordIds = ids };
    }
}
