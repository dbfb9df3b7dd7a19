namespace ClayGen;

public partial class Record
{
    /// <summary>
    /// The cell of a field, typed (<see cref="ClayCell.AsText"/>, <see cref="ClayCell.AsDecimal"/>,
    /// <see cref="ClayCell.AsBoolean"/>, <see cref="ClayCell.Status"/>, <see cref="ClayCell.FullValue"/>). Never
    /// <see langword="null"/>: a cell the record lacks has <see cref="ClayCell.Exists"/> false.
    /// </summary>
    /// <param name="fieldId">The field (<c>f_...</c>).</param>
    public ClayCell GetCell(string fieldId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fieldId);
        return new ClayCell(fieldId, Cells is not null && Cells.TryGetValue(fieldId, out var cell) ? cell : null);
    }
}
