using Bunit;
using HelpdeskDashboard.Features.Sla;
using HelpdeskDashboard.Features.Tickets;
using HelpdeskDashboard.Features.Tickets.Details;
using HelpdeskDashboard.Features.Tickets.Workflow;
using HelpdeskDashboard.Features.Tiers;
using HelpdeskDashboard.Platform.Commands;
using HelpdeskDashboard.Tests.Features.Tickets.Support;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using static HelpdeskDashboard.Tests.Features.Sla.Support.SlaTestKit;

namespace HelpdeskDashboard.Tests.Features.Tickets.Details;

public sealed class TicketPageTests : TicketUiTestContext
{
    private const int TicketId = 42;
    private readonly FakeTicketDetailsQuery _query = new();
    private readonly FakeTicketWorkflow _workflow = new();

    public TicketPageTests()
    {
        Context.Services.AddSingleton<ITicketDetailsQuery>(_query);
        Context.Services.AddSingleton<ITicketWorkflow>(_workflow);
        _query.Ticket = Ticket(version: 5);
    }

    private TicketDetails Ticket(int version, TicketStatus status = TicketStatus.Open, int? assigneeId = null, string? assigneeName = null)
    {
        SlaClockEvent[] events = [CustomerWrites("Tue 2026-03-10 10:00", Platinum), AgentNotes("Tue 2026-03-10 10:30")];
        var now = Time.GetUtcNow();
        return new TicketDetails(
            TicketId, version, "Printer on fire", TicketKind.SupportInquiry, status, CustomerId: 3, CustomerName: "Acme GmbH",
            Tier.Platinum, assigneeId, assigneeName, Created: Local("Tue 2026-03-10 10:00"), AwaitingResponse: true,
            Messages:
            [
                new(1, MessageAuthorKind.Customer, "Casey Customer", "It is burning.", Local("Tue 2026-03-10 10:00"), IsInternalNote: false, Attachments: []),
                new(2, MessageAuthorKind.Agent, "Demo Agent", "Customer uses the old model.", Local("Tue 2026-03-10 10:30"), IsInternalNote: true, Attachments: []),
            ],
            Sla: Engine.Read(events, now),
            Timeline: Engine.Timeline(events, now));
    }

    private IRenderedComponent<TicketPage> RenderTicket(int id = TicketId)
    {
        var page = Context.Render<TicketPage>(parameters => parameters.Add(p => p.Id, id));
        page.WaitForAssertion(() => Assert.Empty(page.FindAll("[data-testid='loading']")));
        return page;
    }

    private static void Type(IRenderedComponent<TicketPage> page, string testId, string text) =>
        page.Find($"[data-testid='{testId}']").Change(text);

    private static void Click(IRenderedComponent<TicketPage> page, string testId) => page.Find($"button[data-testid='{testId}']").Click();

    private static string Fact(IRenderedComponent<TicketPage> page, string fact) => page.Find($"[data-fact='{fact}']").TextContent.Trim();

    [Fact]
    public void Header_shows_subject_customer_tier_status_assignee_countdown_and_due()
    {
        var page = RenderTicket();

        Assert.Equal("Printer on fire", page.Find("h1 [data-testid='subject']").TextContent);
        Assert.Equal(
            ["Acme GmbH", "Platinum", "Support inquiry", "Open", "Unassigned", "23:00:00on track", "Wed 11 Mar 2026, 10:00"],
            new[] { "customer", "tier", "kind", "status", "assignee", "countdown", "due" }.Select(f => Fact(page, f)));
    }

    [Fact]
    public void Agents_see_internal_notes_marked_apart_from_the_conversation()
    {
        var page = RenderTicket();

        var messages = page.FindAll(".ticket-conversation__list > li");
        Assert.Equal(["customer", "internal-note"], messages.Select(m => m.GetAttribute("data-kind")));
        Assert.Contains("Internal note", messages[1].QuerySelector(".ticket-message__meta")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("ticket-message--note", messages[1].ClassList);
        Assert.DoesNotContain("Internal note", messages[0].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Send_reply_sends_the_text_against_the_loaded_version_then_reloads_and_clears_the_box()
    {
        var page = RenderTicket();
        _workflow.OnCommand = _ => _query.Ticket = Ticket(version: 6);

        Type(page, "reply-text", "We are on our way.");
        Click(page, "send-reply");

        var command = Assert.IsType<ReplyToTicket>(_workflow.Commands.Single());
        Assert.Equal(new ReplyToTicket(TicketId, 5, "We are on our way.", IsInternalNote: false, command.Files), command);
        Assert.Empty(command.Files!);
        Assert.Equal(2, _query.Reads.Count);
        Assert.Equal("Reply sent.", page.Find("[data-testid='reply-feedback']").TextContent.Trim());
        Assert.Equal("status", page.Find("[data-testid='reply-feedback']").GetAttribute("role"));
        Assert.Equal("", page.Find("[data-testid='reply-text']").GetAttribute("value") ?? "");
    }

    [Fact]
    public void Add_internal_note_sends_a_note()
    {
        var page = RenderTicket();

        Type(page, "reply-text", "Check the warranty.");
        Click(page, "add-note");

        var command = Assert.IsType<ReplyToTicket>(_workflow.Commands.Single());
        Assert.Equal(new ReplyToTicket(TicketId, 5, "Check the warranty.", IsInternalNote: true, command.Files), command);
        Assert.Empty(command.Files!);
        Assert.Equal("Internal note added.", page.Find("[data-testid='reply-feedback']").TextContent.Trim());
    }

    [Fact]
    public void Invalid_reply_shows_the_errors_and_keeps_the_text()
    {
        _workflow.Result = CommandResult<int>.Invalid(["Write a reply before sending it."]);
        var page = RenderTicket();

        Type(page, "reply-text", "   ");
        Click(page, "send-reply");

        var feedback = page.Find("[data-testid='reply-feedback']");
        Assert.Equal("alert", feedback.GetAttribute("role"));
        Assert.Equal(["Write a reply before sending it."], feedback.QuerySelectorAll("li").Select(li => li.TextContent));
        Assert.Equal("   ", page.Find("[data-testid='reply-text']").GetAttribute("value"));
        Assert.Single(_query.Reads);
    }

    [Fact]
    public void Conflict_says_so_and_reloads_so_the_next_try_uses_the_new_version()
    {
        _workflow.Result = CommandResult<int>.Stale("Demo Manager changed this ticket a moment ago.");
        _workflow.OnCommand = _ => _query.Ticket = Ticket(version: 9, TicketStatus.WaitingOnCustomer);
        var page = RenderTicket();

        Type(page, "reply-text", "Hello");
        Click(page, "send-reply");

        var feedback = page.Find("[data-testid='reply-feedback']").TextContent;
        Assert.Contains("Someone else changed this ticket", feedback, StringComparison.Ordinal);
        Assert.Contains("Demo Manager changed this ticket a moment ago.", feedback, StringComparison.Ordinal);
        Assert.Equal("Waiting on customer", Fact(page, "status"));

        _workflow.Result = CommandResult<int>.Ok(10);
        Click(page, "send-reply");

        Assert.Equal(9, Assert.IsType<ReplyToTicket>(_workflow.Commands[^1]).ExpectedVersion);
    }

    [Fact]
    public async Task Apply_status_changes_to_the_chosen_status()
    {
        var page = RenderTicket();
        Assert.True(page.Find("button[data-testid='apply-status']").HasAttribute("disabled"));

        await page.InvokeAsync(() => page.FindComponent<MudSelect<TicketStatus>>().Instance.ValueChanged.InvokeAsync(TicketStatus.WaitingOnCustomer));
        Click(page, "apply-status");

        Assert.Equal(new ChangeTicketStatus(TicketId, 5, TicketStatus.WaitingOnCustomer), _workflow.Commands.Single());
        Assert.Equal("Status changed to Waiting on customer.", page.Find("[data-testid='actions-feedback']").TextContent.Trim());
    }

    [Fact]
    public void Assign_to_me_takes_the_ticket_for_the_signed_in_agent()
    {
        var page = RenderTicket();

        Click(page, "assign-to-me");

        Assert.Equal(new AssignTicket(TicketId, 5, AgentId: 7), _workflow.Commands.Single());
    }

    [Fact]
    public void Assign_to_me_is_not_offered_on_my_own_ticket()
    {
        _query.Ticket = Ticket(version: 5, assigneeId: 7, assigneeName: "Demo Agent");

        var page = RenderTicket();

        Assert.Empty(page.FindAll("[data-testid='assign-to-me']"));
        Assert.Equal("Demo Agent", Fact(page, "assignee"));
    }

    [Fact]
    public void Customers_see_no_internal_notes_status_controls_or_time_form_and_reply_as_customer()
    {
        User = FakeCurrentUser.Customer();
        var page = RenderTicket();

        Assert.Equal(["customer"], page.FindAll(".ticket-conversation__list > li").Select(m => m.GetAttribute("data-kind")));
        Assert.DoesNotContain("Customer uses the old model.", page.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain("Internal note", page.Markup, StringComparison.Ordinal);
        Assert.Empty(page.FindAll("[data-testid='apply-status'], [data-testid='assign-to-me'], [data-testid='log-time'], [data-testid='add-note']"));

        Type(page, "reply-text", "Still burning.");
        Click(page, "send-reply");

        var command = Assert.IsType<PostCustomerMessage>(_workflow.Commands.Single());
        Assert.Equal(new PostCustomerMessage(TicketId, 5, "Still burning.", command.Files), command);
        Assert.Empty(command.Files!);
    }

    [Fact]
    public void A_ticket_the_query_does_not_return_is_not_found()
    {
        var page = RenderTicket(id: 404);

        Assert.Equal("Ticket not found", page.Find("h1").TextContent);
        Assert.Equal("There is no ticket #404, or it is not one you may see.", page.Find("[data-testid='not-found']").TextContent.Trim());
    }

    [Fact]
    public async Task A_change_to_this_ticket_reloads_it_and_changes_to_others_do_not()
    {
        var page = RenderTicket();
        _query.Ticket = Ticket(version: 6, TicketStatus.OnHold);

        await Hub.PublishAsync(new TicketChanged(TicketId + 1, TicketChangeKind.StatusChanged));
        Assert.Single(_query.Reads);

        await Hub.PublishAsync(new TicketChanged(TicketId, TicketChangeKind.StatusChanged));

        page.WaitForAssertion(() => Assert.Equal("On hold", Fact(page, "status")));
        Assert.Equal(2, _query.Reads.Count);
    }

    [Fact]
    public async Task Leaving_the_page_ends_its_subscriptions()
    {
        RenderTicket();
        Assert.Equal(1, Hub.SubscriberCount);
        Assert.Equal(1, Ticker.SubscriberCount);

        await Context.DisposeComponentsAsync();

        Assert.Equal(0, Hub.SubscriberCount);
        Assert.Equal(0, Ticker.SubscriberCount);
    }

    [Fact]
    public void The_sla_timeline_is_shown()
    {
        var page = RenderTicket();

        Assert.Equal("Response clock 1 of 1", page.Find("[data-cycle='1'] h3").TextContent);
    }

    [Fact]
    public void Panels_of_other_features_render_around_the_sla_timeline_in_their_order_with_the_ticket_and_viewer()
    {
        Context.Services.AddTicketPagePanel<LatePanel>(order: 200);
        Context.Services.AddTicketPagePanel<EarlyPanel>(order: 10);

        var page = RenderTicket();

        var side = page.Find(".ticket-page__side");
        Assert.Equal(["early", "timeline", "late"], side.QuerySelectorAll("[data-panel], [data-cycle='1']")
            .Select(e => e.GetAttribute("data-panel") ?? "timeline"));
        Assert.Equal($"{TicketId} {Zone.Id} agent", side.QuerySelector("[data-panel='early']")!.TextContent);
    }

    private abstract class ProbePanel(string name) : ComponentBase
    {
        [Parameter, EditorRequired]
        public TicketPanelContext Ticket { get; set; } = default!;

        protected override void BuildRenderTree(RenderTreeBuilder builder)
        {
            builder.OpenElement(0, "div");
            builder.AddAttribute(1, "data-panel", name);
            builder.AddContent(2, $"{Ticket.TicketId} {Ticket.TimeZone.Id} {(Ticket.IsAgent ? "agent" : "customer")}");
            builder.CloseElement();
        }
    }

    private sealed class EarlyPanel() : ProbePanel("early");

    private sealed class LatePanel() : ProbePanel("late");
}
