using System.Net;
using System.Text.Json;
using HelpdeskDashboard.Features.Accounts;

namespace HelpdeskDashboard.Tests.Features.Accounts;

public sealed class TicketApiTests(SignedInAppFixture fixture) : IClassFixture<SignedInAppFixture>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Customer_gets_a_summary_of_its_own_ticket()
    {
        using var response = await fixture.For(Visitor.GoldCustomer).GetAsync(Ticket(fixture.GoldTicketId), Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(
            $$"""{"id":{{fixture.GoldTicketId}},"subject":"Gold customer's ticket","status":"Open","customerId":{{fixture.GoldCustomerId}},"version":0,"assigneeAgentId":null}""",
            await response.Content.ReadAsStringAsync(Cancel));
    }

    [Fact]
    public async Task Customer_asking_for_another_customers_ticket_gets_an_empty_404()
    {
        using var response = await fixture.For(Visitor.BasicCustomer).GetAsync(Ticket(fixture.GoldTicketId), Cancel);
        var body = await response.Content.ReadAsStringAsync(Cancel);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("", body);
    }

    [Fact]
    public async Task Agent_gets_any_customers_ticket()
    {
        using var response = await fixture.For(Visitor.Agent).GetAsync(Ticket(fixture.BasicTicketId), Cancel);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Basic customer's ticket", json.RootElement.GetProperty("subject").GetString());
    }

    [Fact]
    public async Task Anonymous_request_gets_401_not_a_login_redirect()
    {
        using var response = await fixture.For(Visitor.Anonymous).GetAsync(Ticket(fixture.GoldTicketId), Cancel);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Null(response.Headers.Location);
        Assert.Equal("", await response.Content.ReadAsStringAsync(Cancel));
    }

    private static Uri Ticket(int id) => new($"{ApiRequests.PathPrefix}/tickets/{id}", UriKind.Relative);
}
