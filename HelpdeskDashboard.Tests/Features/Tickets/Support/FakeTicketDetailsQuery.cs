using HelpdeskDashboard.Features.Tickets.Details;

namespace HelpdeskDashboard.Tests.Features.Tickets.Support;

/// <summary>Hands out whatever ticket the test holds (null: not found) and counts the reads.</summary>
internal sealed class FakeTicketDetailsQuery : ITicketDetailsQuery
{
    public TicketDetails? Ticket { get; set; }

    public List<int> Reads { get; } = [];

    public Task<TicketDetails?> GetAsync(int ticketId, CancellationToken cancellationToken = default)
    {
        Reads.Add(ticketId);
        return Task.FromResult(Ticket?.Id == ticketId ? Ticket : null);
    }
}
