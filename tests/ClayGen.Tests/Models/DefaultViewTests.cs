namespace ClayGen.Tests.Models;

public sealed class DefaultViewTests
{
    [Fact]
    public void The_first_view_id_wins_then_views_then_grid_views()
    {
        Assert.Equal("gv_first", new Table { Id = "t_1", FirstViewId = "gv_first", Views = [new TableView { Id = "gv_view" }] }.DefaultViewId);
        Assert.Equal("gv_view", new Table { Id = "t_1", Views = [new TableView { Id = "gv_view" }], GridViews = [new GridView { Id = "gv_grid" }] }.DefaultViewId);
        Assert.Equal("gv_grid", new Table { Id = "t_1", GridViews = [new GridView { Id = "gv_grid" }] }.DefaultViewId);
    }

    [Fact]
    public void A_table_without_views_says_so()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new Table { Id = "t_1" }.DefaultViewId);

        Assert.Contains("t_1", error.Message, StringComparison.Ordinal);
    }
}
