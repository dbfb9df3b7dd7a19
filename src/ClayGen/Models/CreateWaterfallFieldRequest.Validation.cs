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

        ClayValidation.RequireItems(WaterfallConfigs, paramName, nameof(WaterfallConfigs), "must hold at least one action to try.", (config, path) =>
        {
            ClayValidation.RequireText(config.ActionKey, paramName, $"{path}.{nameof(WaterfallConfig.ActionKey)}");
            ClayValidation.RequireText(config.ActionPackageId, paramName, $"{path}.{nameof(WaterfallConfig.ActionPackageId)}");
            if (config.AuthAccountId is not null)
            {
                ClayValidation.RequireIds([config.AuthAccountId], paramName, $"{path}.{nameof(WaterfallConfig.AuthAccountId)}");
            }
        });
    }
}
