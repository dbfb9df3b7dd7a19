namespace ClayGen;

public partial class RecordIdList
{
    /// <summary>The placeholder entry Clay can put in the list; it is not a record id.</summary>
    public const string SearchPlaceholder = "search";

    /// <summary>The record ids, without Clay's <c>"search"</c> placeholder.</summary>
    [Newtonsoft.Json.JsonIgnore]
    public IReadOnlyList<string> RecordIds =>
        Results is null ? [] : Results.Where(id => !IsPlaceholder(id)).ToList();

    /// <summary>Whether an entry of <see cref="Results"/> is a placeholder rather than a record id.</summary>
    /// <param name="id">The entry.</param>
    public static bool IsPlaceholder(string? id) =>
        string.IsNullOrEmpty(id) || string.Equals(id, SearchPlaceholder, StringComparison.Ordinal);
}
