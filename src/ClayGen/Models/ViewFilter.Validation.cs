namespace ClayGen;

public partial class ViewFilter : IClayValidatable
{
    void IClayValidatable.Validate(string paramName)
    {
        ClayValidation.RequireText(CombinationMode, paramName, nameof(CombinationMode));

        // An empty list is how a filter is cleared; a missing one is a mistake.
        if (Items is null)
        {
            throw ClayValidation.Invalid(paramName, nameof(Items), "is required (an empty list clears the filter).");
        }

        for (var i = 0; i < Items.Count; i++)
        {
            var item = Items[i] ?? throw ClayValidation.Invalid(paramName, $"{nameof(Items)}[{i}]", "is null.");
            ClayValidation.RequireText(item.FieldId, paramName, $"{nameof(Items)}[{i}].{nameof(ViewFilterItem.FieldId)}");
            ClayValidation.RequireText(item.Type, paramName, $"{nameof(Items)}[{i}].{nameof(ViewFilterItem.Type)}");
        }
    }
}
