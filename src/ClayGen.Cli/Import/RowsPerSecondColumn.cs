using System.Globalization;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace ClayGen.Cli.Import;

/// <summary>A progress column showing rows per second.</summary>
internal sealed class RowsPerSecondColumn : ProgressColumn
{
    protected override bool NoWrap => true;

    public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime) =>
        new Text((task.Speed ?? 0).ToString("#,0", CultureInfo.InvariantCulture) + " rows/s", new Style(Color.Aqua));
}
