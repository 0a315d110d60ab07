using HelpdeskDashboard.Hosting.Demo;
using HelpdeskDashboard.Tests.Infrastructure;

namespace HelpdeskDashboard.Tests.Features.Accounts;

public enum Visitor
{
    Anonymous,
    Agent,
    Manager,
    GoldCustomer,
    BasicCustomer,
}

/// <summary>
/// One app shared by read-only tests, with a client per visitor signed in through the real login form and one
/// ticket for each demo customer.
/// </summary>
public sealed class SignedInAppFixture : IAsyncLifetime
{
    private readonly Dictionary<Visitor, HttpClient> _clients = [];

    public HelpdeskAppFactory App { get; } = new();

    public int GoldTicketId { get; private set; }

    public int BasicTicketId { get; private set; }

    public int GoldCustomerId { get; private set; }

    public HttpClient For(Visitor visitor) => _clients[visitor];

    public static string EmailOf(Visitor visitor) => visitor switch
    {
        Visitor.Agent => DemoAccounts.AgentEmail,
        Visitor.Manager => DemoAccounts.ManagerEmail,
        Visitor.GoldCustomer => DemoAccounts.CustomerEmail,
        Visitor.BasicCustomer => DemoAccounts.BasicCustomerEmail,
        _ => throw new ArgumentOutOfRangeException(nameof(visitor), visitor, "An anonymous visitor has no account."),
    };

    public async ValueTask InitializeAsync()
    {
        _clients[Visitor.Anonymous] = App.CreateBrowserLikeClient();
        foreach (var visitor in Enum.GetValues<Visitor>().Where(v => v != Visitor.Anonymous))
        {
            _clients[visitor] = await App.CreateSignedInClientAsync(EmailOf(visitor));
        }

        GoldCustomerId = await App.CustomerIdOfAsync(DemoAccounts.CustomerEmail);
        GoldTicketId = await App.AddTicketAsync(GoldCustomerId, "Gold customer's ticket");
        BasicTicketId = await App.AddTicketAsync(await App.CustomerIdOfAsync(DemoAccounts.BasicCustomerEmail), "Basic customer's ticket");
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var client in _clients.Values)
        {
            client.Dispose();
        }

        await App.DisposeAsync();
    }
}
