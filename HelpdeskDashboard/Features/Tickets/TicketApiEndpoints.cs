using HelpdeskDashboard.Data;
using HelpdeskDashboard.Features.Accounts;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace HelpdeskDashboard.Features.Tickets;

/// <summary>Ticket JSON for signed-in users, read through <see cref="ScopedQueries"/>; the writes are <see cref="TicketApiWrites"/>.</summary>
public static class TicketApiEndpoints
{
    public static IEndpointRouteBuilder MapTicketApi(this IEndpointRouteBuilder endpoints)
    {
        var tickets = endpoints.MapGroup($"{ApiRequests.PathPrefix}/tickets").RequireAuthorization().WithBareStatusCodes();
        tickets.MapGet("/{id:int}", GetTicketAsync);
        tickets.MapTicketWrites();
        return endpoints;
    }

    // Another customer's ticket answers 404 like a missing one, so ids reveal nothing.
    private static async Task<Results<Ok<TicketSummary>, NotFound>> GetTicketAsync(
        int id, ScopedQueries queries, IDbContextFactory<HelpdeskDbContext> dbFactory, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var ticket = await (await queries.TicketsAsync(db)).AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        return ticket is null
            ? TypedResults.NotFound()
            : TypedResults.Ok(new TicketSummary(ticket.Id, ticket.Subject, ticket.Status.ToString(), ticket.CustomerId, ticket.Version, ticket.AssigneeAgentId));
    }
}

/// <summary>Serialised as {"id":1,"subject":"...","status":"Open","customerId":4,"version":7,"assigneeAgentId":5} (null: unassigned).</summary>
public sealed record TicketSummary(int Id, string Subject, string Status, int CustomerId, int Version, int? AssigneeAgentId);
