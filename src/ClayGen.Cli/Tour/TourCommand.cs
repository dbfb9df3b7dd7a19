using System.CommandLine;
using ClayGen.Cli.Infrastructure;

namespace ClayGen.Cli.Tour;

/// <summary><c>clay tour</c>: the whole round trip, step by step, against an embedded sandbox.</summary>
internal static class TourCommand
{
    public static Command Create(CliApp app)
    {
        var tour = new Command(
            "tour",
            "Walk through the whole round trip against an embedded stand-in for Clay (no account, no network): create a table " +
            "with columns and an enrichment column, add rows, run it and wait, read the enriched rows, export to CSV, clean up.");
        app.Bind(tour, ctx => new TourRunner(ctx).RunAsync());
        return tour;
    }
}
