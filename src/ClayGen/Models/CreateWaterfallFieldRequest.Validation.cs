namespace ClayGen;

public partial class CreateWaterfallFieldRequest : IClayValidatable
{
    void IClayValidatable.Validate(string paramName)
    {
        ClayValidation.RequireText(WaterfallFieldName, paramName, nameof(WaterfallFieldName));
        if (WaterfallGroupName is not null)
        {
            ClayValidation.RequireText(WaterfallGroupName, paramName, nameof(WaterfallGroupName));
        }

        if (WaterfallConfigs is null || WaterfallConfigs.Count == 0)
        {
            throw ClayValidation.Invalid(paramName, nameof(WaterfallConfigs), "must hold at least one action to try.");
        }

        var index = 0;
        foreach (var config in WaterfallConfigs)
        {
            var property = $"{nameof(WaterfallConfigs)}[{index}]";
            if (config is null)
            {
                throw ClayValidation.Invalid(paramName, property, "is null.");
            }

            ClayValidation.RequireText(config.ActionKey, paramName, $"{property}.{nameof(WaterfallConfig.ActionKey)}");
            ClayValidation.RequireText(config.ActionPackageId, paramName, $"{property}.{nameof(WaterfallConfig.ActionPackageId)}");
            if (config.AuthAccountId is not null)
            {
                ClayValidation.RequireIds([config.AuthAccountId], paramName, $"{property}.{nameof(WaterfallConfig.AuthAccountId)}");
            }

            index++;
        }
    }
}
