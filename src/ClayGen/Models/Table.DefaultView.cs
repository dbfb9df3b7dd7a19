namespace ClayGen;

public partial class Table
{
    /// <summary>
    /// The view to use when none is named: <see cref="FirstViewId"/>, else the first of <see cref="Views"/>,
    /// else the first of <see cref="GridViews"/> (Clay sends one shape or another).
    /// </summary>
    /// <exception cref="InvalidOperationException">Clay sent the table without any view.</exception>
    [Newtonsoft.Json.JsonIgnore]
    public string DefaultViewId =>
        FirstViewId ?? Views?.FirstOrDefault()?.Id ?? GridViews?.FirstOrDefault()?.Id
        ?? throw new InvalidOperationException($"Clay sent table {Id} without a view; read it again, or name the view.");
}
