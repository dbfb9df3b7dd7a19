namespace ClayGen;

/// <summary>
/// Ready-made bodies for <see cref="IFieldsClient.CreateFieldAsync(string, CreateFieldRequest, CancellationToken)"/>,
/// with the settings Clay needs that are easy to forget (a plain field's data type, an enrichment's
/// <c>json</c> data type and <c>{{f_...}}</c> input formulas).
/// </summary>
public static class FieldDefinitions
{
    /// <summary>A plain field: <c>text</c>, <c>number</c>, <c>email</c>, <c>url</c>, <c>date</c>, <c>boolean</c>, <c>select</c>, <c>currency</c> or <c>image</c>.</summary>
    /// <param name="name">The column's name.</param>
    /// <param name="type">The field type, which is also its data type (default <c>text</c>).</param>
    /// <param name="viewId">The view to add it to (<c>gv_...</c>); one source says Clay requires it.</param>
    public static CreateFieldRequest Plain(string name, string type = "text", string? viewId = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(type);
        return new CreateFieldRequest
        {
            Name = name,
            Type = type,
            ActiveViewId = viewId,
            TypeSettings = new FieldTypeSettings { DataTypeSettings = new DataTypeSettings { Type = type } },
        };
    }

    /// <summary>
    /// An enrichment (action) field: runs the action <paramref name="actionKey"/> of package
    /// <paramref name="actionPackageId"/> (see <see cref="IIntegrationsClient.ListActionsAsync(long, CancellationToken)"/>) on each row, with each
    /// input bound to a column. Creating it spends nothing; running it does.
    /// </summary>
    /// <param name="name">The column's name.</param>
    /// <param name="actionKey">The action's key in the catalog.</param>
    /// <param name="actionPackageId">The action's package id.</param>
    /// <param name="inputs">Input name → the field id (<c>f_...</c>) whose value it takes.</param>
    /// <param name="authAccountId">The app account (<c>aa_...</c>) the action runs with, if it needs one.</param>
    /// <param name="viewId">The view to add it to (<c>gv_...</c>).</param>
    /// <param name="runOnlyWhenSet">A field id: rows where it is empty are not run (<c>!!{{f_...}}</c>).</param>
    public static CreateFieldRequest Enrichment(
        string name,
        string actionKey,
        string actionPackageId,
        IReadOnlyDictionary<string, string> inputs,
        string? authAccountId = null,
        string? viewId = null,
        string? runOnlyWhenSet = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(actionKey);
        ArgumentException.ThrowIfNullOrWhiteSpace(actionPackageId);
        ArgumentNullException.ThrowIfNull(inputs);
        if (inputs.Count == 0)
        {
            throw new ArgumentException("An enrichment needs at least one input bound to a field.", nameof(inputs));
        }

        ClayArgument.ThrowIfInvalidIds(inputs.Values, nameof(inputs));
        ClayArgument.ThrowIfInvalidOptionalId(authAccountId, nameof(authAccountId));
        ClayArgument.ThrowIfInvalidOptionalId(runOnlyWhenSet, nameof(runOnlyWhenSet));
        return new CreateFieldRequest
        {
            Name = name,
            Type = "action",
            ActiveViewId = viewId,
            TypeSettings = new FieldTypeSettings
            {
                ActionKey = actionKey,
                ActionPackageId = actionPackageId,
                AuthAccountId = authAccountId,

                // json, as three of four sources send: the output is an object, shown as a preview.
                DataTypeSettings = new DataTypeSettings { Type = "json" },
                InputsBinding = inputs.Select(i => new InputBinding { Name = i.Key, FormulaText = Reference(i.Value) }).ToList(),
                ConditionalRunFormulaText = runOnlyWhenSet is null ? null : "!!" + Reference(runOnlyWhenSet),
            },
        };
    }

    /// <summary>A formula field computed from other fields (reference them as <c>{{f_...}}</c>; names are ignored by Clay).</summary>
    /// <param name="name">The column's name.</param>
    /// <param name="formula">The formula, e.g. <c>{{f_abc}}?.domain</c>.</param>
    /// <param name="dataType">The result's data type (default <c>text</c>).</param>
    /// <param name="viewId">The view to add it to (<c>gv_...</c>).</param>
    public static CreateFieldRequest Formula(string name, string formula, string dataType = "text", string? viewId = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(formula);
        ArgumentException.ThrowIfNullOrWhiteSpace(dataType);
        return new CreateFieldRequest
        {
            Name = name,
            Type = "text",
            ActiveViewId = viewId,
            TypeSettings = new FieldTypeSettings
            {
                FormulaType = dataType,
                FormulaText = formula,
                FormulaPrompt = string.Empty,
                DataTypeSettings = new DataTypeSettings { Type = dataType },
            },
        };
    }

    /// <summary>
    /// A waterfall field for <see cref="IFieldsClient.CreateWaterfallFieldAsync(string, CreateWaterfallFieldRequest, CancellationToken)"/>:
    /// one column that tries each step's action in order until one finds a value. Creating it spends
    /// nothing; running it does.
    /// </summary>
    /// <param name="name">The column's name, also the name of its field group.</param>
    /// <param name="steps">The actions to try, in order (see <see cref="WaterfallStep"/>).</param>
    public static CreateWaterfallFieldRequest Waterfall(string name, params IEnumerable<WaterfallConfig> steps)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(steps);
        var list = steps.ToList();
        if (list.Count == 0 || list.Any(s => s is null))
        {
            throw new ArgumentException("A waterfall needs at least one step, and no step may be null.", nameof(steps));
        }

        return new CreateWaterfallFieldRequest { WaterfallFieldName = name, WaterfallGroupName = name, WaterfallConfigs = list };
    }

    /// <summary>One step of a <see cref="Waterfall"/>: the action <paramref name="actionKey"/> of package <paramref name="actionPackageId"/>, with each input bound to a column.</summary>
    /// <param name="actionKey">The action's key in the catalog.</param>
    /// <param name="actionPackageId">The action's package id.</param>
    /// <param name="inputs">Input name → the field id (<c>f_...</c>) whose value it takes.</param>
    /// <param name="attributePath">The path in the action's answer that holds the value, e.g. <c>email</c>.</param>
    /// <param name="authAccountId">The app account (<c>aa_...</c>) the action runs with; leave it out for Clay's own account.</param>
    public static WaterfallConfig WaterfallStep(
        string actionKey,
        string actionPackageId,
        IReadOnlyDictionary<string, string> inputs,
        string? attributePath = null,
        string? authAccountId = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actionKey);
        ArgumentException.ThrowIfNullOrWhiteSpace(actionPackageId);
        ArgumentNullException.ThrowIfNull(inputs);
        if (inputs.Count == 0)
        {
            throw new ArgumentException("A waterfall step needs at least one input bound to a field.", nameof(inputs));
        }

        ClayArgument.ThrowIfInvalidIds(inputs.Values, nameof(inputs));
        ClayArgument.ThrowIfInvalidOptionalId(authAccountId, nameof(authAccountId));
        return new WaterfallConfig
        {
            Type = "actionConfig",
            ActionKey = actionKey,
            ActionPackageId = actionPackageId,
            AuthAccountId = authAccountId,
            InputsBinding = inputs.Select(i => new InputBinding { Name = i.Key, FormulaText = Reference(i.Value) }).ToList(),
            AttributePath = attributePath,
            Name = actionKey,
        };
    }

    /// <summary>A formula reference to a field: <c>{{f_abc}}</c>.</summary>
    /// <param name="fieldId">The field (<c>f_...</c>).</param>
    public static string Reference(string fieldId)
    {
        ClayArgument.ThrowIfInvalidId(fieldId, nameof(fieldId));
        return "{{" + fieldId + "}}";
    }
}
