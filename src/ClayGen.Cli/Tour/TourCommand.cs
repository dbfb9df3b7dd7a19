using System.CommandLine;
using ClayGen.Cli.Infrastructure;

namespace ClayGen.Cli.Tour;

/// <summary><c>clay tour</c>: the main job, step by step, against the embedded sandbox.</summary>
internal static class TourCommand
{
    public static Command Create(CliApp app)
    {
        var tour = new Command(
            "tour",
            "Walk through the main job against an embedded stand-in for Clay (no account, no network): log in, " +
            "create a folder and workbook, add rows, count and list them, run enrichment, read credits and integrations, clean up.");
        app.Bind(tour, ctx => new TourRunner(ctx).RunAsync());
        return tour;
    }
}
