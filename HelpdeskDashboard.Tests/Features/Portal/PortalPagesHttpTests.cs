using System.Net;
using HelpdeskDashboard.Data;
using HelpdeskDashboard.Features.Tickets;
using HelpdeskDashboard.Hosting.Demo;
using HelpdeskDashboard.Tests.Features.Accounts;
using HelpdeskDashboard.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HelpdeskDashboard.Tests.Features.Portal;

/// <summary>The portal pages over HTTP (prerendered), as each demo customer sees them.</summary>
public sealed class PortalPagesHttpTests(SignedInAppFixture fixture) : IClassFixture<SignedInAppFixture>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private async Task<string> HtmlAsync(Visitor visitor, string path)
    {
        using var response = await fixture.For(visitor).GetAsync(new Uri(path, UriKind.Relative), Cancel);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Cancel));
    }

    [Fact]
    public async Task Ticket_list_holds_the_customers_own_tickets_only()
    {
        var gold = await HtmlAsync(Visitor.GoldCustomer, "/portal/tickets");
        var basic = await HtmlAsync(Visitor.BasicCustomer, "/portal/tickets");

        Assert.Contains("Gold customer's ticket", gold, StringComparison.Ordinal);
        Assert.DoesNotContain("Basic customer's ticket", gold, StringComparison.Ordinal);
        Assert.Contains("Basic customer's ticket", basic, StringComparison.Ordinal);
        Assert.DoesNotContain("Gold customer's ticket", basic, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Basic_customer_is_offered_paid_support_at_the_catalogue_rate_and_the_forum()
    {
        var html = await HtmlAsync(Visitor.BasicCustomer, "/portal/tickets/new");

        Assert.Contains("Request paid support", html, StringComparison.Ordinal);
        Assert.Contains("I accept that paid support is charged at €75.00 per hour.", html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://community.example.com/\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Support inquiry", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Gold_customer_is_offered_a_support_inquiry_with_the_tiers_response_target()
    {
        var html = await HtmlAsync(Visitor.GoldCustomer, "/portal/tickets/new");

        Assert.Contains("Support inquiry", html, StringComparison.Ordinal);
        Assert.Contains("Response target: 72 business hours.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("community forum", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Profile_shows_the_customers_zone()
    {
        var html = await HtmlAsync(Visitor.GoldCustomer, "/portal/profile");

        Assert.Contains("Berlin (UTC+", html, StringComparison.Ordinal);
        Assert.Contains("Demo Customer", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_customers_ticket_page_answers_404()
    {
        using var response = await fixture.For(Visitor.BasicCustomer).GetAsync(new Uri($"/tickets/{fixture.GoldTicketId}", UriKind.Relative), Cancel);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}

/// <summary>The ticket page shows a customer the times in their own zone; agents keep the company's.</summary>
public sealed class TicketPageCustomerZoneHttpTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Customer_reads_message_times_in_their_own_zone_and_the_agent_in_the_company_zone()
    {
        await using var app = new HelpdeskAppFactory();
        using var customer = await app.CreateSignedInClientAsync(DemoAccounts.CustomerEmail);
        using var agent = await app.CreateSignedInClientAsync(DemoAccounts.AgentEmail);
        var customerId = await app.CustomerIdOfAsync(DemoAccounts.CustomerEmail);
        int ticketId;
        await using (var db = await app.Services.GetRequiredService<IDbContextFactory<HelpdeskDbContext>>().CreateDbContextAsync(Cancel))
        {
            var person = await db.CustomerUsers.SingleAsync(u => u.Email == DemoAccounts.CustomerEmail, Cancel);
            person.TimeZone = "America/New_York";
            var ticket = new Ticket
            {
                CustomerId = customerId, Subject = "Zone check", Status = TicketStatus.Open,
                Messages = [new TicketMessage { AuthorKind = MessageAuthorKind.Customer, Body = "Hello", CreatedUtcTicks = new DateTimeOffset(2026, 11, 2, 15, 0, 0, TimeSpan.Zero).UtcTicks }],
            };
            db.Tickets.Add(ticket);
            await db.SaveChangesAsync(Cancel);
            ticketId = ticket.Id;
        }

        var customerHtml = await customer.GetStringAsync(new Uri($"/tickets/{ticketId}", UriKind.Relative), Cancel);
        var agentHtml = await agent.GetStringAsync(new Uri($"/tickets/{ticketId}", UriKind.Relative), Cancel);

        Assert.Contains("Mon 2 Nov 2026, 10:00", customerHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("Mon 2 Nov 2026, 16:00", customerHtml, StringComparison.Ordinal);
        Assert.Contains("Mon 2 Nov 2026, 16:00", agentHtml, StringComparison.Ordinal);
    }
}
