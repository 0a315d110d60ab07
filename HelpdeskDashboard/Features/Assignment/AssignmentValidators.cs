using System.Globalization;
using FluentValidation;
using HelpdeskDashboard.Data;
using Microsoft.EntityFrameworkCore;

namespace HelpdeskDashboard.Features.Assignment;

/// <summary>The checks every assignment command shares; they read the database, so they are asynchronous.</summary>
internal static class AssignmentRules
{
    public static void Reason<T>(this IRuleBuilder<T, string?> rule) => rule
        .MaximumLength(AssignmentLimits.ReasonMaxLength)
        .WithMessage($"The reason can be at most {AssignmentLimits.ReasonMaxLength} characters; it has {{TotalLength}}.");

    /// <summary>The receiving agent: must exist and be active.</summary>
    public static void ReceivingAgent<T>(this IRuleBuilder<T, int> rule, IDbContextFactory<HelpdeskDbContext> dbFactory) => rule
        .CustomAsync(async (agentId, context, cancellationToken) =>
        {
            if (agentId <= 0)
            {
                context.AddFailure("Choose the agent who should get the ticket.");
                return;
            }

            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            var agent = await db.Agents.AsNoTracking().Where(a => a.Id == agentId)
                .Select(a => new { a.DisplayName, a.IsActive }).SingleOrDefaultAsync(cancellationToken);
            if (agent is null)
            {
                context.AddFailure($"There is no agent #{agentId.ToString(CultureInfo.InvariantCulture)}.");
            }
            else if (!agent.IsActive)
            {
                context.AddFailure($"{agent.DisplayName} is inactive and cannot receive tickets.");
            }
        });

    public static async Task<List<int>> MissingTicketsAsync(
        IDbContextFactory<HelpdeskDbContext> dbFactory, IReadOnlyCollection<int> ticketIds, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var found = await db.Tickets.AsNoTracking().Where(t => ticketIds.Contains(t.Id)).Select(t => t.Id).ToListAsync(cancellationToken);
        return ticketIds.Except(found).Order().ToList();
    }

    public static string NoSuchTickets(IReadOnlyList<int> ids) => ids.Count == 1
        ? $"There is no ticket #{ids[0].ToString(CultureInfo.InvariantCulture)}."
        : $"There are no tickets {string.Join(", ", ids.Select(id => "#" + id.ToString(CultureInfo.InvariantCulture)))}.";
}

public sealed class AssignOneValidator : AbstractValidator<AssignOne>
{
    public AssignOneValidator(IDbContextFactory<HelpdeskDbContext> dbFactory)
    {
        RuleFor(c => c.TicketId).CustomAsync(async (ticketId, context, cancellationToken) =>
        {
            var missing = await AssignmentRules.MissingTicketsAsync(dbFactory, [ticketId], cancellationToken);
            if (missing.Count > 0)
            {
                context.AddFailure(AssignmentRules.NoSuchTickets(missing));
            }
        });
        RuleFor(c => c.AgentId).ReceivingAgent(dbFactory);
        RuleFor(c => c.Reason).Reason();
    }
}

public sealed class AssignManyValidator : AbstractValidator<AssignMany>
{
    public AssignManyValidator(IDbContextFactory<HelpdeskDbContext> dbFactory)
    {
        RuleFor(c => c.Tickets)
            .NotEmpty().WithMessage("Select at least one ticket to reassign.")
            .Must(t => t.Count <= AssignmentLimits.MaxTicketsPerCommand)
            .WithMessage($"Reassign at most {AssignmentLimits.MaxTicketsPerCommand} tickets at once.")
            .Must(t => t.Select(x => x.TicketId).Distinct().Count() == t.Count).WithMessage("A ticket is selected twice.")
            .CustomAsync(async (tickets, context, cancellationToken) =>
            {
                var missing = await AssignmentRules.MissingTicketsAsync(dbFactory, tickets.Select(t => t.TicketId).Distinct().ToList(), cancellationToken);
                if (missing.Count > 0)
                {
                    context.AddFailure(AssignmentRules.NoSuchTickets(missing));
                }
            })
            .When(c => c.Tickets is { Count: > 0 and <= AssignmentLimits.MaxTicketsPerCommand }, ApplyConditionTo.CurrentValidator);
        RuleFor(c => c.AgentId).ReceivingAgent(dbFactory);
        RuleFor(c => c.Reason).Reason();
    }
}

public sealed class MoveAgentQueueValidator : AbstractValidator<MoveAgentQueue>
{
    public MoveAgentQueueValidator(IDbContextFactory<HelpdeskDbContext> dbFactory)
    {
        // The giving agent may be inactive: emptying a deactivated agent's queue is the point.
        RuleFor(c => c.FromAgentId).CustomAsync(async (agentId, context, cancellationToken) =>
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            if (!await db.Agents.AnyAsync(a => a.Id == agentId, cancellationToken))
            {
                context.AddFailure($"There is no agent #{agentId.ToString(CultureInfo.InvariantCulture)} whose tickets could be moved.");
            }
        });
        RuleFor(c => c.ToAgentId)
            .NotEqual(c => c.FromAgentId).WithMessage("Choose a different agent to move the tickets to.")
            .DependentRules(() => RuleFor(c => c.ToAgentId).ReceivingAgent(dbFactory));
        RuleFor(c => c.Reason).Reason();
    }
}
