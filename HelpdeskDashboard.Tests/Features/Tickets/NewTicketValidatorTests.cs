using HelpdeskDashboard.Features.Customers;
using HelpdeskDashboard.Features.Tickets;
using HelpdeskDashboard.Tests.Data;

namespace HelpdeskDashboard.Tests.Features.Tickets;

public sealed class NewTicketValidatorTests : IAsyncLifetime
{
    private static readonly Dictionary<string, Action<NewTicket, Ids>> Changes = new()
    {
        ["empty subject"] = (t, _) => t.Subject = "",
        ["blank subject"] = (t, _) => t.Subject = "   ",
        ["50 kB subject"] = (t, _) => t.Subject = new string('x', 50_000),
        ["subject one character too long"] = (t, _) => t.Subject = new string('x', 201),
        ["empty body"] = (t, _) => t.Body = "",
        ["body one character too long"] = (t, _) => t.Body = new string('x', 20_001),
        ["unknown kind"] = (t, _) => t.Kind = (TicketKind)42,
        ["unknown customer"] = (t, _) => t.CustomerId = 999,
        ["author from another customer"] = (t, ids) => t.CustomerUserId = ids.OtherCustomersUser,
    };

    private readonly SqliteTestDatabase database = SqliteTestDatabase.Create();
    private Ids ids = null!;

    public static TheoryData<string, string, string> Invalid => new()
    {
        { "empty subject", nameof(NewTicket.Subject), "Enter a subject." },
        { "blank subject", nameof(NewTicket.Subject), "Enter a subject." },
        { "50 kB subject", nameof(NewTicket.Subject), "The subject can be at most 200 characters; it has 50000." },
        { "subject one character too long", nameof(NewTicket.Subject), "The subject can be at most 200 characters; it has 201." },
        { "empty body", nameof(NewTicket.Body), "Describe the request." },
        { "body one character too long", nameof(NewTicket.Body), "A message can be at most 20000 characters; it has 20001." },
        { "unknown kind", nameof(NewTicket.Kind), "Choose what kind of request this is." },
        { "unknown customer", nameof(NewTicket.CustomerId), "Customer 999 does not exist." },
        { "author from another customer", nameof(NewTicket.CustomerUserId), "The author is not a person at this customer." },
    };

    public async ValueTask InitializeAsync()
    {
        await using var db = database.CreateDbContext();
        var customer = TestEntities.Customer("Kessler Steuerungsbau GmbH");
        var other = TestEntities.Customer("Loire Automatisme SARL");
        var user = new CustomerUser { Customer = customer, DisplayName = "Anna Bauer", Email = "anna@kessler.example", TimeZone = "Europe/Berlin" };
        var otherUser = new CustomerUser { Customer = other, DisplayName = "Luc Moreau", Email = "luc@loire.example", TimeZone = "Europe/Berlin" };
        db.AddRange(user, otherUser);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        ids = new Ids(customer.Id, user.Id, otherUser.Id);
    }

    public async ValueTask DisposeAsync() => await database.DisposeAsync();

    [Theory]
    [MemberData(nameof(Invalid))]
    public async Task Rejects_with_a_message_that_says_what_to_fix(string label, string property, string message)
    {
        var ticket = Valid();
        Changes[label](ticket, ids);

        var result = await new NewTicketValidator(database).ValidateAsync(ticket, TestContext.Current.CancellationToken);

        var error = Assert.Single(result.Errors);
        Assert.Equal(property, error.PropertyName);
        Assert.Equal(message, error.ErrorMessage);
    }

    [Fact]
    public async Task Accepts_a_subject_and_body_at_their_limits_from_a_person_at_the_customer()
    {
        var ticket = Valid();
        ticket.Subject = new string('s', 200);
        ticket.Body = new string('b', 20_000);

        var result = await new NewTicketValidator(database).ValidateAsync(ticket, TestContext.Current.CancellationToken);

        Assert.True(result.IsValid, string.Join("; ", result.Errors));
    }

    [Fact]
    public async Task Accepts_a_ticket_an_agent_records_without_an_author()
    {
        var ticket = Valid();
        ticket.CustomerUserId = null;

        var result = await new NewTicketValidator(database).ValidateAsync(ticket, TestContext.Current.CancellationToken);

        Assert.True(result.IsValid, string.Join("; ", result.Errors));
    }

    private NewTicket Valid() => new()
    {
        CustomerId = ids.Customer,
        CustomerUserId = ids.User,
        Kind = TicketKind.SupportInquiry,
        Subject = "Watchdog reset loop after power cycle",
        Body = "Since the update the MC-7 resets every few minutes.",
    };

    public sealed record Ids(int Customer, int User, int OtherCustomersUser);
}
