using HelpdeskDashboard.Features.Accounts;
using HelpdeskDashboard.Features.Customers;
using HelpdeskDashboard.Features.Tickets;

namespace HelpdeskDashboard.Tests.Data;

/// <summary>Minimal valid entities for mapping tests.</summary>
internal static class TestEntities
{
    public static Customer Customer(string name = "Kessler Steuerungsbau GmbH") => new()
    {
        CompanyName = name,
        ContactEmail = "it@kessler.example",
        Country = "AT",
        DisplayTimeZone = "Europe/Vienna",
    };

    public static Agent Agent(string email = "jonas.weber@demo.local") => new()
    {
        DisplayName = "Jonas Weber",
        Email = email,
        TimeZone = "Europe/Berlin",
    };

    public static Ticket Ticket(Customer customer) => new()
    {
        Customer = customer,
        Subject = "EtherCAT slave stuck in PRE-OP",
        Status = TicketStatus.New,
        CreatedUtcTicks = 638_000_000_000_000_000,
        UpdatedUtcTicks = 638_000_000_000_000_000,
    };
}
