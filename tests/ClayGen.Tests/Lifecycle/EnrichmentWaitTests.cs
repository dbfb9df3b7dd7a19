namespace ClayGen.Tests.Lifecycle;

public sealed class EnrichmentWaitTests
{
    [Fact]
    public async Task Waits_through_queued_and_running_and_reports_each_poll()
    {
        await using var lab = await LifecycleSandbox.StartAsync();
        var (table, _, _, enrich, rows) = await lab.CreateEnrichedTableAsync("acme.com", "globex.com", "initech.com");
        var seen = new List<string>();
        var progress = new SynchronousProgress<EnrichmentRunResult>(r => seen.AddRange(r.CountsByStatus.Keys));

        await lab.Clay.Tables.RunEnrichmentAsync(table.Id, [enrich], RunRecords.ForRecords(rows));
        var result = await lab.Clay.Tables.WaitForEnrichmentAsync(table.Id, [enrich], rows, lab.Wait(progress));

        Assert.Equal(["QUEUED", "RUNNING", "SUCCESS"], seen.Distinct());
        Assert.Equal(3, result.Succeeded);
        Assert.True(result.IsComplete);
        Assert.InRange(lab.Clock.Waited, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2));
    }

    [Fact]
    public async Task Rows_out_of_credits_end_the_wait_as_failures_with_their_ids()
    {
        await using var lab = await LifecycleSandbox.StartAsync();
        var (table, _, _, enrich, rows) = await lab.CreateEnrichedTableAsync("acme.com", "globex.com", "initech.com");
        lab.Sandbox.Faults.CreditsRemaining = 1;

        await lab.Clay.Tables.RunEnrichmentAsync(table.Id, [enrich], RunRecords.ForRecords(rows));
        var result = await lab.Clay.Tables.WaitForEnrichmentAsync(table.Id, [enrich], rows, lab.Wait());

        Assert.True(result.IsComplete);
        Assert.False(result.AllSucceeded);
        Assert.Equal(1, result.Succeeded);
        Assert.Equal(2, result.CountsByStatus[CellStatuses.ErrorOutOfCredits]);
        Assert.Equal(rows.Skip(1), result.FailedRecordIds);
        Assert.All(result.UnsuccessfulCells, c => Assert.Equal(EnrichmentOutcome.Failed, c.Outcome));
    }

    [Fact]
    public async Task Waiting_never_starts_a_run()
    {
        await using var lab = await LifecycleSandbox.StartAsync();
        var (table, _, _, enrich, rows) = await lab.CreateEnrichedTableAsync("acme.com");
        await lab.Clay.Tables.RunEnrichmentAsync(table.Id, [enrich], RunRecords.ForRecords(rows));

        await lab.Clay.Tables.WaitForEnrichmentAsync(table.Id, [enrich], rows, lab.Wait());

        Assert.Single(lab.Sandbox.Requests, r => r.Path.EndsWith("/run", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_run_longer_than_the_timeout_ends_in_a_typed_timeout_that_says_where_it_stood()
    {
        await using var lab = await LifecycleSandbox.StartAsync(o => new ClayGen.Sandbox.ClaySandboxOptions { TimeProvider = o.TimeProvider, RunQueuedFor = TimeSpan.FromHours(1) });
        var (table, _, _, enrich, rows) = await lab.CreateEnrichedTableAsync("acme.com", "globex.com");
        await lab.Clay.Tables.RunEnrichmentAsync(table.Id, [enrich], RunRecords.ForRecords(rows));

        var error = await Assert.ThrowsAsync<ClayEnrichmentTimeoutException>(() => lab.Clay.Tables.WaitForEnrichmentAsync(table.Id, [enrich], rows, lab.Wait(timeout: TimeSpan.FromSeconds(30))));

        Assert.Equal(table.Id, error.TableId);
        Assert.Equal(2, error.Result!.InProgress);
        Assert.Equal(2, error.Result.CountsByStatus[CellStatuses.Queued]);
        Assert.Equal(TimeSpan.FromSeconds(30), lab.Clock.Waited);
    }

    [Fact]
    public async Task The_whole_view_can_be_waited_on()
    {
        await using var lab = await LifecycleSandbox.StartAsync();
        var (table, _, _, enrich, _) = await lab.CreateEnrichedTableAsync("acme.com", "globex.com");
        await lab.Clay.Tables.RunEnrichmentAsync(table.Id, [enrich], RunRecords.WholeView(table.DefaultViewId));

        var result = await lab.Clay.Tables.WaitForEnrichmentAsync(table.Id, [enrich], table.DefaultViewId, lab.Wait());

        Assert.Equal(2, result.Succeeded);
        Assert.Equal(2, result.Cells);
    }

    [Fact]
    public async Task An_unknown_field_is_named_before_any_poll()
    {
        var table = new FakeTable(rows: 2);
        using var clay = TestClients.Create(table.Network);

        var error = await Assert.ThrowsAsync<ArgumentException>(() => clay.Tables.WaitForEnrichmentAsync(FakeTable.TableId, ["f_nope"], table.RecordIds, new EnrichmentWaitOptions { TimeProvider = table.Clock }));

        Assert.Equal("fieldIds", error.ParamName);
        Assert.Contains("f_nope", error.Message, StringComparison.Ordinal);
        Assert.Empty(table.Fetches);
    }

    [Fact]
    public async Task Error_statuses_are_final_at_once_not_polled_until_the_timeout()
    {
        var table = new FakeTable(rows: 2) { StatusAt = (_, _) => CellStatuses.ErrorBadRequest };
        using var clay = TestClients.Create(table.Network);

        var result = await clay.Tables.WaitForEnrichmentAsync(FakeTable.TableId, [FakeTable.EnrichField], table.RecordIds, new EnrichmentWaitOptions { TimeProvider = table.Clock });

        Assert.Equal(2, result.Failed);
        Assert.Single(table.Fetches);
        Assert.Equal(TimeSpan.Zero, table.Clock.Waited);
    }

    [Fact]
    public async Task A_status_nobody_listed_is_final_and_reported_as_unknown()
    {
        var table = new FakeTable(rows: 1) { StatusAt = (_, _) => "BRAND_NEW_STATE" };
        using var clay = TestClients.Create(table.Network);

        var result = await clay.Tables.WaitForEnrichmentAsync(FakeTable.TableId, [FakeTable.EnrichField], table.RecordIds, new EnrichmentWaitOptions { TimeProvider = table.Clock });

        var cell = Assert.Single(result.UnsuccessfulCells);
        Assert.Equal(("BRAND_NEW_STATE", EnrichmentOutcome.Unknown), (cell.Status, cell.Outcome));
        Assert.False(result.AllSucceeded);
    }

    [Fact]
    public async Task Cells_without_any_status_count_as_not_started_once_the_grace_is_over()
    {
        var table = new FakeTable(rows: 2) { StatusAt = (_, _) => null };
        using var clay = TestClients.Create(table.Network);
        var options = new EnrichmentWaitOptions { TimeProvider = table.Clock, PollInterval = TimeSpan.FromSeconds(5), NotStartedGrace = TimeSpan.FromSeconds(12) };

        var result = await clay.Tables.WaitForEnrichmentAsync(FakeTable.TableId, [FakeTable.EnrichField], table.RecordIds, options);

        Assert.Equal(2, result.CountsByOutcome[EnrichmentOutcome.NotStarted]);
        Assert.Equal(TimeSpan.FromSeconds(15), table.Clock.Waited);
    }

    [Fact]
    public async Task Only_rows_still_in_progress_are_fetched_again()
    {
        var table = new FakeTable(rows: 3) { StatusAt = (id, at) => id == "r_3" && at < TimeSpan.FromSeconds(4) ? CellStatuses.Running : CellStatuses.Success };
        using var clay = TestClients.Create(table.Network);

        var result = await clay.Tables.WaitForEnrichmentAsync(FakeTable.TableId, [FakeTable.EnrichField], table.RecordIds, new EnrichmentWaitOptions { TimeProvider = table.Clock });

        Assert.Equal(3, result.Succeeded);
        Assert.Equal([["r_1", "r_2", "r_3"], ["r_3"], ["r_3"]], table.Fetches);
    }

    [Fact]
    public async Task An_empty_answer_for_the_rows_is_an_error_not_a_finished_run()
    {
        var table = new FakeTable(rows: 2);
        table.Deleted.UnionWith(table.RecordIds);
        using var clay = TestClients.Create(table.Network);

        var error = await Assert.ThrowsAsync<ClayUnexpectedResponseException>(() => clay.Tables.WaitForEnrichmentAsync(FakeTable.TableId, [FakeTable.EnrichField], table.RecordIds, new EnrichmentWaitOptions { TimeProvider = table.Clock }));

        Assert.Contains("none of the 2 rows", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_row_gone_missing_is_reported_and_the_others_watched()
    {
        var table = new FakeTable(rows: 3);
        table.Deleted.Add("r_2");
        using var clay = TestClients.Create(table.Network);

        var result = await clay.Tables.WaitForEnrichmentAsync(FakeTable.TableId, [FakeTable.EnrichField], table.RecordIds, new EnrichmentWaitOptions { TimeProvider = table.Clock });

        Assert.Equal(["r_2"], result.MissingRecordIds);
        Assert.Equal(2, result.Cells);
        Assert.False(result.AllSucceeded);
    }

    [Fact]
    public async Task Nothing_to_wait_for_is_refused_before_sending()
    {
        var table = new FakeTable(rows: 1);
        using var clay = TestClients.Create(table.Network);

        await Assert.ThrowsAnyAsync<ArgumentException>(() => clay.Tables.WaitForEnrichmentAsync(FakeTable.TableId, [FakeTable.EnrichField], Array.Empty<string>()));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => clay.Tables.WaitForEnrichmentAsync(FakeTable.TableId, [], table.RecordIds));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => clay.Tables.WaitForEnrichmentAsync(FakeTable.TableId, [FakeTable.EnrichField], table.RecordIds, new EnrichmentWaitOptions { PollInterval = TimeSpan.Zero }));
        Assert.Empty(table.Network.Requests);
    }

    [Fact]
    public async Task Cancelling_stops_the_wait()
    {
        var table = new FakeTable(rows: 1) { StatusAt = (_, _) => CellStatuses.Running };
        using var clay = TestClients.Create(table.Network);
        using var stop = new CancellationTokenSource();
        var progress = new SynchronousProgress<EnrichmentRunResult>(_ => stop.Cancel());

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => clay.Tables.WaitForEnrichmentAsync(FakeTable.TableId, [FakeTable.EnrichField], table.RecordIds, new EnrichmentWaitOptions { TimeProvider = table.Clock, Progress = progress }, stop.Token));

        Assert.Single(table.Fetches);
    }
}
