using FluentValidation;
using HelpdeskDashboard.Features.Tickets.Workflow;
using HelpdeskDashboard.Platform.Commands;
using Microsoft.AspNetCore.Antiforgery;

namespace HelpdeskDashboard.Features.Tickets;

/// <summary>
/// Replies, status changes and assignments over JSON for signed-in agents, through the same <see cref="ITicketWorkflow"/>
/// commands as the ticket page (so the same rules, audit, mails and live updates). The sign-in cookie authenticates, so
/// every write also needs the antiforgery token from GET /api/antiforgery in the RequestVerificationToken header.
/// </summary>
public static class TicketApiWrites
{
    public const string MissingToken = "The request's antiforgery token is missing or invalid: get one from GET /api/antiforgery and send it in the RequestVerificationToken header.";

    public static RouteGroupBuilder MapTicketWrites(this RouteGroupBuilder tickets)
    {
        ArgumentNullException.ThrowIfNull(tickets);
        var writes = tickets.MapGroup("/{id:int}").AddEndpointFilter(async (context, next) =>
        {
            var antiforgery = context.HttpContext.RequestServices.GetRequiredService<IAntiforgery>();
            return await antiforgery.IsRequestValidAsync(context.HttpContext)
                ? await next(context)
                : TypedResults.BadRequest(new ApiErrors([MissingToken]));
        });
        writes.MapPost("/replies", ReplyAsync);
        writes.MapPut("/status", ChangeStatusAsync);
        writes.MapPut("/assignee", AssignAsync);
        return tickets;
    }

    private static async Task<IResult> ReplyAsync(
        int id, ApiReply request, IValidator<ApiReply> validator, ITicketWorkflow workflow, CancellationToken cancellationToken) =>
        await ShapeErrorsAsync(validator, request, cancellationToken)
        ?? ToHttp(await workflow.ReplyAsync(new ReplyToTicket(id, request.ExpectedVersion, request.Body ?? "", request.InternalNote), cancellationToken));

    private static async Task<IResult> ChangeStatusAsync(
        int id, ApiStatusChange request, IValidator<ApiStatusChange> validator, ITicketWorkflow workflow, CancellationToken cancellationToken) =>
        await ShapeErrorsAsync(validator, request, cancellationToken)
        ?? ToHttp(await workflow.ChangeStatusAsync(
            new ChangeTicketStatus(id, request.ExpectedVersion, Enum.Parse<TicketStatus>(request.Status!.Trim(), ignoreCase: true)), cancellationToken));

    private static async Task<IResult> AssignAsync(
        int id, ApiAssignment request, IValidator<ApiAssignment> validator, ITicketWorkflow workflow, CancellationToken cancellationToken) =>
        await ShapeErrorsAsync(validator, request, cancellationToken)
        ?? ToHttp(await workflow.AssignAsync(new AssignTicket(id, request.ExpectedVersion, request.AgentId, request.Reason), cancellationToken));

    private static async Task<IResult?> ShapeErrorsAsync<T>(IValidator<T> validator, T request, CancellationToken cancellationToken) =>
        await validator.RefusalAsync(request, cancellationToken) is { } refusal ? TypedResults.BadRequest(new ApiErrors(refusal.Errors)) : null;

    private static IResult ToHttp(CommandResult<int> result) => result.Outcome switch
    {
        CommandOutcome.Succeeded => TypedResults.Ok(new TicketVersion(result.Value)),
        CommandOutcome.NotFound => TypedResults.NotFound(new ApiErrors(result.Errors)),
        CommandOutcome.Forbidden => TypedResults.Json(new ApiErrors(result.Errors), statusCode: StatusCodes.Status403Forbidden),
        CommandOutcome.Conflict => TypedResults.Conflict(new ApiErrors(result.Errors)),
        _ => TypedResults.BadRequest(new ApiErrors(result.Errors)),
    };
}
