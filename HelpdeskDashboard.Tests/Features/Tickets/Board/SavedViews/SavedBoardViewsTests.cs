using HelpdeskDashboard.Data;
using HelpdeskDashboard.Features.Tickets.Board;
using HelpdeskDashboard.Features.Tickets.Board.SavedViews;
using HelpdeskDashboard.Features.Tiers;
using HelpdeskDashboard.Platform.Commands;
using HelpdeskDashboard.Tests.Features.Tickets.Support;
using Microsoft.EntityFrameworkCore;

namespace HelpdeskDashboard.Tests.Features.Tickets.Board.SavedViews;

/// <summary>Issue 14, point 13: each agent's own named board views, counted live, on a real SQLite file.</summary>
public sealed class SavedBoardViewsTests : IAsyncLifetime
{
    private TicketTestWorld _world = null!;

    public async ValueTask InitializeAsync()
    {
        _world = await TicketTestWorld.CreateAsync();
        await _world.OpenTicketAsync(_world.Gold, "Gold line stops", assignee: _world.Alex);
        await _world.OpenTicketAsync(_world.Gold, "Gold scale drifts");
        await _world.OpenTicketAsync(_world.Platinum, "Platinum robot halts", assignee: _world.Alex);
    }

    public async ValueTask DisposeAsync() => await _world.DisposeAsync();

    private async Task<T> AsAlex<T>(Func<ISavedBoardViews, Task<T>> act)
    {
        await using var alex = _world.As(_world.AlexSignedIn);
        return await act(alex.SavedViews);
    }

    [Fact]
    public async Task A_saved_view_is_listed_by_name_with_its_address_and_live_count()
    {
        var gold = new BoardFilter(BoardScope.All, Tier.Gold);
        Assert.True((await AsAlex(v => v.SaveAsync(new SaveBoardView("  Gold queue ", gold)))).Succeeded);
        Assert.True((await AsAlex(v => v.SaveAsync(new SaveBoardView("All mine", BoardLink.Default)))).Succeeded);

        var views = await AsAlex(v => v.ListAsync());

        Assert.Equal([("All mine", "board", 2), ("Gold queue", "board?scope=all&tier=gold", 2)], views.Select(v => (v.Name, v.Address, v.Count)));

        await _world.OpenTicketAsync(_world.Gold, "Gold HMI freezes");
        Assert.Equal(3, (await AsAlex(v => v.ListAsync())).Single(v => v.Name == "Gold queue").Count);
    }

    [Fact]
    public async Task A_recount_counts_the_listed_views_now_and_keeps_them_as_listed()
    {
        await AsAlex(v => v.SaveAsync(new SaveBoardView("Gold queue", new BoardFilter(BoardScope.All, Tier.Gold))));
        var listed = await AsAlex(v => v.ListAsync());
        await _world.OpenTicketAsync(_world.Gold, "Gold HMI freezes");
        await AsAlex(v => v.SaveAsync(new SaveBoardView("Saved since", BoardLink.Default)));

        var recounted = await AsAlex(v => v.RecountAsync(listed));

        Assert.Equal([("Gold queue", "board?scope=all&tier=gold", 3)], recounted.Select(v => (v.Name, v.Address, v.Count)));
    }

    [Fact]
    public async Task A_recount_under_a_customer_is_empty()
    {
        await AsAlex(v => v.SaveAsync(new SaveBoardView("Gold queue", new BoardFilter(BoardScope.All, Tier.Gold))));
        var listed = await AsAlex(v => v.ListAsync());
        await using var customer = _world.As(_world.GoldPersonSignedIn);

        Assert.Empty(await customer.SavedViews.RecountAsync(listed, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Recounting_no_views_reads_nothing()
    {
        var board = new FakeBoardQuery { Count = _ => throw new InvalidOperationException("The board was asked.") };
        var views = new SavedBoardViews(new UnusedDatabase(), FakeCurrentUser.Agent(), board, new SaveBoardViewValidator(), TimeProvider.System);

        Assert.Empty(await views.RecountAsync([], TestContext.Current.CancellationToken));
    }

    public static TheoryData<string, string, string> Refusals => new()
    {
        { "no name", "   ", "Give the view a name." },
        { "a name too long", new string('n', SaveBoardViewValidator.NameMaxLength + 1), $"A view's name has at most {SaveBoardViewValidator.NameMaxLength} characters." },
        { "the same name in another case", "MY VIEW", "You already have a view named “MY VIEW”. Choose another name, or delete that one first." },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task A_view_that_cannot_be_kept_is_refused_in_words_and_nothing_is_written(string label, string name, string message)
    {
        _ = label;
        await AsAlex(v => v.SaveAsync(new SaveBoardView("My view", BoardLink.Default)));

        var result = await AsAlex(v => v.SaveAsync(new SaveBoardView(name, BoardLink.Default with { Scope = BoardScope.All })));

        Assert.Equal(CommandOutcome.Invalid, result.Outcome);
        Assert.Equal(message, Assert.Single(result.Errors));
        Assert.Single(await AsAlex(v => v.ListAsync()));
    }

    [Fact]
    public async Task An_agent_keeps_at_most_twenty_views()
    {
        for (var i = 1; i <= SavedBoardViews.MaxPerAgent; i++)
        {
            Assert.True((await AsAlex(v => v.SaveAsync(new SaveBoardView($"View {i}", BoardLink.Default)))).Succeeded);
        }

        var result = await AsAlex(v => v.SaveAsync(new SaveBoardView("One more", BoardLink.Default)));

        Assert.Equal("You have 20 saved views, the most there can be. Delete one first.", Assert.Single(result.Errors));
    }

    [Fact]
    public async Task Another_agents_views_are_neither_listed_nor_deletable()
    {
        var id = (await AsAlex(v => v.SaveAsync(new SaveBoardView("Alex's", BoardLink.Default)))).Value;
        await using var jonas = _world.As(_world.JonasSignedIn);

        Assert.Empty(await jonas.SavedViews.ListAsync(TestContext.Current.CancellationToken));
        var deleted = await jonas.SavedViews.DeleteAsync(new DeleteBoardView(id), TestContext.Current.CancellationToken);

        Assert.Equal(CommandOutcome.NotFound, deleted.Outcome);
        Assert.Single(await AsAlex(v => v.ListAsync()));
    }

    [Fact]
    public async Task Deleting_removes_only_the_view()
    {
        var id = (await AsAlex(v => v.SaveAsync(new SaveBoardView("Gone soon", BoardLink.Default)))).Value;

        Assert.True((await AsAlex(v => v.DeleteAsync(new DeleteBoardView(id)))).Succeeded);

        Assert.Empty(await AsAlex(v => v.ListAsync()));
        await using var db = _world.Database.CreateDbContext();
        Assert.Equal(3, await db.Tickets.CountAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_customer_can_neither_save_nor_list_views()
    {
        await using var customer = _world.As(_world.GoldPersonSignedIn);

        var result = await customer.SavedViews.SaveAsync(new SaveBoardView("Mine", BoardLink.Default), TestContext.Current.CancellationToken);

        Assert.Equal(CommandOutcome.Forbidden, result.Outcome);
        Assert.Empty(await customer.SavedViews.ListAsync(TestContext.Current.CancellationToken));
        await using var db = _world.Database.CreateDbContext();
        Assert.Equal(0, await db.SavedBoardViews.CountAsync(TestContext.Current.CancellationToken));
    }

    private sealed class UnusedDatabase : IDbContextFactory<HelpdeskDbContext>
    {
        public HelpdeskDbContext CreateDbContext() => throw new InvalidOperationException("The database was asked.");
    }
}
