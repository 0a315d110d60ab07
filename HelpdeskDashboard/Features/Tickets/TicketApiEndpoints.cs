using HelpdeskDashboard.Data;
using HelpdeskDashboard.Features.Accounts;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace HelpdeskDashboard.Features.Tickets;

/// <summary>Read-only ticket JSON for signed-in users, filtered through <see cref="ScopedQueries"/>.</summary>
public static class TicketApiEndpoints
{
    public static IEndpointRouteBuilder MapTicketApi(this IEndpointRouteBuilder endpoints)
    {
        var tickets = endpoints.MapGroup($"{ApiRequests.PathPrefix}/tickets").RequireAuthorization().WithBareStatusCodes();
        tickets.MapGet("/{id:int}", GetTicketAsync);
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
            : TypedResults.Ok(new TicketSummary(ticket.Id, ticket.Subject, ticket.Status.ToString(), ticket.CustomerId));
    }
}

/// <summary>Serialised as {"id":1,"subject":"...","status":"Open","customerId":4}.</summary>
public sealed record TicketSummary(int Id, string Subject, string Status, int CustomerId);
