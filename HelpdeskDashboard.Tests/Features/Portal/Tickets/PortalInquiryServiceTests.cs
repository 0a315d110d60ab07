using HelpdeskDashboard.Features.Portal.Tickets;
using HelpdeskDashboard.Features.Tickets;
using HelpdeskDashboard.Features.Tickets.Workflow;
using HelpdeskDashboard.Platform.Commands;
using HelpdeskDashboard.Tests.Features.Portal.Support;
using Microsoft.EntityFrameworkCore;

namespace HelpdeskDashboard.Tests.Features.Portal.Tickets;

public sealed class PortalInquiryServiceTests : IAsyncLifetime
{
    private PortalTestWorld _world = null!;

    public async ValueTask InitializeAsync() => _world = await PortalTestWorld.CreateAsync();

    public ValueTask DisposeAsync() => _world.DisposeAsync();

    private static NewInquiry Inquiry(TicketKind kind = TicketKind.SupportInquiry, bool rate = false, bool fee = false) => new()
    {
        Kind = kind, Subject = "Controller reboots", Body = "Since the update the controller reboots every hour.", AcceptsHourlyRate = rate, AcceptsProjectFee = fee,
    };

    [Theory]
    [InlineData("Gold: 72 business hours", "Anna", 72)]
    [InlineData("Platinum: 24 business hours", "Paula", 24)]
    public async Task Support_inquiry_opens_a_new_ticket_whose_clock_runs_with_the_tiers_target(string label, string who, int hours)
    {
        _ = label;
        var result = await _world.SubmitAsync(who, Inquiry());

        Assert.True(result.Succeeded, string.Join(" ", result.Errors));
        var ticket = await _world.TicketAsync(result.Value);
        Assert.Equal(_world.People[who].CustomerId, ticket.CustomerId);
        Assert.Equal(TicketKind.SupportInquiry, ticket.Kind);
        Assert.Equal(TicketStatus.New, ticket.Status);
        Assert.True(ticket.AwaitingResponse);
        Assert.Equal(TimeSpan.FromHours(hours).Ticks, ticket.ResponseTargetTicks);
        Assert.Equal(PortalTestWorld.Start.UtcTicks, ticket.ResponseClockStartedUtcTicks);
        Assert.Equal(PortalTestWorld.Calendar.AddBusinessTime(PortalTestWorld.Start, TimeSpan.FromHours(hours)).UtcTicks, ticket.ResponseDueUtcTicks);
        var message = Assert.Single(ticket.Messages);
        Assert.Equal(MessageAuthorKind.Customer, message.AuthorKind);
        Assert.Equal(_world.People[who].Id, message.AuthorCustomerUserId);
        Assert.Equal(_world.Catalog.Get(_world.People[who].CustomerId == _world.Gold.Id ? _world.Gold.CurrentTier : _world.Platinum.CurrentTier).PriorityRank, ticket.Priority);
    }

    [Fact]
    public async Task New_ticket_is_published_after_commit_so_boards_update_live()
    {
        var result = await _world.SubmitAsync("Anna", Inquiry());

        var change = Assert.Single(_world.Published);
        Assert.Equal(result.Value, change.TicketId);
        Assert.Equal(TicketChangeKind.Created, change.Kind);
    }

    [Fact]
    public async Task Basic_paid_support_without_accepting_the_rate_is_refused_and_nothing_is_written()
    {
        var before = await _world.StateAsync();

        var result = await _world.SubmitAsync("Bernd", Inquiry(TicketKind.PaidSupportRequest, rate: false));

        Assert.Equal(CommandOutcome.Invalid, result.Outcome);
        Assert.Equal(["Tick the box to accept the rate of €75.00 per hour for paid support."], result.Errors);
        Assert.Equal(before, await _world.StateAsync());
        Assert.Empty(_world.Published);
    }

    [Fact]
    public async Task Basic_paid_support_with_the_rate_accepted_has_no_sla_and_records_the_rate()
    {
        var result = await _world.SubmitAsync("Bernd", Inquiry(TicketKind.PaidSupportRequest, rate: true));

        Assert.True(result.Succeeded, string.Join(" ", result.Errors));
        var ticket = await _world.TicketAsync(result.Value);
        Assert.Equal(TicketKind.PaidSupportRequest, ticket.Kind);
        Assert.Null(ticket.ResponseTargetTicks);
        Assert.Null(ticket.ResponseDueUtcTicks);
        var note = Assert.Single(ticket.Messages, m => m.AuthorKind == MessageAuthorKind.System);
        Assert.Equal("The customer accepted the paid support rate of €75.00 per hour.", note.Body);
        Assert.False(note.IsInternalNote);
        await using var db = _world.Database.CreateDbContext();
        var audit = await db.AuditEntries.SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal(("PaidSupportRateAccepted", $"{ticket.Id}", "€75.00", "bernd@3.example"), (audit.Action, audit.EntityId, audit.NewValue, audit.Actor));
    }

    [Fact]
    public async Task Basic_customer_cannot_file_an_inquiry_with_an_sla_even_when_the_browser_claims_gold()
    {
        var inquiry = Inquiry();
        inquiry.Tier = HelpdeskDashboard.Features.Tiers.Tier.Gold;
        var before = await _world.StateAsync();

        var result = await _world.SubmitAsync("Bernd", inquiry);

        Assert.Equal(CommandOutcome.Invalid, result.Outcome);
        Assert.Contains("Your Basic plan does not include support inquiries; request paid support at €75.00 per hour instead.", result.Errors);
        Assert.Equal(before, await _world.StateAsync());
    }

    [Fact]
    public async Task Basic_project_request_needs_the_fee_accepted_and_then_records_it()
    {
        var refused = await _world.SubmitAsync("Bernd", Inquiry(TicketKind.NewProjectRequest, fee: false));
        Assert.Equal(["Tick the box to accept the new-project fee of €200.00."], refused.Errors);

        var accepted = await _world.SubmitAsync("Bernd", Inquiry(TicketKind.NewProjectRequest, fee: true));

        Assert.True(accepted.Succeeded);
        var ticket = await _world.TicketAsync(accepted.Value);
        Assert.Equal(TicketKind.NewProjectRequest, ticket.Kind);
        Assert.Contains(ticket.Messages, m => m.Body == "The customer accepted the new-project fee of €200.00.");
    }

    [Fact]
    public async Task Gold_project_request_is_included_and_needs_no_acceptance()
    {
        var result = await _world.SubmitAsync("Anna", Inquiry(TicketKind.NewProjectRequest, fee: false));

        Assert.True(result.Succeeded, string.Join(" ", result.Errors));
        var ticket = await _world.TicketAsync(result.Value);
        Assert.DoesNotContain(ticket.Messages, m => m.AuthorKind == MessageAuthorKind.System);
        await using var db = _world.Database.CreateDbContext();
        Assert.Equal(0, await db.AuditEntries.CountAsync(TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData("agent", "Alex")]
    [InlineData("nobody signed in", "nobody")]
    public async Task Only_customer_users_can_file_inquiries(string label, string who)
    {
        _ = label;
        var before = await _world.StateAsync();

        var result = await _world.SubmitAsync(who, Inquiry());

        Assert.Equal(CommandOutcome.Forbidden, result.Outcome);
        Assert.Equal(before, await _world.StateAsync());
        await using var session = _world.As(who);
        Assert.Null(await session.Inquiries.GetOfferAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Offer_names_the_basic_rate_fee_and_forum()
    {
        await using var session = _world.As("Bernd");

        var offer = await session.Inquiries.GetOfferAsync(TestContext.Current.CancellationToken);

        Assert.NotNull(offer);
        Assert.False(offer.IncludesSupportInquiries);
        Assert.Equal(TicketKind.PaidSupportRequest, offer.SupportKind);
        Assert.Equal(PortalTestWorld.ForumUrl, offer.CommunityForumUrl);
        Assert.Equal("Nordlicht Bäckerei", offer.CompanyName);
    }

    [Fact]
    public async Task Customer_message_after_an_agent_reply_restarts_the_response_clock_and_is_published()
    {
        var filed = await _world.SubmitAsync("Anna", Inquiry());
        var id = filed.Value;
        _world.Time.Advance(TimeSpan.FromHours(2));
        await using (var agent = _world.As("Alex"))
        {
            var version = (await _world.TicketAsync(id)).Version;
            Assert.True((await agent.Workflow.ReplyAsync(new ReplyToTicket(id, version, "Which firmware?", false), TestContext.Current.CancellationToken)).Succeeded);
        }

        Assert.False((await _world.TicketAsync(id)).AwaitingResponse);
        _world.Time.Advance(TimeSpan.FromHours(1));
        var answeredAt = _world.Time.GetUtcNow();
        await using (var customer = _world.As("Anna"))
        {
            var version = (await _world.TicketAsync(id)).Version;
            var result = await customer.Workflow.PostCustomerMessageAsync(new PostCustomerMessage(id, version, "Firmware 4.2"), TestContext.Current.CancellationToken);
            Assert.True(result.Succeeded, string.Join(" ", result.Errors));
        }

        var ticket = await _world.TicketAsync(id);
        Assert.True(ticket.AwaitingResponse);
        Assert.Equal(answeredAt.UtcTicks, ticket.ResponseClockStartedUtcTicks);
        Assert.Equal(PortalTestWorld.Calendar.AddBusinessTime(answeredAt, TimeSpan.FromHours(72)).UtcTicks, ticket.ResponseDueUtcTicks);
        Assert.Equal(TicketChangeKind.CustomerMessage, _world.Published[^1].Kind);
    }

    [Fact]
    public async Task Customer_cannot_write_on_another_customers_ticket()
    {
        var theirs = await _world.SubmitAsync("Ben", Inquiry());
        await using var anna = _world.As("Anna");

        var result = await anna.Workflow.PostCustomerMessageAsync(new PostCustomerMessage(theirs.Value, 1, "Hello"), TestContext.Current.CancellationToken);

        Assert.Equal(CommandOutcome.NotFound, result.Outcome);
    }
}
