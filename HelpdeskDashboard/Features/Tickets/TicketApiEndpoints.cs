using HelpdeskDashboard.Data;
using HelpdeskDashboard.Features.Accounts;
using HelpdeskDashboard.Features.Tickets.Board;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace HelpdeskDashboard.Features.Tickets;

/// <summary>Ticket JSON for signed-in users, read through <see cref="ScopedQueries"/>; the writes are <see cref="TicketApiWrites"/>.</summary>
public static class TicketApiEndpoints
{
    public static IEndpointRouteBuilder MapTicketApi(this IEndpointRouteBuilder endpoints)
    {
        var tickets = endpoints.MapGroup($"{ApiRequests.PathPrefix}/tickets").RequireAuthorization().WithBareStatusCodes();
        tickets.MapGet("/", ListAsync).RequireAuthorization(Policies.Agent);
        tickets.MapGet("/{id:int}", GetTicketAsync);
        tickets.MapTicketWrites();
        return endpoints;
    }

    // The board's view as JSON: the same query string as /board (scope, tier, sla, q, sort, page) and its page of 50.
    private static async Task<Results<Ok<TicketList>, BadRequest<ApiErrors>>> ListAsync(
        HttpRequest request, IBoardQuery board, CancellationToken cancellationToken)
    {
        var (filter, page, problems) = BoardLink.Parse(request.QueryString.Value);
        if (problems.Count > 0)
        {
            return TypedResults.BadRequest(new ApiErrors(problems));
        }

        var rows = await board.GetPageAsync(filter, (page - 1) * SlaBoardPage.PageSize, SlaBoardPage.PageSize, cancellationToken);
        return TypedResults.Ok(new TicketList(
            [.. rows.Rows.Select(r => new TicketSummary(r.TicketId, r.Subject, r.Status.ToString(), r.CustomerId, r.Version, r.AssigneeAgentId))],
            rows.TotalCount));
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

/// <summary>GET /api/tickets: {"tickets":[…],"totalCount":10158}, the page's tickets in the board's order.</summary>
public sealed record TicketList(IReadOnlyList<TicketSummary> Tickets, int TotalCount);

/// <summary>Serialised as {"id":1,"subject":"...","status":"Open","customerId":4,"version":7,"assigneeAgentId":5} (null: unassigned).</summary>
public sealed record TicketSummary(int Id, string Subject, string Status, int CustomerId, int Version, int? AssigneeAgentId);
